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
    private final AtomicLong nearDuplicatesMarked = new AtomicLong();
    private final AtomicLong eventVersionsPublished = new AtomicLong();
    private final AtomicLong eventsMerged = new AtomicLong();

    /** Counts one cleaned article and the repeated paragraphs dropped from it. */
    public void articleCleaned(int repeatedParagraphs) {
        articlesCleaned.incrementAndGet();
        repeatedParagraphsRemoved.addAndGet(repeatedParagraphs);
    }

    /** Counts one exact duplicate article that was not passed on. */
    public void duplicateSuppressed() {
        duplicatesSuppressed.incrementAndGet();
    }

    /** Counts one article marked as a near-duplicate of an earlier one. */
    public void nearDuplicateMarked() {
        nearDuplicatesMarked.incrementAndGet();
    }

    /** Counts one version of a live event published. */
    public void eventVersionPublished() {
        eventVersionsPublished.incrementAndGet();
    }

    /** Counts one event found to be the same as another and retired into it. */
    public void eventMerged() {
        eventsMerged.incrementAndGet();
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
                nearDuplicatesMarked.get(), mentionsExtracted.get(), eventVersionsPublished.get(), eventsMerged.get(),
                deadLettered.get());
    }

    /**
     * The counters at one moment.
     *
     * @param articlesCleaned articles cleaned (duplicates included)
     * @param repeatedParagraphsRemoved paragraphs dropped as repeats inside their article
     * @param duplicatesSuppressed exact duplicate articles not passed on
     * @param nearDuplicatesMarked articles marked as near-duplicates of earlier ones (still passed on)
     * @param mentionsExtracted event mentions extracted
     * @param eventVersionsPublished versions of live events published (new events and changes)
     * @param eventsMerged events retired into another event found to be the same
     * @param deadLettered records sent to the dead-letter topic by enrich
     */
    public record Snapshot(long articlesCleaned, long repeatedParagraphsRemoved, long duplicatesSuppressed,
            long nearDuplicatesMarked, long mentionsExtracted, long eventVersionsPublished, long eventsMerged,
            long deadLettered) {
    }
}
