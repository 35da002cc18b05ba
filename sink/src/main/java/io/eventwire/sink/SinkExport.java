package io.eventwire.sink;

import io.eventwire.sink.internal.ArticleJson;
import io.eventwire.sink.internal.EventJson;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the sink's database as JSON lines, per DESIGN.md's export contract, in a deterministic order.
 *
 * <p>Events: the stored (newest) version of each live event, ordered by {@code event_date} (undated
 * last), then {@code event_id}; keys {@code event_id, version, event_type} (ACLED label),
 * {@code sub_event_type, event_date, event_date_max, date_precision, actor1, actor1_inter,
 * actor1_country, actor2, actor2_inter, actor2_country}, {@code location} {@code {name, geonames_id,
 * latitude, longitude, country_code, admin1, admin2, precision}}, {@code fatalities}
 * {@code {low, best, high}}, {@code injured}, {@code sources} {@code [{article_id, source_uri, outlet,
 * published, evidence {sentence, start_offset, end_offset, reported_by, confidence}}]},
 * {@code source_count, outlet_count, notes, first_reported_at, last_reported_at}.
 *
 * <p>Articles: ordered by {@code published} (undated last), then {@code article_id}; keys
 * {@code article_id, source_uri, outlet, url, language, headline, dateline, byline, published,
 * published_from, captions, paragraphs, repeated_paragraphs, boilerplate_removed, near_duplicate_of}.
 *
 * <p>Stateless and thread safe; the writer is neither flushed nor closed.
 */
public final class SinkExport {

    private static final String LIVE_EVENTS =
            "SELECT payload FROM events WHERE live ORDER BY event_date IS NULL, event_date, event_id";
    private static final String ARTICLES = "SELECT " + ArticleJson.COLUMNS
            + " FROM articles ORDER BY published IS NULL, published, article_id";
    private static final String PARAGRAPHS = "SELECT text FROM article_paragraphs WHERE article_id = ? ORDER BY idx";

    private SinkExport() {
    }

    /** Prints the live events of the database at {@code jdbcUrl}; returns how many lines were printed. */
    public static long exportEvents(String jdbcUrl, Writer out) throws IOException {
        return exportEvents(Database.open(jdbcUrl), out);
    }

    /** Prints the live events of {@code database}; returns how many lines were printed. */
    public static long exportEvents(Database database, Writer out) throws IOException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(LIVE_EVENTS)) {
            long lines = 0;
            while (rows.next()) {
                println(out, EventJson.exportLine(rows.getString("payload")));
                lines++;
            }
            return lines;
        } catch (SQLException e) {
            throw new SinkDatabaseException("cannot export the events of " + database, e);
        }
    }

    /** Prints the articles of the database at {@code jdbcUrl}; returns how many lines were printed. */
    public static long exportArticles(String jdbcUrl, Writer out) throws IOException {
        return exportArticles(Database.open(jdbcUrl), out);
    }

    /** Prints the articles of {@code database}; returns how many lines were printed. */
    public static long exportArticles(Database database, Writer out) throws IOException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                PreparedStatement paragraphs = connection.prepareStatement(PARAGRAPHS);
                ResultSet rows = statement.executeQuery(ARTICLES)) {
            long lines = 0;
            while (rows.next()) {
                println(out, ArticleJson.exportLine(rows, paragraphsOf(paragraphs, rows.getString("article_id"))));
                lines++;
            }
            return lines;
        } catch (SQLException e) {
            throw new SinkDatabaseException("cannot export the articles of " + database, e);
        }
    }

    private static List<String> paragraphsOf(PreparedStatement query, String articleId) throws SQLException {
        query.setString(1, articleId);
        List<String> paragraphs = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                paragraphs.add(rows.getString(1));
            }
        }
        return paragraphs;
    }

    private static void println(Writer out, String line) throws IOException {
        out.write(line);
        out.write('\n');
    }
}
