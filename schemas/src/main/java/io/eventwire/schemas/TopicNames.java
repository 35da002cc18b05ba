package io.eventwire.schemas;

import java.util.List;

/**
 * The names of Eventwire's topics. Immutable.
 *
 * @param raw raw articles from ingest
 * @param clean cleaned articles
 * @param mentions event mentions, one per extraction
 * @param events canonical events (compacted)
 * @param deadLetters what could not be processed
 */
public record TopicNames(String raw, String clean, String mentions, String events, String deadLetters) {

    /** The names DESIGN.md documents. */
    public static final TopicNames DEFAULT =
            new TopicNames("articles.raw", "articles.clean", "events.mentions", "events.conflict", "articles.dlq");

    /** The default names behind {@code prefix}, e.g. for one test's private topics. */
    public static TopicNames prefixed(String prefix) {
        return new TopicNames(prefix + DEFAULT.raw, prefix + DEFAULT.clean, prefix + DEFAULT.mentions,
                prefix + DEFAULT.events, prefix + DEFAULT.deadLetters);
    }

    /** Every name, in data-flow order. */
    public List<String> all() {
        return List.of(raw, clean, mentions, events, deadLetters);
    }
}
