package io.eventwire.runner;

import io.eventwire.schemas.PinnedSchemaIds;
import io.eventwire.schemas.RegistrySchemaIds;
import io.eventwire.schemas.SchemaIds;
import io.eventwire.schemas.TopicNames;
import io.eventwire.schemas.Topics;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Eventwire's effective configuration, parsed once from flags, {@code EVENTWIRE_*} environment
 * variables and a properties file (in that order of precedence) and validated as a whole: every
 * problem is reported at once, and no bad value falls back silently to a default. Immutable.
 *
 * @param bootstrapServers Kafka bootstrap servers; null means "start an embedded broker" (run only)
 * @param schemaRegistryUrl Confluent-API schema registry; null means pinned local schema ids
 * @param schemaRegistryUserInfo {@code user:password} for the registry, or null
 * @param jdbcUrl JDBC URL of the database the sink writes and export reads
 * @param stateDir Kafka Streams state directory
 * @param partitions partitions of topics Eventwire creates
 * @param replicationFactor replication factor of topics Eventwire creates
 * @param maxArticleBytes largest article file accepted
 * @param drainTimeout how long {@code run} waits for the pipeline to drain
 * @param dedupRetention how long enrich remembers articles to drop exact and mark near-duplicates
 * @param resolutionRetention how long enrich remembers an event no new report changed
 * @param showProgress whether batch ingest draws a progress bar
 * @param kafka Kafka client properties passed through as they are (security, SASL, TLS, ...)
 */
public record EventwireConfig(
        @Nullable String bootstrapServers,
        @Nullable URI schemaRegistryUrl,
        @Nullable String schemaRegistryUserInfo,
        String jdbcUrl,
        Path stateDir,
        int partitions,
        short replicationFactor,
        long maxArticleBytes,
        Duration drainTimeout,
        Duration dedupRetention,
        Duration resolutionRetention,
        boolean showProgress,
        Map<String, String> kafka) {

    private static final List<String> SECRET_WORDS = List.of("password", "secret", "jaas", "key", "token");

    public EventwireConfig {
        kafka = Map.copyOf(kafka);
        List<String> problems = new ArrayList<>();
        if (bootstrapServers != null && bootstrapServers.isBlank()) {
            problems.add("--bootstrap-servers is blank");
        }
        if (schemaRegistryUrl != null && !List.of("http", "https").contains(String.valueOf(schemaRegistryUrl.getScheme()))) {
            problems.add("--schema-registry-url must be an http(s) URL, got " + schemaRegistryUrl);
        }
        if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:sqlite:") || jdbcUrl.startsWith("jdbc:postgresql:"))) {
            problems.add("--jdbc-url must start with jdbc:sqlite: or jdbc:postgresql:, got " + jdbcUrl);
        }
        if (partitions < 1) {
            problems.add("--partitions must be at least 1, got " + partitions);
        }
        if (replicationFactor < 1) {
            problems.add("--replication-factor must be at least 1, got " + replicationFactor);
        }
        if (maxArticleBytes < 1) {
            problems.add("--max-article-bytes must be positive, got " + maxArticleBytes);
        }
        if (drainTimeout == null || drainTimeout.isNegative() || drainTimeout.isZero()) {
            problems.add("--drain-timeout must be positive, got " + drainTimeout);
        }
        if (dedupRetention == null || dedupRetention.compareTo(Duration.ofMinutes(1)) < 0) {
            problems.add("--dedup-retention must be at least 1m, got " + dedupRetention);
        }
        if (resolutionRetention == null || resolutionRetention.compareTo(Duration.ofHours(1)) < 0) {
            problems.add("--resolution-retention must be at least 1h, got " + resolutionRetention);
        }
        if (kafka.containsKey("bootstrap.servers")) {
            problems.add("set the bootstrap servers with --bootstrap-servers, not as a pass-through Kafka property");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    /** The JDBC URL of a SQLite file. */
    public static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().normalize();
    }

    /** Client properties for every Kafka client: the bootstrap servers and the pass-through properties. */
    public Map<String, Object> kafkaProperties(String bootstrap) {
        Map<String, Object> properties = new LinkedHashMap<>(kafka);
        properties.put("bootstrap.servers", bootstrap);
        return properties;
    }

    /** The topic catalogue, with schema ids from the registry when one is configured. */
    public Topics topics() {
        SchemaIds ids = schemaRegistryUrl == null
                ? new PinnedSchemaIds()
                : new RegistrySchemaIds(schemaRegistryUrl, Optional.ofNullable(schemaRegistryUserInfo));
        return Topics.create(TopicNames.DEFAULT, ids);
    }

    /** The configuration as log-safe text, secrets masked. */
    public String describe() {
        Map<String, Object> shown = new TreeMap<>();
        shown.put("bootstrap-servers", bootstrapServers == null ? "(embedded)" : bootstrapServers);
        shown.put("schema-registry-url", schemaRegistryUrl == null ? "(local pinned ids)" : schemaRegistryUrl);
        shown.put("schema-registry-user-info", schemaRegistryUserInfo == null ? "(none)" : "****");
        shown.put("jdbc-url", maskJdbc(jdbcUrl));
        shown.put("state-dir", stateDir);
        shown.put("partitions", partitions);
        shown.put("replication-factor", replicationFactor);
        shown.put("max-article-bytes", maxArticleBytes);
        shown.put("drain-timeout", drainTimeout);
        shown.put("dedup-retention", dedupRetention);
        shown.put("resolution-retention", resolutionRetention);
        kafka.forEach((key, value) -> shown.put("kafka." + key, isSecret(key) ? "****" : value));
        return shown.toString();
    }

    private static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    private static String maskJdbc(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }

    /** Every problem found in a configuration. */
    public static final class ConfigException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        public ConfigException(List<String> problems) {
            super("invalid configuration:\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
