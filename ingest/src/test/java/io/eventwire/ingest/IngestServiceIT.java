package io.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.ingest.IngestReport.Rejection;
import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RawArticle;
import io.eventwire.schema.RejectReason;
import io.eventwire.schemas.PinnedSchemaIds;
import io.eventwire.schemas.Topic;
import io.eventwire.schemas.TopicNames;
import io.eventwire.schemas.Topics;
import io.eventwire.testkit.KafkaBrokerExtension;
import io.eventwire.testkit.KafkaCluster;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaBrokerExtension.class)
class IngestServiceIT {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int FRESH_TOPIC_ATTEMPTS = 20;

    @TempDir
    Path dir;

    @Test
    void publishesTheSeedsWithTheirManifestAndDeadLettersEmptyBinaryAndOversizedFiles(KafkaCluster kafka)
            throws IOException {
        Topics topics = freshTopics(kafka, "ingest-seeds");
        Map<String, JsonNode> manifest = copySeeds();
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        try (RandomAccessFile sparse = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            sparse.setLength(FIFTY_MB);
        }

        IngestReport report = ingestOnce(kafka, topics);

        assertThat(report.filesSeen()).isEqualTo(manifest.size() + 3);
        assertThat(report.published()).isEqualTo(manifest.size());
        assertThat(report.rejections()).extracting(Rejection::reasonCode)
                .containsExactly(RejectReason.BINARY, RejectReason.EMPTY, RejectReason.OVERSIZED);

        List<ConsumerRecord<String, RawArticle>> articles = readAll(kafka, topics.raw());
        assertThat(articles).hasSize(manifest.size());
        assertThat(articles).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrderElementsOf(expectedIds(manifest.keySet()));
        for (ConsumerRecord<String, RawArticle> record : articles) {
            RawArticle article = record.value();
            JsonNode entry = manifest.get(article.getFileName());
            assertThat(article.getArticleId()).isEqualTo(record.key());
            assertThat(article.getPublished()).isEqualTo(entry.path("published").textValue());
            assertThat(article.getOutlet()).isEqualTo(entry.path("outlet").textValue());
            assertThat(article.getLanguage()).isEqualTo(entry.path("language").textValue());
            assertThat(article.getContent()).isEqualTo(Files.readString(SEEDS.resolve(article.getFileName())));
        }

        List<ConsumerRecord<String, DeadLetter>> deadLetters = readAll(kafka, topics.deadLetters());
        assertThat(deadLetters).extracting(record -> record.value().getReasonCode())
                .containsExactly(RejectReason.BINARY, RejectReason.EMPTY, RejectReason.OVERSIZED);
        ConsumerRecord<String, DeadLetter> oversized = deadLetters.get(2);
        assertThat(oversized.key()).isEqualTo(dir.resolve("huge.txt").toUri().toString());
        assertThat(oversized.value().getSizeBytes()).isEqualTo(FIFTY_MB);
        assertThat(oversized.value().getPayload().remaining()).isEqualTo(IngestConfig.DEFAULT_DEAD_LETTER_PAYLOAD_BYTES);
        assertThat(deadLetters.get(1).key()).isEqualTo(sha256Prefix(new byte[0]));
    }

    @Test
    void givesTheSameKeysWhenTheSameDirectoryIsIngestedTwice(KafkaCluster kafka) throws IOException {
        Topics topics = freshTopics(kafka, "ingest-twice");
        int seeds = copySeeds().size();

        ingestOnce(kafka, topics);
        ingestOnce(kafka, topics);

        List<String> keys = readAll(kafka, topics.raw()).stream().map(ConsumerRecord::key).toList();
        assertThat(keys).hasSize(2 * seeds);
        assertThat(keys.subList(seeds, 2 * seeds)).isEqualTo(keys.subList(0, seeds));
    }

    /**
     * Right after topic creation, a new partition's leader is announced a moment before the broker
     * takes writes; an idempotent producer writing then could lose a batch to KAFKA-15591. Topic setup
     * waits the moment out, so every fresh topic takes every record, well within a short delivery timeout.
     */
    @Test
    void publishesEveryRecordToTopicsTheMomentTheyAreCreated(KafkaCluster kafka) throws IOException {
        int seeds = copySeeds().size();
        Map<String, Object> properties = new HashMap<>(kafka.clientProperties());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);

        for (int attempt = 0; attempt < FRESH_TOPIC_ATTEMPTS; attempt++) {
            Topics topics = freshTopics(kafka, "ingest-fresh");
            try (IngestService ingest = new IngestService(properties, topics, IngestConfig.defaults())) {
                ingest.start();
                assertThat(ingest.ingest(dir).published()).as("attempt %d", attempt).isEqualTo(seeds);
            }
        }
    }

    @Test
    void watchPublishesAFileThatAppearsUntilClosed(KafkaCluster kafka) throws Exception {
        Topics topics = freshTopics(kafka, "ingest-watch");
        IngestConfig config = new IngestConfig(IngestConfig.DEFAULT_MAX_ARTICLE_BYTES,
                IngestConfig.DEFAULT_DEAD_LETTER_PAYLOAD_BYTES, false, Duration.ofMillis(50));

        try (IngestService ingest = new IngestService(kafka.clientProperties(), topics, config)) {
            ingest.start();
            CompletableFuture<IngestReport> watching = CompletableFuture.supplyAsync(() -> ingest.watch(dir, () -> true));
            Files.writeString(dir.resolve("late.txt"), "Clashes were reported at dawn.\n");

            List<ConsumerRecord<String, RawArticle>> articles = awaitRecords(kafka, topics.raw(), 1);
            ingest.close();

            assertThat(articles).extracting(record -> record.value().getFileName()).containsExactly("late.txt");
            assertThat(watching.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).published()).isEqualTo(1);
        }
    }

    @Test
    void failsToStartWhenItsTopicsDoNotExist(KafkaCluster kafka) {
        Map<String, Object> properties = new HashMap<>(kafka.clientProperties());
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_000);
        Topics missing = Topics.create(TopicNames.prefixed("missing-" + UUID.randomUUID() + "."), new PinnedSchemaIds());

        try (IngestService ingest = new IngestService(properties, missing, IngestConfig.defaults())) {
            assertThatThrownBy(ingest::start)
                    .isInstanceOf(IngestException.class)
                    .hasMessageContaining("cannot start ingest: topic " + missing.raw().name() + " is not reachable");
        }
    }

    private IngestReport ingestOnce(KafkaCluster kafka, Topics topics) {
        try (IngestService ingest = new IngestService(kafka.clientProperties(), topics, IngestConfig.defaults())) {
            ingest.start();
            return ingest.ingest(dir);
        }
    }

    private static Topics freshTopics(KafkaCluster kafka, String testName) {
        return Topics.create(kafka.freshTopics(testName), new PinnedSchemaIds());
    }

    /** Copies the seed articles and their manifest into {@link #dir}; returns the manifest entries by file name. */
    private Map<String, JsonNode> copySeeds() throws IOException {
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, dir.resolve(seed.getFileName().toString()));
            }
        }
        Map<String, JsonNode> entries = new HashMap<>();
        for (JsonNode entry : new ObjectMapper().readTree(SEEDS.resolve("manifest.json").toFile())) {
            entries.put(entry.get("file").textValue(), entry);
        }
        return entries;
    }

    private static List<String> expectedIds(Iterable<String> fileNames) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String name : fileNames) {
            ids.add(sha256Prefix(Files.readAllBytes(SEEDS.resolve(name))));
        }
        return ids;
    }

    private static String sha256Prefix(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls until at least {@code count} records are on {@code topic}, or fails after {@link #TIMEOUT}. */
    private static <V> List<ConsumerRecord<String, V>> awaitRecords(KafkaCluster kafka, Topic<String, V> topic,
            int count) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<ConsumerRecord<String, V>> records = readAll(kafka, topic);
        while (records.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            records = readAll(kafka, topic);
        }
        assertThat(records).as("records on %s", topic.name()).hasSizeGreaterThanOrEqualTo(count);
        return records;
    }

    /** Every record on {@code topic} up to its current end, in partition order. */
    private static <V> List<ConsumerRecord<String, V>> readAll(KafkaCluster kafka, Topic<String, V> topic) {
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(kafka.clientProperties(),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(info -> new TopicPartition(topic.name(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, V>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                assertThat(System.nanoTime()).as("reading %s before the timeout", topic.name()).isLessThan(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
