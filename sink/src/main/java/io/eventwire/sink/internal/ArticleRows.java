package io.eventwire.sink.internal;

import io.eventwire.schema.CleanArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Maps a cleaned article to the rows of {@link Tables#ARTICLES} and {@link Tables#ARTICLE_PARAGRAPHS}. */
public final class ArticleRows {

    private ArticleRows() {
    }

    /** The {@code articles} row; captions as a JSON array. */
    public static Map<String, @Nullable Object> article(CleanArticle article, Instant storedAt) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("article_id", article.getArticleId());
        row.put("source_uri", article.getSourceUri());
        row.put("outlet", article.getOutlet());
        row.put("url", article.getUrl());
        row.put("language", article.getLanguage());
        row.put("headline", article.getHeadline());
        row.put("dateline", article.getDateline());
        row.put("byline", article.getByline());
        row.put("published", article.getPublished());
        row.put("published_from", article.getPublishedFrom().name());
        row.put("repeated_paragraphs", article.getRepeatedParagraphs());
        row.put("boilerplate_removed", article.getBoilerplateRemoved());
        row.put("near_duplicate_of", article.getNearDuplicateOf());
        row.put("captions", Json.write(Json.array(article.getCaptions())));
        row.put("cleaned_at", article.getCleanedAt());
        row.put("stored_at", storedAt);
        return row;
    }

    /** The {@code article_paragraphs} rows, one per paragraph in order. */
    public static List<Map<String, @Nullable Object>> paragraphs(CleanArticle article) {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        List<String> paragraphs = article.getParagraphs();
        for (int idx = 0; idx < paragraphs.size(); idx++) {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            row.put("article_id", article.getArticleId());
            row.put("idx", idx);
            row.put("text", paragraphs.get(idx));
            rows.add(row);
        }
        return rows;
    }
}
