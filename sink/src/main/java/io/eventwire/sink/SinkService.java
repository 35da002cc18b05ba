package io.eventwire.sink;

import io.eventwire.schema.DeadLetter;
import io.eventwire.schemas.Service;
import io.eventwire.schemas.Topics;
import io.eventwire.sink.internal.Counters;
import io.eventwire.sink.internal.DeadLetters;
import io.eventwire.sink.internal.RecordDecoder;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code topics.clean()} and {@code topics.events()} into the database, on one thread.
 *
 * <p>Per poll: records that cannot be deserialized go to {@code topics.deadLetters()} (logged with
 * topic, partition and offset, and counted); the rest is stored in one database transaction by
 * {@link SinkStore}; then the offsets are committed. A crash between the two replays the batch, which
 * the idempotent upserts make harmless; dead letters are published at least once. Reads only committed transactions. A failing database is
 * retried with backoff up to {@link SinkConfig#maxStoreAttempts()} times, then the service stops and
 * {@link #failure()} holds the error.
 *
 * <p>{@link #start()} and {@link #close()} are for one owner thread; {@link #counters()},
 * {@link #failure()} and {@link #isRunning()} may be called from any thread.
 */
public final class SinkService implements Service {

    /** How long {@link #close()} waits for the consumer thread to finish its batch. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);

    private final Map<String, Object> kafkaProperties;
    private final Topics topics;
    private final SinkConfig config;
    private final Counters counters = new Counters();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    private volatile @Nullable Consumer<byte[], byte[]> consumer;
    private volatile @Nullable Thread thread;

    /**
     * @param kafkaProperties client settings (at least {@code bootstrap.servers}); the sink sets its own
     *     group id, deserializers, offset handling and isolation level
     * @param topics the topic catalogue
     * @param config the sink's settings
     */
    public SinkService(Map<String, Object> kafkaProperties, Topics topics, SinkConfig config) {
        this.kafkaProperties = Map.copyOf(kafkaProperties);
        this.topics = topics;
        this.config = config;
    }

    /**
     * Migrates the database, starts consuming and returns once the consumer has its partitions.
     *
     * @throws SinkDatabaseException when the database cannot be opened or migrated
     * @throws IllegalStateException when the consumer fails or is not assigned within the start timeout
     */
    @Override
    public void start() {
        if (thread != null) {
            throw new IllegalStateException("the sink service was already started");
        }
        LOG.info("Starting the sink on {} and {}: {}", topics.clean(), topics.events(), config);
        Database database = Database.open(config.jdbcUrl());
        Thread consumerThread = new Thread(() -> run(database), "eventwire-sink");
        thread = consumerThread;
        consumerThread.start();
        awaitReady();
    }

    /** Stops consuming, finishing the batch in hand unless it is waiting to retry, and closes the clients. */
    @Override
    public void close() {
        stopRequested.countDown();
        Consumer<byte[], byte[]> running = consumer;
        if (running != null) {
            running.wakeup();
        }
        Thread consumerThread = thread;
        if (consumerThread != null && consumerThread != Thread.currentThread()) {
            try {
                consumerThread.join(CLOSE_TIMEOUT.toMillis());
                if (consumerThread.isAlive()) {
                    LOG.warn("The sink's consumer thread did not stop within {} (a database call may hang); "
                            + "interrupting it", CLOSE_TIMEOUT);
                    consumerThread.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warn("Interrupted while waiting for the sink's consumer thread to stop");
            }
        }
    }

    /** What the service has done so far. */
    public SinkCounters counters() {
        return counters.snapshot();
    }

    /** The error that stopped the service, if one did. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** True between a successful start and a stop or failure. */
    public boolean isRunning() {
        Thread consumerThread = thread;
        return consumerThread != null && consumerThread.isAlive() && stopRequested.getCount() > 0
                && failure.get() == null;
    }

    private void awaitReady() {
        try {
            if (!ready.await(config.startTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IllegalStateException("the sink's consumer got no partition assignment within "
                        + config.startTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while starting the sink", e);
        }
        Throwable failed = failure.get();
        if (failed != null) {
            close();
            throw new IllegalStateException("the sink failed to start: " + failed.getMessage(), failed);
        }
    }

    private void run(Database database) {
        try (SinkStore store = new SinkStore(database);
                Producer<String, DeadLetter> producer = deadLetterProducer();
                Consumer<byte[], byte[]> kafka = consumer()) {
            consumer = kafka;
            new Loop(kafka, store, new DeadLetters(producer, topics, Clock.systemUTC())).run();
        } catch (RuntimeException e) {
            failure.set(e);
            LOG.error("The sink stopped on an error: {}", e.getMessage(), e);
        } finally {
            ready.countDown();
        }
    }

    private boolean stopping() {
        return stopRequested.getCount() == 0;
    }

    private Consumer<byte[], byte[]> consumer() {
        Map<String, Object> properties = new HashMap<>(kafkaProperties);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private Producer<String, DeadLetter> deadLetterProducer() {
        Map<String, Object> properties = new HashMap<>(kafkaProperties);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(properties, topics.deadLetters().keySerde().serializer(),
                topics.deadLetters().valueSerde().serializer());
    }

    /** The poll loop, on the consumer thread. */
    private final class Loop implements ConsumerRebalanceListener {

        private final Consumer<byte[], byte[]> kafka;
        private final SinkStore store;
        private final DeadLetters deadLetters;
        private final RecordDecoder decoder = new RecordDecoder(topics);
        private Map<TopicPartition, OffsetAndMetadata> committed = Map.of();

        Loop(Consumer<byte[], byte[]> kafka, SinkStore store, DeadLetters deadLetters) {
            this.kafka = kafka;
            this.store = store;
            this.deadLetters = deadLetters;
        }

        void run() {
            kafka.subscribe(List.of(topics.clean().name(), topics.events().name()), this);
            try {
                while (!stopping()) {
                    ConsumerRecords<byte[], byte[]> records = kafka.poll(config.pollTimeout());
                    ready.countDown();
                    if (!records.isEmpty() && !process(records)) {
                        return;
                    }
                    commitPositionsIfMoved();
                }
            } catch (WakeupException e) {
                if (!stopping()) {
                    throw e;
                }
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.info("The sink consumes {}", partitions);
            ready.countDown();
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            LOG.info("The sink releases {}", partitions);
        }

        /** Dead-letters, stores and counts one poll; false when stopped while waiting to retry. */
        private boolean process(ConsumerRecords<byte[], byte[]> records) {
            RecordDecoder.Decoded decoded = decoder.decode(records);
            deadLetters.publish(decoded.rejected());
            Optional<StoreResult> stored = storeWithRetries(decoded.batch(), offsetsOf(records));
            stored.ifPresent(result -> counters.add(records.count(), result, decoded.rejected().size()));
            return stored.isPresent();
        }

        private Optional<StoreResult> storeWithRetries(SinkBatch batch, String offsets) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return Optional.of(store.store(batch));
                } catch (SinkDatabaseException e) {
                    if (attempt >= config.maxStoreAttempts()) {
                        throw new SinkDatabaseException("gave up storing " + batch + " from " + offsets + " after "
                                + attempt + " attempt(s)", e);
                    }
                    Duration backoff = config.backoffAfter(attempt);
                    LOG.warn("Storing {} from {} failed (attempt {} of {}), retrying in {} ms: {}", batch, offsets,
                            attempt, config.maxStoreAttempts(), backoff.toMillis(), rootMessage(e));
                    if (stopRequestedWithin(backoff)) {
                        LOG.info("The sink stops before storing {} from {}; it is read again on restart", batch, offsets);
                        return Optional.empty();
                    }
                }
            }
        }

        /** Commits the consumer's positions when they moved, also past transaction markers. */
        private void commitPositionsIfMoved() {
            Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
            for (TopicPartition partition : kafka.assignment()) {
                positions.put(partition, new OffsetAndMetadata(kafka.position(partition)));
            }
            if (positions.equals(committed)) {
                return;
            }
            try {
                kafka.commitSync(positions);
                committed = positions;
            } catch (RebalanceInProgressException | CommitFailedException e) {
                LOG.warn("Could not commit {} during a rebalance; the new owner re-reads those records, which the"
                        + " upserts make harmless: {}", positions, e.getMessage());
                committed = Map.of();
            }
        }

        private boolean stopRequestedWithin(Duration wait) {
            try {
                return stopRequested.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
    }

    /** {@code topic-partition@first..last} of each partition in {@code records}, for logs. */
    private static String offsetsOf(ConsumerRecords<byte[], byte[]> records) {
        return records.partitions().stream()
                .map(partition -> {
                    var inPartition = records.records(partition);
                    return partition + "@" + inPartition.get(0).offset() + ".."
                            + inPartition.get(inPartition.size() - 1).offset();
                })
                .collect(Collectors.joining(", "));
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
