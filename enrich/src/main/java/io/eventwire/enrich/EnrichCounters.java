package io.eventwire.enrich;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the enrich topology has done since start, for the run summary and logs. Thread safe: the
 * stream threads count, any thread reads.
 */
public final class EnrichCounters {

    private final AtomicLong articlesCleaned = new AtomicLong();
    private final AtomicLong repeatedParagraphsRemoved = new AtomicLong();
    private final AtomicLong duplicatesSuppressed = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong mentionsExtracted = new AtomicLong();

    /** Counts one cleaned article and the repeated paragraphs dropped from it. */
    public void articleCleaned(int repeatedParagraphs) {
        articlesCleaned.incrementAndGet();
        repeatedParagraphsRemoved.addAndGet(repeatedParagraphs);
    }

    /** Counts one exact duplicate article that was not passed on. */
    public void duplicateSuppressed() {
        duplicatesSuppressed.incrementAndGet();
    }

    /** Counts one event mention extracted. */
    public void mentionExtracted() {
        mentionsExtracted.incrementAndGet();
    }

    /** Counts one record sent to the dead-letter topic. */
    public void deadLettered() {
        deadLettered.incrementAndGet();
    }

    /** A consistent-enough view of the counters. */
    public Snapshot snapshot() {
        return new Snapshot(articlesCleaned.get(), repeatedParagraphsRemoved.get(), duplicatesSuppressed.get(),
                mentionsExtracted.get(), deadLettered.get());
    }

    /**
     * The counters at one moment.
     *
     * @param articlesCleaned articles cleaned (duplicates included)
     * @param repeatedParagraphsRemoved paragraphs dropped as repeats inside their article
     * @param duplicatesSuppressed exact duplicate articles not passed on
     * @param mentionsExtracted event mentions extracted
     * @param deadLettered records sent to the dead-letter topic by enrich
     */
    public record Snapshot(long articlesCleaned, long repeatedParagraphsRemoved, long duplicatesSuppressed,
            long mentionsExtracted, long deadLettered) {
    }
}
