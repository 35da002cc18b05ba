package io.eventwire.enrich.resolve;

import io.eventwire.schema.EventMention;
import io.eventwire.schema.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@link ResolutionState} in memory, in maps sorted like the processor's RocksDB stores: for tests,
 * benchmarks and offline resolution of a batch. Not thread safe.
 */
public final class MapResolutionState implements ResolutionState {

    private final TreeMap<String, EventMention> mentions = new TreeMap<>();
    private final Map<String, String> mentionEvents = new HashMap<>();
    private final TreeMap<String, EventEntry> events = new TreeMap<>();

    /** A copy of this state, sharing the (immutable in use) mention values. */
    public MapResolutionState copy() {
        MapResolutionState copy = new MapResolutionState();
        copy.mentions.putAll(mentions);
        copy.mentionEvents.putAll(mentionEvents);
        copy.events.putAll(events);
        return copy;
    }

    /** How many mentions are filed. */
    public int mentionCount() {
        return mentions.size();
    }

    @Override
    public @Nullable String eventOf(String mentionId) {
        return mentionEvents.get(mentionId);
    }

    @Override
    public void assign(String mentionId, String eventId) {
        mentionEvents.put(mentionId, eventId);
    }

    @Override
    public void putMention(String key, EventMention mention) {
        mentions.put(key, mention);
    }

    @Override
    public @Nullable EventMention mention(String key) {
        return mentions.get(key);
    }

    @Override
    public List<EventMention> mentionsBetween(String block, EventType type, LocalDate from, LocalDate to) {
        return new ArrayList<>(mentions.subMap(MentionKeys.from(block, type, from), true, MentionKeys.to(block, type, to), true).values());
    }

    @Override
    public @Nullable EventEntry event(String eventId) {
        return events.get(eventId);
    }

    @Override
    public void putEvent(String eventId, EventEntry entry) {
        events.put(eventId, entry);
    }

    @Override
    public Map<String, EventEntry> events() {
        return new LinkedHashMap<>(events);
    }

    @Override
    public void removeEvent(String eventId) {
        events.remove(eventId);
    }

    @Override
    public void removeMention(String key, String mentionId) {
        mentions.remove(key);
        mentionEvents.remove(mentionId);
    }
}
