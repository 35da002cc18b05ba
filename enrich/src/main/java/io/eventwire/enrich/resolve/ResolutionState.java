package io.eventwire.enrich.resolve;

import io.eventwire.schema.EventMention;
import io.eventwire.schema.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What event resolution remembers: the mentions it has seen, filed by country block and first day;
 * which event each mention belongs to; and every event id it has issued. Implementations need not be
 * thread safe; one resolver uses one state.
 */
public interface ResolutionState {

    /** The id of the event {@code mentionId} belongs to, or null when the mention is unknown. */
    @Nullable String eventOf(String mentionId);

    /** Records that {@code mentionId} belongs to {@code eventId}. */
    void assign(String mentionId, String eventId);

    /** Files a mention under {@code key} (see {@link MentionKeys}). */
    void putMention(String key, EventMention mention);

    /** The mention filed under {@code key}, or null. */
    @Nullable EventMention mention(String key);

    /** Mentions of {@code type} in {@code block} whose first day lies in {@code [from, to]}, in key order. */
    List<EventMention> mentionsBetween(String block, EventType type, LocalDate from, LocalDate to);

    /** The record of an issued event id, live or retired, or null when never issued (or expired). */
    @Nullable EventEntry event(String eventId);

    /** Stores the record of an event id. */
    void putEvent(String eventId, EventEntry entry);

    /** Every event record, by id. */
    Map<String, EventEntry> events();

    /** Forgets an event record. */
    void removeEvent(String eventId);

    /** Forgets a mention: its filing under {@code key} and its event. */
    void removeMention(String key, String mentionId);
}
