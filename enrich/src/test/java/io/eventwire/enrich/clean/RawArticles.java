package io.eventwire.enrich.clean;

import io.eventwire.schema.ContentType;
import io.eventwire.schema.RawArticle;
import io.eventwire.schema.SourceFormat;
import java.time.Instant;

/** Raw articles for the cleaner tests: a builder preset with ids and content, feed fields left null. */
final class RawArticles {

    static final Instant INGESTED = Instant.parse("2024-01-02T03:04:05Z");

    private RawArticles() {
    }

    static RawArticle.Builder text(String content) {
        return article(content, SourceFormat.TEXT, ContentType.TEXT_PLAIN);
    }

    static RawArticle.Builder html(String content) {
        return article(content, SourceFormat.HTML, ContentType.TEXT_HTML);
    }

    private static RawArticle.Builder article(String content, SourceFormat format, ContentType contentType) {
        return RawArticle.newBuilder()
                .setArticleId("0123456789abcdef0123456789abcdef")
                .setSourceUri("file:///wire/a01.txt")
                .setFormat(format)
                .setContentType(contentType)
                .setContent(content)
                .setSizeBytes(content.length())
                .setIngestedAt(INGESTED);
    }
}
