package io.eventwire.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the ingest service, validated on construction: an invalid value throws
 * {@link IllegalArgumentException} naming every problem at once. Immutable and thread safe.
 *
 * @param maxArticleBytes largest file accepted as an article; larger files are dead-lettered as
 *     {@code OVERSIZED} without being read (CLI {@code --max-article-bytes})
 * @param deadLetterPayloadBytes how many leading bytes of a rejected file a dead letter carries
 * @param showProgress whether batch runs draw a progress bar on stderr
 * @param watchPollInterval how often watch mode scans the directory for new or changed files
 */
public record IngestConfig(
        long maxArticleBytes, int deadLetterPayloadBytes, boolean showProgress, Duration watchPollInterval) {

    /** Default {@link #maxArticleBytes}: 10 MiB. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 10L * 1024 * 1024;
    /** Default {@link #deadLetterPayloadBytes}: 64 KiB. */
    public static final int DEFAULT_DEAD_LETTER_PAYLOAD_BYTES = 64 * 1024;
    /** Default {@link #watchPollInterval}: 1 second. */
    public static final Duration DEFAULT_WATCH_POLL_INTERVAL = Duration.ofSeconds(1);

    /** Upper bound of {@link #maxArticleBytes}: one article must fit in one Java array and one Kafka request. */
    public static final long MAX_ARTICLE_BYTES_LIMIT = 512L * 1024 * 1024;
    /** Upper bound of {@link #deadLetterPayloadBytes}, so a dead letter fits Kafka's default 1 MB message limit. */
    public static final int DEAD_LETTER_PAYLOAD_LIMIT = 512 * 1024;

    public IngestConfig {
        List<String> problems = new ArrayList<>();
        if (maxArticleBytes < 1 || maxArticleBytes > MAX_ARTICLE_BYTES_LIMIT) {
            problems.add("maxArticleBytes must be between 1 and " + MAX_ARTICLE_BYTES_LIMIT + ", was " + maxArticleBytes);
        }
        if (deadLetterPayloadBytes < 0 || deadLetterPayloadBytes > DEAD_LETTER_PAYLOAD_LIMIT) {
            problems.add("deadLetterPayloadBytes must be between 0 and " + DEAD_LETTER_PAYLOAD_LIMIT
                    + ", was " + deadLetterPayloadBytes);
        }
        if (watchPollInterval == null || watchPollInterval.isNegative() || watchPollInterval.isZero()) {
            problems.add("watchPollInterval must be a positive duration, was " + watchPollInterval);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid ingest config: " + String.join("; ", problems));
        }
    }

    /** The defaults: 10 MiB articles, 64 KiB dead-letter payloads, no progress bar, 1 s watch polling. */
    public static IngestConfig defaults() {
        return new IngestConfig(DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_DEAD_LETTER_PAYLOAD_BYTES, false,
                DEFAULT_WATCH_POLL_INTERVAL);
    }

    /** This config with {@link #showProgress} set to {@code show}. */
    public IngestConfig withShowProgress(boolean show) {
        return new IngestConfig(maxArticleBytes, deadLetterPayloadBytes, show, watchPollInterval);
    }

    /** This config with {@link #maxArticleBytes} set to {@code bytes}. */
    public IngestConfig withMaxArticleBytes(long bytes) {
        return new IngestConfig(bytes, deadLetterPayloadBytes, showProgress, watchPollInterval);
    }
}
