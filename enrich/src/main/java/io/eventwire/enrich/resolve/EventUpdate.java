package io.eventwire.enrich.resolve;

import io.eventwire.schema.ConflictEvent;
import org.jspecify.annotations.Nullable;

/**
 * One record to publish on the events topic: a version of an event, or a tombstone.
 *
 * @param eventId the key
 * @param event the version, or null for the tombstone of an absorbed event
 */
public record EventUpdate(String eventId, @Nullable ConflictEvent event) {
}
