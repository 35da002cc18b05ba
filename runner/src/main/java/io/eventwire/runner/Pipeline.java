package io.eventwire.runner;

import io.eventwire.embedded.EmbeddedKafka;
import io.eventwire.enrich.EnrichConfig;
import io.eventwire.enrich.EnrichService;
import io.eventwire.enrich.EnrichTopology;
import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.enrich.extract.EventExtractor;
import io.eventwire.ingest.IngestConfig;
import io.eventwire.ingest.IngestReport;
import io.eventwire.ingest.IngestService;
import io.eventwire.runner.internal.PipelineDrain;
import io.eventwire.runner.internal.TopicReader;
import io.eventwire.schema.DeadLetter;
import io.eventwire.schemas.TopicSetup;
import io.eventwire.schemas.Topics;
import io.eventwire.sink.SinkConfig;
import io.eventwire.sink.SinkCounts;
import io.eventwire.sink.SinkService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code eventwire run}: ingest, enrich and sink in one JVM, on an embedded broker unless bootstrap
 * servers are configured, until everything read from a directory has been processed.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private Pipeline() {
    }

    /** Runs the pipeline over {@code input} and returns what it did; every service is closed on return. */
    public static RunSummary run(EventwireConfig config, Path input) {
        long started = System.nanoTime();
        LOG.info("Configuration: {}", config.describe());
        EmbeddedKafka embedded = config.bootstrapServers() == null ? EmbeddedKafka.start() : null;
        Path stateDir = embedded != null ? temporaryStateDir() : config.stateDir();
        try {
            String bootstrap = embedded != null ? embedded.bootstrapServers() : config.bootstrapServers();
            return runOn(config, config.kafkaProperties(bootstrap), stateDir, input, started);
        } finally {
            if (embedded != null) {
                embedded.close();
                deleteRecursively(stateDir);
            }
        }
    }

    private static RunSummary runOn(EventwireConfig config, Map<String, Object> kafka, Path stateDir, Path input,
            long started) {
        Topics topics = config.topics();
        try (Admin admin = Admin.create(kafka)) {
            TopicSetup.ensureTopics(admin, topics.names(), config.partitions(), config.replicationFactor());
            PipelineDrain drain = new PipelineDrain(admin);
            Map<TopicPartition, Long> deadLettersBefore = endOffsets(drain, topics.deadLetters().name());

            EnrichConfig enrichConfig = new EnrichConfig(EnrichConfig.DEFAULT_APPLICATION_ID, stateDir, 1,
                    config.replicationFactor(), config.dedupRetention(),
                    config.resolutionRetention(), Duration.ofSeconds(60));
            SinkConfig sinkConfig = SinkConfig.defaults(config.jdbcUrl());
            try (EnrichService enrich = new EnrichService(kafka, topics, ArticleCleaner.standard(), EventExtractor.standard(), enrichConfig);
                    SinkService sink = new SinkService(kafka, topics, sinkConfig)) {
                enrich.start();
                sink.start();
                IngestReport report = ingest(config, kafka, topics, input);

                drain.awaitCaughtUp(enrichConfig.applicationId(),
                        EnrichTopology.inputTopics(topics, enrichConfig.applicationId()), config.drainTimeout(),
                        () -> enrich.failure().orElse(null));
                drain.awaitCaughtUp(sinkConfig.groupId(), List.of(topics.clean().name(), topics.events().name()),
                        config.drainTimeout(), () -> sink.failure().orElse(null));

                Map<TopicPartition, Long> deadLettersAfter = endOffsets(drain, topics.deadLetters().name());
                List<DeadLetter> deadLetters =
                        TopicReader.read(kafka, topics.deadLetters(), deadLettersBefore, deadLettersAfter);
                SinkCounts stored = SinkCounts.query(config.jdbcUrl());
                return new RunSummary(report, enrich.counters(), deadLetters, stored.articles(), stored.liveEvents(),
                        config.jdbcUrl().replaceAll("(?i)(password=)[^&;]*", "$1****"),
                        Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }

    private static IngestReport ingest(EventwireConfig config, Map<String, Object> kafka, Topics topics, Path input) {
        IngestConfig ingestConfig = IngestConfig.defaults()
                .withMaxArticleBytes(config.maxArticleBytes())
                .withShowProgress(config.showProgress());
        try (IngestService ingest = new IngestService(kafka, topics, ingestConfig)) {
            ingest.start();
            return ingest.ingest(input);
        }
    }

    private static Map<TopicPartition, Long> endOffsets(PipelineDrain drain, String topic) {
        try {
            return drain.endOffsets(List.of(topic));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the end of " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topic + ": " + e.getCause().getMessage(), e);
        }
    }

    private static Path temporaryStateDir() {
        try {
            return Files.createTempDirectory("eventwire-state-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary Kafka Streams state directory", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary state directory {}: {}", dir, e.getMessage());
        }
    }
}
