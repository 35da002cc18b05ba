package io.eventwire.sink;

/**
 * What storing one {@link SinkBatch} changed.
 *
 * @param articlesStored articles inserted or replaced by a newer cleaning (a re-sent article counts 0)
 * @param eventsApplied event versions that became the stored version of their event
 * @param staleEventVersionsSkipped event versions not applied because the same or a newer version was stored
 * @param tombstones tombstones received
 */
public record StoreResult(int articlesStored, int eventsApplied, int staleEventVersionsSkipped, int tombstones) {
}
