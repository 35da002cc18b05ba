package io.eventwire.ingest.internal;

import io.eventwire.schema.ContentType;

/**
 * An article body unpacked from its file format, with the metadata that format gave.
 *
 * @param content the body: the whole file for text and HTML, the chosen body for ninjs
 * @param contentType whether {@code content} is plain text or HTML
 * @param fields metadata from the file itself (ninjs fields or HTML meta tags)
 */
public record ParsedArticle(String content, ContentType contentType, FeedFields fields) {
}
