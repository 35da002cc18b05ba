package io.eventwire.schemas;

/**
 * The lifecycle every Eventwire service shares, so one runner and one end-to-end test can start
 * ingest, enrich and sink in one JVM.
 */
public interface Service extends AutoCloseable {

    /** Starts the service and returns once it is running; throws with context when it cannot start. */
    void start();

    /** Stops the service, finishing or abandoning in-flight work safely. Idempotent. */
    @Override
    void close();
}
