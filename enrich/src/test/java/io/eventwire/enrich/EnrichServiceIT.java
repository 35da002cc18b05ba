package io.eventwire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.enrich.extract.EventExtractor;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RejectReason;
import io.eventwire.schemas.PinnedSchemaIds;
import io.eventwire.schemas.Topic;
import io.eventwire.schemas.Topics;
import io.eventwire.testkit.KafkaBrokerExtension;
import io.eventwire.testkit.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaBrokerExtension.class)
class EnrichServiceIT {

    @TempDir
    Path stateDir;

    @Test
    void cleansArticlesAndDeadLettersUndecodableRecordsOnARealBroker(KafkaCluster kafka) throws Exception {
        Topics topics = Topics.create(kafka.freshTopics("enrich"), new PinnedSchemaIds());
        EnrichConfig config = new EnrichConfig("enrich-it-" + UUID.randomUUID(), stateDir, 1, (short) 1,
                EnrichConfig.DEFAULT_DUPLICATE_RETENTION,
                EnrichConfig.DEFAULT_RESOLUTION_RETENTION, Duration.ofSeconds(60));
        try (EnrichService enrich = new EnrichService(kafka.clientProperties(), topics, ArticleCleaner.standard(), EventExtractor.standard(), config)) {
            enrich.start();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.clientProperties(),
                    new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(topics.raw().name(), "garbage",
                        "\u0000\u0001 not avro".getBytes(StandardCharsets.UTF_8))).get();
                producer.send(new ProducerRecord<>(topics.raw().name(), "a1", topics.raw().valueSerde().serializer()
                        .serialize(topics.raw().name(), EnrichTopologyTest.article("a1",
                                "A headline\n\nBEIRUT: Clashes broke out on Tuesday, a monitor said.")))).get();
            }

            List<CleanArticle> cleaned = readAtLeast(kafka, topics.clean(), 1);
            List<DeadLetter> deadLetters = readAtLeast(kafka, topics.deadLetters(), 1);

            assertThat(cleaned).extracting(CleanArticle::getArticleId).containsExactly("a1");
            assertThat(deadLetters).singleElement().satisfies(letter -> {
                assertThat(letter.getReasonCode()).isEqualTo(RejectReason.DESERIALIZATION_ERROR);
                assertThat(letter.getArticleId()).isEqualTo("garbage");
                assertThat(letter.getSourceOffset()).isZero();
            });
            assertThat(enrich.failure()).isEmpty();
        }
    }

    private static <V> List<V> readAtLeast(KafkaCluster kafka, Topic<String, V> topic, int count) {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<V> values = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.currentTimeMillis() + 60_000;
            while (values.size() < count && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
