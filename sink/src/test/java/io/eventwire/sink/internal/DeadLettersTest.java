package io.eventwire.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RejectReason;
import io.eventwire.schema.Stage;
import io.eventwire.schemas.Topics;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private static final Topics TOPICS = Topics.local();
    private static final Instant NOW = Instant.parse("2019-08-22T09:00:00Z");

    private final MockProducer<String, DeadLetter> producer = new MockProducer<>(true, null,
            Serdes.String().serializer(), TOPICS.deadLetters().valueSerde().serializer());
    private final DeadLetters deadLetters = new DeadLetters(producer, TOPICS, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void publishesWhereTheRecordCameFromAndWhy() {
        byte[] garbage = {1, 2, 3};

        deadLetters.publish(List.of(rejected(RecordDecoderTest.record(TOPICS.clean().name(), 42, "a1", garbage))));

        ProducerRecord<String, DeadLetter> sent = producer.history().get(0);
        assertThat(sent.topic()).isEqualTo("articles.dlq");
        assertThat(sent.key()).isEqualTo("a1");
        DeadLetter letter = sent.value();
        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.DESERIALIZATION_ERROR);
        assertThat(letter.getStage()).isEqualTo(Stage.SINK);
        assertThat(letter.getArticleId()).isEqualTo("a1");
        assertThat(letter.getSourceTopic()).isEqualTo("articles.clean");
        assertThat(letter.getSourcePartition()).isZero();
        assertThat(letter.getSourceOffset()).isEqualTo(42L);
        assertThat(letter.getSizeBytes()).isEqualTo(3L);
        assertThat(letter.getContentSha256()).isEqualTo("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");
        assertThat(letter.getPayload()).isEqualTo(ByteBuffer.wrap(garbage));
        assertThat(letter.getPayloadTruncated()).isFalse();
        assertThat(letter.getException()).isEqualTo("java.lang.IllegalStateException: bad bytes");
        assertThat(letter.getFailedAt()).isEqualTo(NOW);
    }

    @Test
    void cutsThePayloadTo64KiB() {
        byte[] large = new byte[DeadLetters.PAYLOAD_LIMIT + 10];
        Arrays.fill(large, (byte) 7);

        deadLetters.publish(List.of(rejected(RecordDecoderTest.record(TOPICS.events().name(), 1, null, large))));

        DeadLetter letter = producer.history().get(0).value();
        assertThat(letter.getPayload().remaining()).isEqualTo(64 * 1024);
        assertThat(letter.getPayloadTruncated()).isTrue();
        assertThat(letter.getSizeBytes()).isEqualTo(64 * 1024 + 10L);
        assertThat(letter.getArticleId()).isNull();
        assertThat(producer.history().get(0).key()).isEqualTo("events.conflict-0@1");
    }

    private static RecordDecoder.Rejected rejected(org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> record) {
        return new RecordDecoder.Rejected(record, RejectReason.DESERIALIZATION_ERROR, "cannot be deserialized",
                new IllegalStateException("bad bytes"));
    }
}
