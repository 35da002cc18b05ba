package io.eventwire.sink.internal;

import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.Stage;
import io.eventwire.schemas.DeadLetterRecords;
import io.eventwire.schemas.Topic;
import io.eventwire.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes rejected records to the dead-letter topic, stage {@code SINK}, with where they came from
 * and their first {@value #PAYLOAD_LIMIT} bytes. Not thread safe (the producer is, this class's use of
 * it is sequential).
 */
public final class DeadLetters {

    /** The most bytes of a rejected value a dead letter carries. */
    public static final int PAYLOAD_LIMIT = DeadLetterRecords.PAYLOAD_LIMIT;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final Producer<String, DeadLetter> producer;
    private final Topic<String, DeadLetter> topic;
    private final String articlesTopic;
    private final Clock clock;

    /** Publishes with {@code producer} to {@code topics.deadLetters()}. */
    public DeadLetters(Producer<String, DeadLetter> producer, Topics topics, Clock clock) {
        this.producer = producer;
        this.topic = topics.deadLetters();
        this.articlesTopic = topics.clean().name();
        this.clock = clock;
    }

    /**
     * Publishes one dead letter per rejected record and waits until the broker has them all.
     *
     * @throws KafkaException when a dead letter cannot be published
     */
    public void publish(List<RecordDecoder.Rejected> rejected) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (RecordDecoder.Rejected rejection : rejected) {
            LOG.warn("Dead-lettering {}: {}", rejection.coordinates(), rejection.message());
            sent.add(producer.send(new ProducerRecord<>(topic.name(), keyOf(rejection), deadLetter(rejection))));
        }
        producer.flush();
        for (int i = 0; i < sent.size(); i++) {
            awaitSent(sent.get(i), rejected.get(i));
        }
    }

    /** The dead letter of {@code rejection}. */
    DeadLetter deadLetter(RecordDecoder.Rejected rejection) {
        ConsumerRecord<byte[], byte[]> record = rejection.record();
        return DeadLetterRecords.of(Stage.SINK, rejection.reason(), rejection.message(),
                record.topic().equals(articlesTopic) ? keyText(record) : null, record.topic(), record.partition(),
                record.offset(), record.value(), rejection.cause(), clock.instant());
    }

    private void awaitSent(Future<RecordMetadata> future, RecordDecoder.Rejected rejection) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException("interrupted while dead-lettering " + rejection.coordinates(), e);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot publish the dead letter of " + rejection.coordinates() + " to " + topic,
                    e.getCause());
        }
    }

    private static String keyOf(RecordDecoder.Rejected rejection) {
        String key = keyText(rejection.record());
        return key == null ? rejection.coordinates() : key;
    }

    private static @Nullable String keyText(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }
}
