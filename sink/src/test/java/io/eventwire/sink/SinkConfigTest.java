package io.eventwire.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SinkConfigTest {

    @Test
    void defaultsToTheEventwireSinkGroup() {
        SinkConfig config = SinkConfig.defaults("jdbc:sqlite:eventwire.db");

        assertThat(config.groupId()).isEqualTo("eventwire-sink");
        assertThat(config.maxPollRecords()).isEqualTo(500);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> new SinkConfig("jdbc:h2:mem:x", " ", 0, Duration.ZERO, 0, Duration.ofMillis(-1),
                Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported JDBC URL 'jdbc:h2:mem:x'")
                .hasMessageContaining("groupId must not be blank")
                .hasMessageContaining("maxPollRecords must be at least 1, was 0")
                .hasMessageContaining("pollTimeout must be positive, was PT0S")
                .hasMessageContaining("maxStoreAttempts must be at least 1, was 0")
                .hasMessageContaining("retryBackoff must be zero or positive, was PT-0.001S");
    }

    @Test
    void masksTheDatabasePasswordWhenPrinted() {
        SinkConfig config = SinkConfig.defaults("jdbc:postgresql://db/eventwire?user=sink&password=hunter2");

        assertThat(config.toString())
                .contains("jdbc:postgresql://db/eventwire?user=sink&password=***")
                .doesNotContain("hunter2");
    }

    @Test
    void doublesTheBackoffAfterEachFailedAttemptUpToTheCap() {
        SinkConfig config = SinkConfig.defaults("jdbc:sqlite:eventwire.db").withRetries(40, Duration.ofMillis(500));

        assertThat(config.backoffAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(config.backoffAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.backoffAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.backoffAfter(39)).isEqualTo(SinkConfig.MAX_BACKOFF);
    }
}
