package io.eventwire.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.RejectReason;
import io.eventwire.schemas.Topics;
import io.eventwire.sink.EventChange;
import io.eventwire.sink.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RecordDecoderTest {

    private static final Topics TOPICS = Topics.local();
    private final RecordDecoder decoder = new RecordDecoder(TOPICS);

    @Test
    void readsArticlesAndEventVersionsWithTheTopicsSerdes() {
        ConflictEvent event = Fixtures.event("e1", 1);

        RecordDecoder.Decoded decoded = decoder.decode(List.of(
                record(TOPICS.clean().name(), 0, "a1", TOPICS.clean().valueSerde().serializer()
                        .serialize(TOPICS.clean().name(), Fixtures.article("a1"))),
                record(TOPICS.events().name(), 1, "e1", TOPICS.events().valueSerde().serializer()
                        .serialize(TOPICS.events().name(), event))));

        assertThat(decoded.batch().articles()).containsExactly(Fixtures.article("a1"));
        assertThat(decoded.batch().events()).containsExactly(EventChange.version(event));
        assertThat(decoded.rejected()).isEmpty();
    }

    @Test
    void readsAnEventTombstoneAsARetirement() {
        RecordDecoder.Decoded decoded = decoder.decode(List.of(record(TOPICS.events().name(), 3, "e1", null)));

        assertThat(decoded.batch().events()).containsExactly(EventChange.tombstone("e1"));
    }

    @Test
    void rejectsAValueThatCannotBeDeserializedAndGoesOn() {
        ConsumerRecord<byte[], byte[]> garbage = record(TOPICS.events().name(), 7, "e1", "not avro".getBytes(StandardCharsets.UTF_8));

        RecordDecoder.Decoded decoded = decoder.decode(List.of(garbage,
                record(TOPICS.events().name(), 8, "e2", null)));

        assertThat(decoded.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectReason.DESERIALIZATION_ERROR);
            assertThat(rejected.coordinates()).isEqualTo("events.conflict-0@7");
            assertThat(rejected.message()).startsWith("the value cannot be deserialized: value on events.conflict is not in");
        });
        assertThat(decoded.batch().events()).containsExactly(EventChange.tombstone("e2"));
    }

    @Test
    void rejectsATombstoneWithoutAKey() {
        RecordDecoder.Decoded decoded = decoder.decode(List.of(record(TOPICS.events().name(), 0, null, null)));

        assertThat(decoded.rejected()).singleElement()
                .satisfies(rejected -> assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED));
        assertThat(decoded.batch().isEmpty()).isTrue();
    }

    static ConsumerRecord<byte[], byte[]> record(String topic, long offset, @Nullable String key, byte @Nullable [] value) {
        return new ConsumerRecord<>(topic, 0, offset, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
    }
}
