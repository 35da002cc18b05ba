package io.eventwire.sink.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The export line of a stored article. */
public final class ArticleJson {

    /** The {@code articles} columns an export line is made of, in output order. */
    public static final String COLUMNS = "article_id, source_uri, outlet, url, language, headline, dateline, byline,"
            + " published, published_from, captions, repeated_paragraphs, boilerplate_removed, near_duplicate_of";

    private ArticleJson() {
    }

    /** The export line of the current row of {@code row} (selected with {@link #COLUMNS}) and its paragraphs. */
    public static String exportLine(ResultSet row, List<String> paragraphs) throws SQLException {
        ObjectNode line = Json.object();
        for (String column : List.of("article_id", "source_uri", "outlet", "url", "language", "headline", "dateline",
                "byline", "published", "published_from")) {
            line.put(column, row.getString(column));
        }
        line.set("captions", Json.read(row.getString("captions")));
        line.set("paragraphs", Json.array(paragraphs));
        line.put("repeated_paragraphs", row.getInt("repeated_paragraphs"));
        line.put("boilerplate_removed", row.getInt("boilerplate_removed"));
        line.put("near_duplicate_of", row.getString("near_duplicate_of"));
        return Json.write(line);
    }
}
