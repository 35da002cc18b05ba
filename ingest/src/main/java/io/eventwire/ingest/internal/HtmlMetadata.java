package io.eventwire.ingest.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML page's own metadata: headline from {@code og:title} or {@code <title>}, published
 * from {@code article:published_time} or the first {@code <time datetime>}, outlet from
 * {@code og:site_name}, byline from {@code <meta name="author">}, url from the canonical link or
 * {@code og:url}, language from {@code <html lang>}. The page body is left to enrich. Stateless.
 */
public final class HtmlMetadata {

    private HtmlMetadata() {
    }

    /** The metadata of {@code html}; fields the page does not give are null. */
    public static FeedFields of(String html) {
        Document page = Jsoup.parse(html);
        return new FeedFields(
                firstNonNull(meta(page, "meta[property=og:title]"), page.title()),
                meta(page, "meta[name=author]"),
                firstNonNull(meta(page, "meta[property=article:published_time]"), attribute(page, "time[datetime]", "datetime")),
                meta(page, "meta[property=og:site_name]"),
                firstNonNull(attribute(page, "link[rel=canonical]", "href"), meta(page, "meta[property=og:url]")),
                attribute(page, "html[lang]", "lang"),
                null);
    }

    private static @Nullable String meta(Document page, String selector) {
        return attribute(page, selector, "content");
    }

    private static @Nullable String attribute(Document page, String selector, String name) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.attr(name);
    }

    private static @Nullable String firstNonNull(@Nullable String preferred, @Nullable String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
