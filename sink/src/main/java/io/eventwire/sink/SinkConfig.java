package io.eventwire.sink;

import io.eventwire.sink.internal.JdbcUrls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sink's settings, validated on construction: every problem is reported at once. Immutable; its
 * {@link #toString()} masks the database password.
 *
 * @param jdbcUrl where to store: {@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://HOST/DB}
 * @param groupId Kafka consumer group; offsets are committed under it
 * @param maxPollRecords most records per poll, hence per database transaction
 * @param pollTimeout how long one poll waits for records
 * @param maxStoreAttempts attempts at storing one batch before the service stops with the error
 * @param retryBackoff wait after the first failed attempt; doubled after each further one, up to {@link #MAX_BACKOFF}
 * @param startTimeout how long {@link SinkService#start()} waits for the consumer's partition assignment
 */
public record SinkConfig(
        String jdbcUrl,
        String groupId,
        int maxPollRecords,
        Duration pollTimeout,
        int maxStoreAttempts,
        Duration retryBackoff,
        Duration startTimeout) {

    public static final String DEFAULT_GROUP_ID = "eventwire-sink";
    public static final int DEFAULT_MAX_POLL_RECORDS = 500;
    public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofMillis(500);
    public static final int DEFAULT_MAX_STORE_ATTEMPTS = 5;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(500);
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    /** The longest wait between two attempts at storing a batch. */
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** @throws IllegalArgumentException naming every invalid setting */
    public SinkConfig {
        List<String> problems = new ArrayList<>();
        checkJdbcUrl(jdbcUrl, problems);
        if (groupId == null || groupId.isBlank()) {
            problems.add("groupId must not be blank");
        }
        if (maxPollRecords < 1) {
            problems.add("maxPollRecords must be at least 1, was " + maxPollRecords);
        }
        checkPositive("pollTimeout", pollTimeout, problems);
        if (maxStoreAttempts < 1) {
            problems.add("maxStoreAttempts must be at least 1, was " + maxStoreAttempts);
        }
        if (retryBackoff == null || retryBackoff.isNegative()) {
            problems.add("retryBackoff must be zero or positive, was " + retryBackoff);
        }
        checkPositive("startTimeout", startTimeout, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid sink configuration: " + String.join("; ", problems));
        }
    }

    /** The defaults, storing to {@code jdbcUrl}. */
    public static SinkConfig defaults(String jdbcUrl) {
        return new SinkConfig(jdbcUrl, DEFAULT_GROUP_ID, DEFAULT_MAX_POLL_RECORDS, DEFAULT_POLL_TIMEOUT,
                DEFAULT_MAX_STORE_ATTEMPTS, DEFAULT_RETRY_BACKOFF, DEFAULT_START_TIMEOUT);
    }

    /** This configuration with another consumer group. */
    public SinkConfig withGroupId(String newGroupId) {
        return new SinkConfig(jdbcUrl, newGroupId, maxPollRecords, pollTimeout, maxStoreAttempts, retryBackoff,
                startTimeout);
    }

    /** This configuration with another retry policy. */
    public SinkConfig withRetries(int newMaxStoreAttempts, Duration newRetryBackoff) {
        return new SinkConfig(jdbcUrl, groupId, maxPollRecords, pollTimeout, newMaxStoreAttempts, newRetryBackoff,
                startTimeout);
    }

    /** The wait after failed attempt number {@code attempt} (from 1). */
    public Duration backoffAfter(int attempt) {
        Duration backoff = retryBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    @Override
    public String toString() {
        return "SinkConfig[jdbcUrl=" + JdbcUrls.mask(jdbcUrl) + ", groupId=" + groupId + ", maxPollRecords="
                + maxPollRecords + ", pollTimeout=" + pollTimeout + ", maxStoreAttempts=" + maxStoreAttempts
                + ", retryBackoff=" + retryBackoff + ", startTimeout=" + startTimeout + "]";
    }

    private static void checkJdbcUrl(String jdbcUrl, List<String> problems) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            problems.add("jdbcUrl must not be blank");
            return;
        }
        try {
            SqlDialect.forUrl(jdbcUrl);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
    }

    private static void checkPositive(String name, Duration value, List<String> problems) {
        if (value == null || value.isZero() || value.isNegative()) {
            problems.add(name + " must be positive, was " + value);
        }
    }
}
