package io.eventwire.sink;

import io.eventwire.schema.ConflictEvent;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record of the events topic: a version of an event, or a tombstone (null event) saying the event
 * was absorbed into another and is retired.
 *
 * @param eventId the event id (the record key)
 * @param event the version, or null for a tombstone
 */
public record EventChange(String eventId, @Nullable ConflictEvent event) {

    public EventChange {
        Objects.requireNonNull(eventId, "eventId");
    }

    /** A version of an event, keyed by its own id. */
    public static EventChange version(ConflictEvent event) {
        return new EventChange(event.getEventId(), event);
    }

    /** A tombstone for {@code eventId}. */
    public static EventChange tombstone(String eventId) {
        return new EventChange(eventId, null);
    }

    /** True when this change retires the event. */
    public boolean isTombstone() {
        return event == null;
    }
}
