package io.eventwire.ingest;

import io.eventwire.ingest.IngestReport.Rejection;
import io.eventwire.ingest.internal.ArticleReader;
import io.eventwire.ingest.internal.ChangeTracker;
import io.eventwire.ingest.internal.FileStamp;
import io.eventwire.ingest.internal.Manifest;
import io.eventwire.ingest.internal.ProgressBar;
import io.eventwire.ingest.internal.ReadOutcome;
import io.eventwire.ingest.internal.SourceFiles;
import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RawArticle;
import io.eventwire.schemas.Service;
import io.eventwire.schemas.Topic;
import io.eventwire.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads article files and publishes each as a {@code RawArticle} to {@link Topics#raw()}, keyed by
 * article id, or as a {@code DeadLetter} to {@link Topics#deadLetters()}, keyed by article id or,
 * when none was assigned, by source URI. Nothing is skipped silently: every file counts in the
 * {@link IngestReport} and every rejection is logged at WARN.
 *
 * <p>Lifecycle: {@link #start()} opens an idempotent producer ({@code acks=all}, zstd) and checks
 * both topics are reachable; {@link #ingest(Path)} runs one batch, {@link #watch(Path, BooleanSupplier)}
 * keeps ingesting new and changed files; {@link #close()} waits for the running batch or scan,
 * flushes and closes the producer. Thread safe: runs are serialized; {@code close()} may be called
 * from any thread and stops a watch between scans.
 */
public final class IngestService implements Service {

    /** Batch runs over more files than this draw the progress bar, when {@link IngestConfig#showProgress()}. */
    static final int PROGRESS_MIN_FILES = 10;
    /** Room on top of the largest article for its metadata, Avro and record framing. */
    static final long REQUEST_OVERHEAD_BYTES = 1024 * 1024;
    private static final long MIN_BUFFER_MEMORY = 32L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final Map<String, Object> kafkaProperties;
    private final Topics topics;
    private final IngestConfig config;
    private final ArticleReader reader;
    private final Object runLock = new Object();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile @Nullable Producer<byte[], byte[]> producer;

    /**
     * @param kafkaProperties producer properties, at least {@code bootstrap.servers}; ingest sets
     *     idempotence, {@code acks=all} and {@code max.request.size} itself
     * @param topics the topic catalogue
     * @param config ingest settings
     */
    public IngestService(Map<String, Object> kafkaProperties, Topics topics, IngestConfig config) {
        this.kafkaProperties = Map.copyOf(kafkaProperties);
        this.topics = topics;
        this.config = config;
        this.reader = new ArticleReader(config, Clock.systemUTC());
    }

    /** Opens the producer and returns once both topics answer; throws {@link IngestException} when they do not. */
    @Override
    public void start() {
        synchronized (runLock) {
            if (isClosing()) {
                throw new IllegalStateException("the ingest service is closed");
            }
            if (producer != null) {
                return;
            }
            Map<String, Object> properties = producerProperties();
            KafkaProducer<byte[], byte[]> created =
                    new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
            for (Topic<String, ?> topic : List.of(topics.raw(), topics.deadLetters())) {
                try {
                    created.partitionsFor(topic.name());
                } catch (KafkaException e) {
                    created.close(Duration.ZERO);
                    throw new IngestException("cannot start ingest: topic " + topic.name() + " is not reachable at "
                            + properties.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG) + ": " + e.getMessage(), e);
                }
            }
            producer = created;
            LOG.info("Ingest publishes to {} and {} at {} with {}", topics.raw().name(), topics.deadLetters().name(),
                    properties.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG), config);
        }
    }

    /**
     * Ingests one file, or every file under a directory (sorted by relative name, honouring its
     * {@code manifest.json}), and returns once Kafka has acknowledged every record.
     *
     * @throws IngestException when the manifest is malformed, the tree cannot be listed or a record
     *     is not acknowledged; rejected files do not throw
     * @throws IllegalStateException when the service is not started or already closed
     */
    public IngestReport ingest(Path fileOrDirectory) {
        Path target = fileOrDirectory.toAbsolutePath().normalize();
        synchronized (runLock) {
            Producer<byte[], byte[]> kafka = running();
            if (Files.isDirectory(target)) {
                List<Path> files = SourceFiles.list(target);
                Manifest manifest = Manifest.load(target);
                warnAboutMissingFiles(target, manifest, files);
                return publish(kafka, target, files, manifest, config.showProgress() && files.size() > PROGRESS_MIN_FILES);
            }
            if (Files.isRegularFile(target)) {
                Path directory = target.getParent();
                return publish(kafka, directory, List.of(target), Manifest.load(directory), false);
            }
            throw new IngestException("cannot ingest " + fileOrDirectory + ": no such file or directory");
        }
    }

    /**
     * Ingests new and changed files under {@code directory}, scanning every
     * {@link IngestConfig#watchPollInterval()}, until {@code keepGoing} answers false, the service is
     * closed or the thread is interrupted. A file is ingested once its size and modification time
     * held still for one interval, and again whenever they change. Returns the total of all scans.
     *
     * @throws IngestException as {@link #ingest(Path)}, from the scan that failed
     */
    public IngestReport watch(Path directory, BooleanSupplier keepGoing) {
        Path root = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IngestException("cannot watch " + directory + ": not a directory");
        }
        LOG.info("Watching {} for new and changed files every {} ms", root, config.watchPollInterval().toMillis());
        ChangeTracker tracker = new ChangeTracker();
        IngestReport total = IngestReport.EMPTY;
        while (keepGoing.getAsBoolean() && !isClosing()) {
            total = total.plus(scan(root, tracker));
            if (awaitClosing(config.watchPollInterval())) {
                break;
            }
        }
        LOG.info("Stopped watching {}: {} files, {} published, {} rejected", root, total.filesSeen(),
                total.published(), total.rejected());
        return total;
    }

    /** Waits for a running batch or scan, flushes and closes the producer. Idempotent. */
    @Override
    public void close() {
        closing.countDown();
        synchronized (runLock) {
            Producer<byte[], byte[]> open = producer;
            producer = null;
            if (open != null) {
                open.flush();
                open.close();
                LOG.info("Ingest closed");
            }
        }
    }

    private IngestReport scan(Path root, ChangeTracker tracker) {
        synchronized (runLock) {
            if (isClosing()) {
                return IngestReport.EMPTY;
            }
            List<Path> ready = tracker.readyFiles(FileStamp.of(SourceFiles.list(root)));
            if (ready.isEmpty()) {
                return IngestReport.EMPTY;
            }
            return publish(running(), root, ready, Manifest.load(root), false);
        }
    }

    private IngestReport publish(Producer<byte[], byte[]> kafka, Path root, List<Path> files, Manifest manifest,
            boolean showProgress) {
        long started = System.nanoTime();
        List<PendingSend> sends = new ArrayList<>(files.size());
        List<Rejection> rejections = new ArrayList<>();
        try (ProgressBar progress = ProgressBar.onStderr(files.size(), showProgress)) {
            for (Path file : files) {
                String name = SourceFiles.relativeName(root, file);
                ReadOutcome outcome = reader.read(file, name, manifest.fieldsFor(name));
                if (outcome instanceof ReadOutcome.Accepted accepted) {
                    RawArticle article = accepted.article();
                    sends.add(send(kafka, topics.raw(), article.getArticleId(), article, file));
                    progress.advance(article.getSizeBytes());
                } else {
                    ReadOutcome.Rejected rejected = (ReadOutcome.Rejected) outcome;
                    DeadLetter letter = rejected.deadLetter();
                    LOG.warn("Rejected {}: {} ({})", file, letter.getReason(), letter.getReasonCode());
                    sends.add(send(kafka, topics.deadLetters(), rejected.key(), letter, file));
                    rejections.add(new Rejection(file, letter.getReasonCode(), letter.getReason()));
                    progress.advance(letter.getSizeBytes());
                }
            }
        }
        kafka.flush();
        awaitAcknowledgements(sends);
        IngestReport report = new IngestReport(files.size(), files.size() - rejections.size(), rejections);
        LOG.info("Ingested {}: {} files, {} published, {} rejected in {} ms", root, report.filesSeen(),
                report.published(), report.rejected(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return report;
    }

    private static <V> PendingSend send(Producer<byte[], byte[]> kafka, Topic<String, V> topic, String key, V value,
            Path file) {
        try {
            byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), key);
            byte[] valueBytes = topic.valueSerde().serializer().serialize(topic.name(), value);
            return new PendingSend(file, topic.name(), key,
                    kafka.send(new ProducerRecord<>(topic.name(), keyBytes, valueBytes)));
        } catch (KafkaException | IllegalStateException e) {
            throw new IngestException("cannot publish " + file + " to " + topic.name() + " (key " + key + "): "
                    + e.getMessage(), e);
        }
    }

    private static void awaitAcknowledgements(List<PendingSend> sends) {
        List<IngestException> failures = new ArrayList<>();
        for (PendingSend send : sends) {
            try {
                send.result().get();
            } catch (ExecutionException e) {
                failures.add(new IngestException("Kafka did not acknowledge " + send.file() + " on " + send.topic()
                        + " (key " + send.key() + "): " + e.getCause().getMessage(), e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IngestException("interrupted while waiting for Kafka to acknowledge " + sends.size()
                        + " records", e);
            }
        }
        if (!failures.isEmpty()) {
            IngestException error = new IngestException(failures.size() + " of " + sends.size()
                    + " records were not acknowledged; the first: " + failures.get(0).getMessage());
            failures.forEach(error::addSuppressed);
            throw error;
        }
    }

    private static void warnAboutMissingFiles(Path root, Manifest manifest, List<Path> files) {
        List<String> names = files.stream().map(file -> SourceFiles.relativeName(root, file)).toList();
        for (String missing : manifest.filesMissingFrom(names)) {
            LOG.warn("{} lists {}, which is not under {}", Manifest.FILE_NAME, missing, root);
        }
    }

    private Map<String, Object> producerProperties() {
        long maxRequest = config.maxArticleBytes() + REQUEST_OVERHEAD_BYTES;
        Map<String, Object> properties = new HashMap<>(kafkaProperties);
        properties.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "eventwire-ingest");
        properties.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) maxRequest);
        properties.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(MIN_BUFFER_MEMORY, 2 * maxRequest));
        return properties;
    }

    private Producer<byte[], byte[]> running() {
        Producer<byte[], byte[]> open = producer;
        if (open == null || isClosing()) {
            throw new IllegalStateException("the ingest service is not running: call start() first, and not after close()");
        }
        return open;
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }

    /** Waits up to {@code interval}; true when the service is closing or the thread was interrupted. */
    private boolean awaitClosing(Duration interval) {
        try {
            return closing.await(interval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("Watch interrupted");
            return true;
        }
    }

    private record PendingSend(Path file, String topic, String key, Future<RecordMetadata> result) {
    }
}
