package io.eventwire.runner;

import io.eventwire.runner.internal.ServiceHost;
import io.eventwire.schemas.Topics;
import io.eventwire.sink.SinkConfig;
import io.eventwire.sink.SinkCounters;
import io.eventwire.sink.SinkService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code eventwire sink}: the database sink on its own, until stopped. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Stores articles.clean and events.conflict (read_committed) into SQLite or PostgreSQL until stopped.")
final class SinkCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        EventwireConfig config = options.toConfig(main.sources());
        Map<String, Object> kafka = CommandSupport.kafka(config);
        Topics topics = CommandSupport.topicsReady(config, kafka);
        SinkService service = new SinkService(kafka, topics, SinkConfig.defaults(config.jdbcUrl()));
        ServiceHost.Health health = options.healthPort == null ? null
                : new ServiceHost.Health(options.healthPort, service::isRunning, () -> counters(service.counters()));
        return ServiceHost.runUntilStopped("sink", service, service::failure, health);
    }

    private static Map<String, Number> counters(SinkCounters counters) {
        Map<String, Number> named = new LinkedHashMap<>();
        named.put("recordsConsumed", counters.recordsConsumed());
        named.put("articlesStored", counters.articlesStored());
        named.put("eventsApplied", counters.eventsApplied());
        named.put("staleEventVersionsSkipped", counters.staleEventVersionsSkipped());
        named.put("tombstones", counters.tombstones());
        named.put("deadLettered", counters.deadLettered());
        return named;
    }
}
