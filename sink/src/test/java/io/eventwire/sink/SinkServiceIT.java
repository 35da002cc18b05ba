package io.eventwire.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RejectReason;
import io.eventwire.schema.Stage;
import io.eventwire.schemas.PinnedSchemaIds;
import io.eventwire.schemas.Topic;
import io.eventwire.schemas.Topics;
import io.eventwire.testkit.KafkaBrokerExtension;
import io.eventwire.testkit.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaBrokerExtension.class)
class SinkServiceIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private KafkaCluster kafka;
    private Topics topics;
    private String jdbcUrl;
    private SinkConfig config;

    @BeforeEach
    void freshTopicsAndDatabase(KafkaCluster kafka, TestInfo test) {
        this.kafka = kafka;
        this.topics = Topics.create(kafka.freshTopics("sink-" + test.getTestMethod().orElseThrow().getName()),
                new PinnedSchemaIds());
        this.jdbcUrl = "jdbc:sqlite:" + dir.resolve("eventwire.db");
        this.config = SinkConfig.defaults(jdbcUrl).withGroupId("sink-it-" + UUID.randomUUID());
    }

    @Test
    void storesWhatItConsumesDeadLettersGarbageAndCommitsItsOffsets() throws Exception {
        List<RecordMetadata> produced = produceInOneTransaction(List.of(
                article("a1"), article("a2"),
                event(EventChange.version(Fixtures.event("e1", 1))),
                event(EventChange.version(Fixtures.event("e1", 2))),
                event(EventChange.version(Fixtures.event("e2", 1))),
                event(EventChange.version(Fixtures.mergedInto(Fixtures.event("e2", 1), "e1"))),
                event(EventChange.tombstone("e2")),
                new ProducerRecord<>(topics.events().name(), "e3", "not avro".getBytes(StandardCharsets.UTF_8))));
        long garbageOffset = produced.get(produced.size() - 1).offset();

        try (SinkService sink = new SinkService(kafka.clientProperties(), topics, config)) {
            sink.start();

            Database database = Database.open(jdbcUrl);
            awaitTrue("everything is stored", () -> SinkCounts.query(database).equals(new SinkCounts(2, 6, 1))
                    && sink.counters().recordsConsumed() == 8);
            assertThat(sink.counters()).isEqualTo(new SinkCounters(8, 2, 4, 0, 1, 1));
            assertThat(sink.failure()).isEmpty();
            awaitTrue("the offsets are committed up to the end of both topics", this::offsetsCommittedToTheEnd);
        }
        DeadLetter letter = readOneDeadLetter();
        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.DESERIALIZATION_ERROR);
        assertThat(letter.getStage()).isEqualTo(Stage.SINK);
        assertThat(letter.getSourceTopic()).isEqualTo(topics.events().name());
        assertThat(letter.getSourcePartition()).isZero();
        assertThat(letter.getSourceOffset()).isEqualTo(garbageOffset);
        assertThat(StandardCharsets.UTF_8.decode(letter.getPayload()).toString()).isEqualTo("not avro");
    }

    @Test
    void stopsWithTheErrorRecordedWhenTheDatabaseKeepsFailing() throws Exception {
        SinkConfig impatient = config.withRetries(2, Duration.ofMillis(10));
        try (SinkService sink = new SinkService(kafka.clientProperties(), topics, impatient)) {
            sink.start();
            breakTheArticlesTable();

            produceInOneTransaction(List.of(article("a1")));

            awaitTrue("the sink gives up", () -> sink.failure().isPresent());
            assertThat(sink.failure().orElseThrow()).hasMessageStartingWith("gave up storing batch of 1 article(s)");
            assertThat(sink.isRunning()).isFalse();
            assertThat(sink.counters().articlesStored()).isZero();
        }
        assertThat(committedOffsets().get(new TopicPartition(topics.clean().name(), 0)))
                .as("the failed article is read again on restart")
                .satisfiesAnyOf(
                        committed -> assertThat(committed).isNull(),
                        committed -> assertThat(committed.offset()).isZero());
    }

    private ProducerRecord<String, byte[]> article(String articleId) {
        return record(topics.clean(), articleId, Fixtures.article(articleId));
    }

    private ProducerRecord<String, byte[]> event(EventChange change) {
        return record(topics.events(), change.eventId(), change.event());
    }

    private static <V> ProducerRecord<String, byte[]> record(Topic<String, V> topic, String key, V value) {
        return new ProducerRecord<>(topic.name(), key, topic.valueSerde().serializer().serialize(topic.name(), value));
    }

    private List<RecordMetadata> produceInOneTransaction(List<ProducerRecord<String, byte[]>> records)
            throws InterruptedException, ExecutionException {
        Map<String, Object> properties = new HashMap<>(kafka.clientProperties());
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sink-it-" + UUID.randomUUID());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            List<java.util.concurrent.Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach(record -> sent.add(producer.send(record)));
            producer.commitTransaction();
            List<RecordMetadata> metadata = new ArrayList<>();
            for (var future : sent) {
                metadata.add(future.get());
            }
            return metadata;
        }
    }

    private boolean offsetsCommittedToTheEnd() throws Exception {
        List<TopicPartition> partitions = List.of(new TopicPartition(topics.clean().name(), 0),
                new TopicPartition(topics.events().name(), 0));
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
            Map<TopicPartition, OffsetAndMetadata> committed = committedOffsets();
            return partitions.stream().allMatch(partition -> committed.get(partition) != null
                    && committed.get(partition).offset() == ends.get(partition));
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> committedOffsets() throws Exception {
        try (Admin admin = kafka.admin()) {
            return admin.listConsumerGroupOffsets(config.groupId()).partitionsToOffsetAndMetadata().get();
        }
    }

    private DeadLetter readOneDeadLetter() {
        Map<String, Object> properties = new HashMap<>(kafka.clientProperties());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        TopicPartition partition = new TopicPartition(topics.deadLetters().name(), 0);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(DEADLINE);
            while (records.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            assertThat(records).as("dead letters on %s", partition).hasSize(1);
            return topics.deadLetters().valueSerde().deserializer()
                    .deserialize(partition.topic(), records.get(0).value());
        }
    }

    /** Renames the articles table away, so every article write fails. */
    private void breakTheArticlesTable() throws SQLException {
        try (Connection connection = Database.open(jdbcUrl).connect(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE articles RENAME TO articles_gone");
        }
    }

    private static void awaitTrue(String what, Condition condition) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.holds()) {
            assertThat(Instant.now()).as("waiting until %s", what).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** A condition polled until it holds. */
    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }
}
