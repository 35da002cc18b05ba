package io.eventwire.ingest.internal;

import org.jspecify.annotations.Nullable;

/**
 * Metadata a feed gives about one article: the manifest, a ninjs document or an HTML page's meta
 * tags. Every field is null when the feed does not give it; values are trimmed and never blank.
 *
 * @param headline the headline
 * @param byline the author line
 * @param published publication date or date-time, as the feed wrote it
 * @param outlet the publishing outlet
 * @param url the canonical URL
 * @param language BCP 47 language tag
 * @param uri the feed's own identifier of the item (ninjs {@code uri})
 */
public record FeedFields(
        @Nullable String headline,
        @Nullable String byline,
        @Nullable String published,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable String language,
        @Nullable String uri) {

    /** A feed that gives nothing. */
    public static final FeedFields NONE = new FeedFields(null, null, null, null, null, null, null);

    public FeedFields {
        headline = clean(headline);
        byline = clean(byline);
        published = clean(published);
        outlet = clean(outlet);
        url = clean(url);
        language = clean(language);
        uri = clean(uri);
    }

    /** Each field of this, or of {@code fallback} where this gives none: this feed takes precedence. */
    public FeedFields orElse(FeedFields fallback) {
        return new FeedFields(
                first(headline, fallback.headline),
                first(byline, fallback.byline),
                first(published, fallback.published),
                first(outlet, fallback.outlet),
                first(url, fallback.url),
                first(language, fallback.language),
                first(uri, fallback.uri));
    }

    private static @Nullable String first(@Nullable String preferred, @Nullable String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
