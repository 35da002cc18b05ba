package io.eventwire.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventwire.runner.internal.ConfigSources;
import io.eventwire.runner.internal.DurationConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConfigSourcesTest {

    @Test
    void flagsWinOverTheEnvironmentWhichWinsOverTheFile() {
        Properties file = new Properties();
        file.setProperty("partitions", "3");
        file.setProperty("replication-factor", "2");
        file.setProperty("max-article-bytes", "100");
        ConfigSources sources = new ConfigSources(Map.of("EVENTWIRE_REPLICATION_FACTOR", "3",
                "EVENTWIRE_MAX_ARTICLE_BYTES", "200"), file);
        ConfigOptions options = parse(sources, "--max-article-bytes", "300");

        EventwireConfig config = options.toConfig(sources);

        assertThat(config.partitions()).isEqualTo(3);
        assertThat(config.replicationFactor()).isEqualTo((short) 3);
        assertThat(config.maxArticleBytes()).isEqualTo(300);
    }

    @Test
    void retentionsDefaultToSevenAndThirtyDaysAndTakeDurations() {
        ConfigSources sources = new ConfigSources(Map.of("EVENTWIRE_RESOLUTION_RETENTION", "2d"), new Properties());

        EventwireConfig defaults = parse(sources).toConfig(sources);
        EventwireConfig set = parse(sources, "--dedup-retention", "12h").toConfig(sources);

        assertThat(defaults.dedupRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.resolutionRetention()).isEqualTo(Duration.ofDays(2));
        assertThat(set.dedupRetention()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void refusesAResolutionRetentionUnderAnHour() {
        ConfigSources sources = new ConfigSources(Map.of(), new Properties());
        ConfigOptions options = parse(sources, "--resolution-retention", "10m");

        EventwireConfig.ConfigException problem =
                assertThrows(EventwireConfig.ConfigException.class, () -> options.toConfig(sources));
        assertThat(problem.getMessage()).contains("--resolution-retention must be at least 1h");
    }

    @Test
    void kafkaPropertiesComeFromEnvironmentFileAndFlags() {
        Properties file = new Properties();
        file.setProperty("kafka.sasl.mechanism", "PLAIN");
        file.setProperty("kafka.security.protocol", "SSL");
        ConfigSources sources = new ConfigSources(Map.of("EVENTWIRE_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"), file);
        ConfigOptions options = parse(sources, "--kafka", "client.id=desk-7");

        assertThat(options.toConfig(sources).kafka()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "sasl.mechanism", "PLAIN", "security.protocol", "SASL_SSL", "client.id", "desk-7"));
    }

    @Test
    void describesTheConfigurationWithSecretsMasked() {
        ConfigSources sources = new ConfigSources(Map.of(), new Properties());
        ConfigOptions options = parse(sources, "--jdbc-url", "jdbc:postgresql://db/e?user=u&password=hunter2",
                "--kafka", "sasl.jaas.config=secret-stuff", "--schema-registry-user-info", "u:p",
                "--schema-registry-url", "http://registry:8081");

        String described = options.toConfig(sources).describe();

        assertThat(described).contains("password=****", "kafka.sasl.jaas.config=****", "schema-registry-user-info=****")
                .doesNotContain("hunter2", "secret-stuff", "u:p");
    }

    @Test
    void theDatabaseDefaultsToAnSqliteFile() {
        ConfigSources sources = new ConfigSources(Map.of(), new Properties());

        EventwireConfig config = parse(sources, "--db", "out/x.db").toConfig(sources);

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("out/x.db").toAbsolutePath());
        assertThat(config.schemaRegistryUrl()).isNull();
    }

    @Test
    void refusesAPassThroughBootstrapProperty() {
        ConfigSources sources = new ConfigSources(Map.of(), new Properties());
        ConfigOptions options = parse(sources, "--kafka", "bootstrap.servers=x:9092");

        assertThatThrownBy(() -> options.toConfig(sources)).hasMessageContaining("--bootstrap-servers");
    }

    @Test
    void refusesANonHttpRegistry() {
        ConfigSources sources = new ConfigSources(Map.of(), new Properties());
        ConfigOptions options = parse(sources, "--schema-registry-url", "ftp://x");

        assertThatThrownBy(() -> options.toConfig(sources)).hasMessageContaining("must be an http(s) URL");
    }

    @Test
    void readsDurationsWithUnits() {
        DurationConverter converter = new DurationConverter();

        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(converter.convert("PT2H")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> converter.convert("10 parsecs")).hasMessageContaining("not a duration");
    }

    private static ConfigOptions parse(ConfigSources sources, String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).setDefaultValueProvider(sources).parseArgs(args);
        return holder.options;
    }

    @CommandLine.Command(name = "test")
    static final class Holder {
        @CommandLine.Mixin
        ConfigOptions options;
    }
}
