package io.eventwire.runner;

import io.eventwire.runner.internal.ConfigSources;
import io.eventwire.runner.internal.DurationConverter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every command shares; turned into an {@link EventwireConfig} once per command. */
final class ConfigOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...",
            description = "Kafka bootstrap servers. `run` starts an embedded single-node broker when unset.")
    @Nullable String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Schema registry speaking the Confluent REST API. Unset: schema ids pinned in the build.")
    @Nullable URI schemaRegistryUrl;

    @Option(names = "--schema-registry-user-info", paramLabel = "USER:PASSWORD",
            description = "Basic-auth credentials for the schema registry.")
    @Nullable String schemaRegistryUserInfo;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "Database: jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB?user=...&password=...")
    @Nullable String jdbcUrl;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "eventwire.db",
            description = "SQLite database file, when no --jdbc-url is given (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("eventwire.db");

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Kafka Streams state directory (default: a folder under the system temp dir).")
    @Nullable Path stateDir;

    @Option(names = "--partitions", defaultValue = "1", paramLabel = "N",
            description = "Partitions of the topics Eventwire creates (default: ${DEFAULT-VALUE}).")
    int partitions = 1;

    @Option(names = "--replication-factor", defaultValue = "1", paramLabel = "N",
            description = "Replication factor of the topics Eventwire creates (default: ${DEFAULT-VALUE}).")
    short replicationFactor = 1;

    @Option(names = "--max-article-bytes", defaultValue = "10485760", paramLabel = "BYTES",
            description = "Largest article file accepted; larger ones go to the dead-letter topic (default: ${DEFAULT-VALUE}).")
    long maxArticleBytes = 10_485_760;

    @Option(names = "--drain-timeout", defaultValue = "10m", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long `run` waits for the pipeline to process everything (default: ${DEFAULT-VALUE}).")
    Duration drainTimeout = Duration.ofMinutes(10);

    @Option(names = "--dedup-retention", defaultValue = "7d", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "enrich: how long articles are remembered to drop exact duplicates and mark near-duplicates"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration dedupRetention = Duration.ofDays(7);

    @Option(names = "--resolution-retention", defaultValue = "30d", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "enrich: how long an event no new report changed is remembered for later reports to join"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration resolutionRetention = Duration.ofDays(30);

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Option(names = "--health-port", paramLabel = "PORT",
            description = "ingest --watch, enrich and sink: serve GET /health (200 UP or 503 DOWN) and /metrics"
                    + " (Prometheus text) on this port. Off when unset.")
    @Nullable Integer healthPort;

    @Option(names = "--kafka", paramLabel = "KEY=VALUE",
            description = "Any Kafka client property, passed through as is (repeatable), e.g. --kafka security.protocol=SASL_SSL.")
    Map<String, String> kafka = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file of defaults: option names as keys (jdbc-url=...), kafka.* for client properties.")
    @Nullable Path config;

    /** Parses and validates the effective configuration. */
    EventwireConfig toConfig(ConfigSources sources) {
        if (jdbcUrl != null && !db.equals(Path.of("eventwire.db"))) {
            throw new EventwireConfig.ConfigException(List.of("give either --jdbc-url or --db, not both"));
        }
        return new EventwireConfig(
                bootstrapServers,
                schemaRegistryUrl,
                schemaRegistryUserInfo,
                jdbcUrl != null ? jdbcUrl : EventwireConfig.sqliteUrl(db),
                stateDir != null ? stateDir : Path.of(System.getProperty("java.io.tmpdir"), "eventwire-state"),
                partitions,
                replicationFactor,
                maxArticleBytes,
                drainTimeout,
                dedupRetention,
                resolutionRetention,
                !noProgress,
                sources.kafkaProperties(kafka));
    }
}
