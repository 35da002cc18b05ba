package io.eventwire.sink;

/**
 * What a {@link SinkService} has done since it started: a snapshot, counted after each batch is
 * committed to the database.
 *
 * @param recordsConsumed records polled from both topics, dead-lettered ones included
 * @param articlesStored articles inserted or replaced by a newer cleaning
 * @param eventsApplied event versions that became the stored version of their event
 * @param staleEventVersionsSkipped event versions not applied because the same or a newer one was stored
 * @param tombstones tombstones received
 * @param deadLettered records published to the dead-letter topic
 */
public record SinkCounters(
        long recordsConsumed,
        long articlesStored,
        long eventsApplied,
        long staleEventVersionsSkipped,
        long tombstones,
        long deadLettered) {
}
