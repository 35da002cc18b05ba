package io.eventwire.ingest;

/**
 * An ingest run failed as a whole, not one file: a malformed {@code manifest.json}, an unreadable
 * directory, or a record Kafka did not acknowledge. The message says what and where; rejected files
 * never raise it (they go to the dead-letter topic).
 */
public final class IngestException extends RuntimeException {

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
