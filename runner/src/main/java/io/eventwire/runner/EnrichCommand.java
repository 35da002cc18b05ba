package io.eventwire.runner;

import io.eventwire.enrich.EnrichConfig;
import io.eventwire.enrich.EnrichCounters;
import io.eventwire.enrich.EnrichService;
import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.enrich.extract.EventExtractor;
import io.eventwire.runner.internal.ServiceHost;
import io.eventwire.schemas.Topics;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code eventwire enrich}: the Kafka Streams service on its own, until stopped. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Runs the enrich Kafka Streams application (articles.raw to articles.clean, events.mentions,"
                + " events.conflict; failures to articles.dlq) until stopped.")
final class EnrichCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    ConfigOptions options;

    @Option(names = "--application-id", defaultValue = EnrichConfig.DEFAULT_APPLICATION_ID, paramLabel = "ID",
            description = "Kafka Streams application id; instances with the same id share the work (default: ${DEFAULT-VALUE}).")
    String applicationId = EnrichConfig.DEFAULT_APPLICATION_ID;

    @Option(names = "--stream-threads", defaultValue = "1", paramLabel = "N",
            description = "Stream threads in this instance (default: ${DEFAULT-VALUE}).")
    int streamThreads = 1;

    @Override
    public Integer call() {
        EventwireConfig config = options.toConfig(main.sources());
        Map<String, Object> kafka = CommandSupport.kafka(config);
        Topics topics = CommandSupport.topicsReady(config, kafka);
        EnrichConfig enrichConfig = new EnrichConfig(applicationId, config.stateDir(), streamThreads,
                config.replicationFactor(), config.dedupRetention(),
                config.resolutionRetention(), Duration.ofMinutes(2));
        EnrichService service = new EnrichService(kafka, topics, ArticleCleaner.standard(), EventExtractor.standard(), enrichConfig);
        ServiceHost.Health health = options.healthPort == null ? null
                : new ServiceHost.Health(options.healthPort, () -> isHealthy(service.state()), () -> counters(service));
        return ServiceHost.runUntilStopped("enrich", service, service::failure, health);
    }

    private static boolean isHealthy(KafkaStreams.State state) {
        return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
    }

    private static Map<String, Number> counters(EnrichService service) {
        EnrichCounters.Snapshot counters = service.counters();
        Map<String, Number> named = new LinkedHashMap<>();
        named.put("articlesCleaned", counters.articlesCleaned());
        named.put("repeatedParagraphsRemoved", counters.repeatedParagraphsRemoved());
        named.put("duplicatesSuppressed", counters.duplicatesSuppressed());
        named.put("nearDuplicatesMarked", counters.nearDuplicatesMarked());
        named.put("mentionsExtracted", counters.mentionsExtracted());
        named.put("eventVersionsPublished", counters.eventVersionsPublished());
        named.put("eventsMerged", counters.eventsMerged());
        named.put("deadLettered", counters.deadLettered());
        return named;
    }
}
