package io.eventwire.enrich.resolve;

import io.eventwire.enrich.EnrichCounters;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link EventResolver} in Kafka Streams: mentions in (keyed by country block, so one task
 * sees every mention of a country), event versions and tombstones out, keyed by event id. State is
 * three persistent key-value stores, bounded by expiry: on stream time, every
 * {@code retention / 24}, events unchanged for {@code retention} are forgotten with their mentions.
 * A mention of an expired event arriving later starts a new event.
 */
public final class EventResolverProcessor implements Processor<String, EventMention, String, ConflictEvent> {

    /** Store of mentions by {@link MentionKeys} key. */
    public static final String MENTIONS_STORE = "resolution-mentions";
    /** Store of mention id to event id. */
    public static final String MENTION_EVENTS_STORE = "resolution-mention-events";
    /** Store of event id to {@link EventEntry#encode() encoded} entry. */
    public static final String EVENTS_STORE = "resolution-events";
    /** Every store of the processor, to connect it in a topology. */
    public static final String[] STORE_NAMES = {MENTIONS_STORE, MENTION_EVENTS_STORE, EVENTS_STORE};

    private static final Logger LOG = LoggerFactory.getLogger(EventResolverProcessor.class);

    private final EventResolver resolver;
    private final Duration retention;
    private final EnrichCounters counters;
    private ProcessorContext<String, ConflictEvent> context;
    private StoreState state;

    public EventResolverProcessor(EventResolver resolver, Duration retention, EnrichCounters counters) {
        this.resolver = resolver;
        this.retention = retention;
        this.counters = counters;
    }

    /** The stores this processor needs, with mention values in {@code mentionSerde}. */
    public static List<StoreBuilder<KeyValueStore<String, ?>>> storeBuilders(Serde<EventMention> mentionSerde) {
        return List.of(
                cast(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MENTIONS_STORE), Serdes.String(), mentionSerde)),
                cast(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MENTION_EVENTS_STORE), Serdes.String(), Serdes.String())),
                cast(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVENTS_STORE), Serdes.String(), Serdes.String())));
    }

    @SuppressWarnings("unchecked")
    private static StoreBuilder<KeyValueStore<String, ?>> cast(StoreBuilder<?> builder) {
        return (StoreBuilder<KeyValueStore<String, ?>>) builder;
    }

    @Override
    public void init(ProcessorContext<String, ConflictEvent> context) {
        this.context = context;
        this.state = new StoreState(context.getStateStore(MENTIONS_STORE), context.getStateStore(MENTION_EVENTS_STORE),
                context.getStateStore(EVENTS_STORE));
        Duration every = retention.dividedBy(24);
        context.schedule(every, PunctuationType.STREAM_TIME, this::expireOldEvents);
    }

    @Override
    public void process(Record<String, EventMention> record) {
        if (record.value() == null) {
            return;
        }
        for (EventUpdate update : resolver.resolve(record.value(), record.timestamp(), state, Instant.now())) {
            count(update);
            context.forward(record.withKey(update.eventId()).withValue(update.event()));
        }
    }

    private void count(EventUpdate update) {
        if (update.event() == null) {
            counters.eventMerged();
        } else if (update.event().getMergedInto() == null) {
            counters.eventVersionPublished();
        }
    }

    private void expireOldEvents(long streamTime) {
        int dropped = resolver.expire(streamTime - retention.toMillis(), state);
        if (dropped > 0) {
            LOG.info("Forgot {} events unchanged for {}", dropped, retention);
        }
    }

    /** {@link ResolutionState} over the processor's stores. */
    private static final class StoreState implements ResolutionState {
        private final KeyValueStore<String, EventMention> mentions;
        private final KeyValueStore<String, String> mentionEvents;
        private final KeyValueStore<String, String> events;

        StoreState(KeyValueStore<String, EventMention> mentions, KeyValueStore<String, String> mentionEvents,
                KeyValueStore<String, String> events) {
            this.mentions = mentions;
            this.mentionEvents = mentionEvents;
            this.events = events;
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
            List<EventMention> found = new ArrayList<>();
            try (KeyValueIterator<String, EventMention> range =
                    mentions.range(MentionKeys.from(block, type, from), MentionKeys.to(block, type, to))) {
                range.forEachRemaining(entry -> found.add(entry.value));
            }
            return found;
        }

        @Override
        public @Nullable EventEntry event(String eventId) {
            String entry = events.get(eventId);
            return entry == null ? null : EventEntry.decode(entry);
        }

        @Override
        public void putEvent(String eventId, EventEntry entry) {
            events.put(eventId, entry.encode());
        }

        @Override
        public Map<String, EventEntry> events() {
            Map<String, EventEntry> all = new LinkedHashMap<>();
            try (KeyValueIterator<String, String> entries = events.all()) {
                while (entries.hasNext()) {
                    KeyValue<String, String> entry = entries.next();
                    all.put(entry.key, EventEntry.decode(entry.value));
                }
            }
            return all;
        }

        @Override
        public void removeEvent(String eventId) {
            events.delete(eventId);
        }

        @Override
        public void removeMention(String key, String mentionId) {
            mentions.delete(key);
            mentionEvents.delete(mentionId);
        }
    }
}
