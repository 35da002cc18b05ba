package io.eventwire.sink;

/** A database operation of the sink failed; the message says which, the cause says why. */
public final class SinkDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SinkDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
