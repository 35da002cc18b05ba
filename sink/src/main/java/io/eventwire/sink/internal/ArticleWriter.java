package io.eventwire.sink.internal;

import static io.eventwire.sink.internal.Tables.ARTICLES;
import static io.eventwire.sink.internal.Tables.ARTICLE_PARAGRAPHS;

import io.eventwire.schema.CleanArticle;
import io.eventwire.sink.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes cleaned articles inside the caller's transaction: an article is inserted, or replaced with
 * its paragraphs by a newer cleaning; the same cleaning sent again changes nothing. Not thread safe.
 */
public final class ArticleWriter {

    private final SqlDialect dialect;
    private final Clock clock;
    private final String upsertArticle;
    private final String insertParagraph;

    public ArticleWriter(SqlDialect dialect, Clock clock) {
        this.dialect = dialect;
        this.clock = clock;
        this.upsertArticle = ARTICLES.upsertWhere(dialect, "articles.cleaned_at < excluded.cleaned_at");
        this.insertParagraph = ARTICLE_PARAGRAPHS.insert(dialect);
    }

    /** Writes {@code articles} in order; returns how many were inserted or replaced. */
    public int write(Connection connection, List<CleanArticle> articles) throws SQLException {
        Stored stored = upsertArticles(connection, articles);
        replaceParagraphs(connection, stored.latest().values());
        return stored.count();
    }

    /** Upserts every article, in order. */
    private Stored upsertArticles(Connection connection, List<CleanArticle> articles) throws SQLException {
        Instant now = clock.instant();
        List<Map<String, @Nullable Object>> rows = articles.stream()
                .map(article -> ArticleRows.article(article, now))
                .collect(Collectors.toList());
        int[] counts = Batches.rows(connection, upsertArticle, ARTICLES, rows, dialect);
        Map<String, CleanArticle> latest = new LinkedHashMap<>();
        int count = 0;
        for (int i = 0; i < counts.length; i++) {
            if (Rows.changedARow(counts[i])) {
                latest.put(articles.get(i).getArticleId(), articles.get(i));
                count++;
            }
        }
        return new Stored(count, latest);
    }

    private void replaceParagraphs(Connection connection, Collection<CleanArticle> articles) throws SQLException {
        Batches.keys(connection, "DELETE FROM article_paragraphs WHERE article_id = ?",
                articles.stream().map(CleanArticle::getArticleId).collect(Collectors.toList()));
        List<Map<String, @Nullable Object>> rows = articles.stream()
                .flatMap(article -> ArticleRows.paragraphs(article).stream())
                .collect(Collectors.toList());
        Batches.rows(connection, insertParagraph, ARTICLE_PARAGRAPHS, rows, dialect);
    }

    /** How many upserts changed a row, and the last stored cleaning of each article that changed. */
    private record Stored(int count, Map<String, CleanArticle> latest) {
    }
}
