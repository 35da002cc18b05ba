package io.eventwire.ingest.internal;

import io.eventwire.schema.RejectReason;

/**
 * A file cannot become an article; the message is the human-readable reason that goes into the
 * dead letter. Thrown by the decoding steps and caught in one place, {@link ArticleReader}.
 */
public final class RejectedInputException extends Exception {

    private final RejectReason code;

    public RejectedInputException(RejectReason code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    /** Why the file was rejected. */
    public RejectReason code() {
        return code;
    }
}
