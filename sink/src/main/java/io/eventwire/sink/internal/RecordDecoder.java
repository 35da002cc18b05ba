package io.eventwire.sink.internal;

import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.RejectReason;
import io.eventwire.schemas.Topic;
import io.eventwire.schemas.Topics;
import io.eventwire.sink.EventChange;
import io.eventwire.sink.SinkBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the raw records of one poll with each topic's serdes, like an error-handling deserializer:
 * a record that cannot be read becomes a {@link Rejected} instead of failing the poll. Thread safe.
 */
public final class RecordDecoder {

    private final Topics topics;

    public RecordDecoder(Topics topics) {
        this.topics = topics;
    }

    /**
     * A decoded poll.
     *
     * @param batch what can be stored, in offset order per partition
     * @param rejected what goes to the dead-letter topic
     */
    public record Decoded(SinkBatch batch, List<Rejected> rejected) {
    }

    /**
     * A record that cannot be stored.
     *
     * @param record the raw record
     * @param reason the reason code
     * @param message why, for people
     * @param cause the decoding error, when there was one
     */
    public record Rejected(ConsumerRecord<byte[], byte[]> record, RejectReason reason, String message,
            @Nullable Exception cause) {

        /** {@code topic-partition@offset}. */
        public String coordinates() {
            return record.topic() + "-" + record.partition() + "@" + record.offset();
        }
    }

    /** Decodes {@code records}, given in offset order per partition. */
    public Decoded decode(Iterable<ConsumerRecord<byte[], byte[]>> records) {
        List<CleanArticle> articles = new ArrayList<>();
        List<EventChange> events = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.topic().equals(topics.clean().name())) {
                decodeArticle(record, articles, rejected);
            } else if (record.topic().equals(topics.events().name())) {
                decodeEvent(record, events, rejected);
            } else {
                throw new IllegalStateException("record from unexpected topic " + record.topic());
            }
        }
        return new Decoded(new SinkBatch(articles, events), rejected);
    }

    private void decodeArticle(ConsumerRecord<byte[], byte[]> record, List<CleanArticle> articles,
            List<Rejected> rejected) {
        if (record.value() == null) {
            rejected.add(new Rejected(record, RejectReason.MALFORMED, "a cleaned article record has no value", null));
            return;
        }
        try {
            articles.add(value(topics.clean(), record));
        } catch (SerializationException e) {
            rejected.add(undecodable(record, e));
        }
    }

    private void decodeEvent(ConsumerRecord<byte[], byte[]> record, List<EventChange> events, List<Rejected> rejected) {
        if (record.value() == null) {
            String eventId = key(topics.events(), record);
            if (eventId == null) {
                rejected.add(new Rejected(record, RejectReason.MALFORMED, "an event tombstone has no key", null));
            } else {
                events.add(EventChange.tombstone(eventId));
            }
            return;
        }
        try {
            events.add(EventChange.version(value(topics.events(), record)));
        } catch (SerializationException e) {
            rejected.add(undecodable(record, e));
        }
    }

    private static <V> V value(Topic<String, V> topic, ConsumerRecord<byte[], byte[]> record) {
        return topic.valueSerde().deserializer().deserialize(record.topic(), record.headers(), record.value());
    }

    private static @Nullable String key(Topic<String, ?> topic, ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : topic.keySerde().deserializer().deserialize(record.topic(), record.key());
    }

    private static Rejected undecodable(ConsumerRecord<byte[], byte[]> record, SerializationException e) {
        return new Rejected(record, RejectReason.DESERIALIZATION_ERROR,
                "the value cannot be deserialized: " + e.getMessage(), e);
    }
}
