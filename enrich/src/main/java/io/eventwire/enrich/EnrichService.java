package io.eventwire.enrich;

import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.enrich.extract.EventExtractor;
import io.eventwire.enrich.resolve.EventResolver;
import io.eventwire.enrich.internal.DeadLetterHandler;
import io.eventwire.schemas.Service;
import io.eventwire.schemas.TopicSetup;
import io.eventwire.schemas.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link EnrichTopology} as a Kafka Streams application with exactly-once (v2) processing and
 * the dead-letter handler. A thin launcher: the data flow lives in the topology.
 */
public final class EnrichService implements Service {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    private final EnrichConfig config;
    private final EnrichCounters counters;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CountDownLatch running = new CountDownLatch(1);

    /**
     * @param kafkaProperties client properties (bootstrap servers, security, any pass-through)
     * @param topics the topic catalogue
     * @param cleaner the article cleaner
     * @param extractor the event extractor
     * @param config enrich settings
     */
    public EnrichService(Map<String, Object> kafkaProperties, Topics topics, ArticleCleaner cleaner,
            EventExtractor extractor, EnrichConfig config) {
        this.config = config;
        this.counters = new EnrichCounters();
        Topology topology = EnrichTopology.build(topics, cleaner, extractor, EventResolver.standard(),
                config.duplicateRetention(), config.resolutionRetention(), counters);
        this.streams = new KafkaStreams(topology, streamsProperties(kafkaProperties, topics, config, counters));
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("Enrich stream thread failed; stopping enrich", exception);
            failure.compareAndSet(null, exception);
            running.countDown();
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    /** The Streams properties: exactly-once v2, dead-letter handlers, and the caller's client settings. */
    static Properties streamsProperties(Map<String, Object> kafkaProperties, Topics topics, EnrichConfig config,
            EnrichCounters counters) {
        Properties props = new Properties();
        props.putAll(kafkaProperties);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replicationFactor());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        props.put(DeadLetterHandler.TOPIC_CONFIG, topics.deadLetters());
        props.put(DeadLetterHandler.COUNTERS_CONFIG, counters);
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        props.put(StreamsConfig.consumerPrefix("max.partition.fetch.bytes"), TopicSetup.DEFAULT_MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.producerPrefix("max.request.size"), TopicSetup.DEFAULT_MAX_MESSAGE_BYTES);
        return props;
    }

    @Override
    public void start() {
        streams.start();
        try {
            if (!running.await(config.startTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("enrich did not reach RUNNING within " + config.startTimeout()
                        + " (state " + streams.state() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting enrich", e);
        }
        failure().ifPresent(error -> {
            throw new IllegalStateException("enrich failed while starting: " + error.getMessage(), error);
        });
        LOG.info("Enrich running as {} with state in {}", config.applicationId(), config.stateDir());
    }

    /** What enrich has counted so far. */
    public EnrichCounters.Snapshot counters() {
        return counters.snapshot();
    }

    /** The error that stopped a stream thread, if any. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** The Streams client state, for health checks. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
