package io.eventwire.enrich.clean;

import java.util.Locale;

/**
 * Thrown by {@link ArticleCleaner#clean} when nothing usable remains of an article. Carries a short
 * machine {@link #reason()} for dead-letter records and metrics, and a human message naming the article.
 */
public final class UnprocessableArticleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an article could not be cleaned. */
    public enum Reason {
        /** The article holds no text: empty, only whitespace, or markup without text. */
        EMPTY_CONTENT,
        /** No body paragraph is left once boilerplate and metadata are removed. */
        NO_BODY;

        /** The reason as a short lower-case code, e.g. {@code no_body}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    UnprocessableArticleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** The machine reason; never null. */
    public Reason reason() {
        return reason;
    }
}
