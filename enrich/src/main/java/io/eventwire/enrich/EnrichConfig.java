package io.eventwire.enrich;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the enrich service, validated when built.
 *
 * @param applicationId Kafka Streams application id (also the consumer group and internal topic prefix)
 * @param stateDir where local state stores live
 * @param streamThreads stream threads in this instance
 * @param replicationFactor replication factor of internal topics
 * @param duplicateRetention how long exact duplicates are remembered
 * @param resolutionRetention how long an event unchanged by new reports is remembered, for later
 *     reports to join it (and how late an older article may arrive and still join its event)
 * @param startTimeout how long {@link EnrichService#start()} waits for the RUNNING state
 */
public record EnrichConfig(String applicationId, Path stateDir, int streamThreads, short replicationFactor,
        Duration duplicateRetention, Duration resolutionRetention, Duration startTimeout) {

    /** Default application id. */
    public static final String DEFAULT_APPLICATION_ID = "eventwire-enrich";
    /** Default retention of the exact-duplicate store. */
    public static final Duration DEFAULT_DUPLICATE_RETENTION = Duration.ofDays(7);
    /** Default retention of resolved events. */
    public static final Duration DEFAULT_RESOLUTION_RETENTION = Duration.ofDays(30);

    public EnrichConfig {
        List<String> problems = new ArrayList<>();
        if (applicationId == null || applicationId.isBlank()) {
            problems.add("application id must not be blank");
        }
        if (stateDir == null) {
            problems.add("state dir must be set");
        }
        if (streamThreads < 1) {
            problems.add("stream threads must be at least 1, got " + streamThreads);
        }
        if (replicationFactor < 1) {
            problems.add("replication factor must be at least 1, got " + replicationFactor);
        }
        if (duplicateRetention == null || duplicateRetention.compareTo(Duration.ofMinutes(1)) < 0) {
            problems.add("duplicate retention must be at least 1 minute, got " + duplicateRetention);
        }
        if (resolutionRetention == null || resolutionRetention.compareTo(Duration.ofHours(1)) < 0) {
            problems.add("resolution retention must be at least 1 hour, got " + resolutionRetention);
        }
        if (startTimeout == null || startTimeout.isNegative() || startTimeout.isZero()) {
            problems.add("start timeout must be positive, got " + startTimeout);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid enrich config: " + String.join("; ", problems));
        }
    }

    /** Defaults for a single-node run with state under {@code stateDir}. */
    public static EnrichConfig defaults(Path stateDir) {
        return new EnrichConfig(DEFAULT_APPLICATION_ID, stateDir, 1, (short) 1, DEFAULT_DUPLICATE_RETENTION,
                DEFAULT_RESOLUTION_RETENTION, Duration.ofSeconds(60));
    }
}
