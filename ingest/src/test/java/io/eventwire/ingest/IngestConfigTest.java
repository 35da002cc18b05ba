package io.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void defaultsToTenMebibyteArticlesAnd64KibibytePayloads() {
        IngestConfig config = IngestConfig.defaults();

        assertThat(config.maxArticleBytes()).isEqualTo(10_485_760L);
        assertThat(config.deadLetterPayloadBytes()).isEqualTo(65_536);
        assertThat(config.showProgress()).isFalse();
        assertThat(config.watchPollInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void namesEveryInvalidSettingAtOnce() {
        assertThatThrownBy(() -> new IngestConfig(0, -1, true, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid ingest config: maxArticleBytes must be between 1 and 536870912, was 0;"
                        + " deadLetterPayloadBytes must be between 0 and 524288, was -1;"
                        + " watchPollInterval must be a positive duration, was PT0S");
    }

    @Test
    void rejectsAMissingPollInterval() {
        assertThatThrownBy(() -> new IngestConfig(1, 0, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid ingest config: watchPollInterval must be a positive duration, was null");
    }

    @Test
    void changesOneSettingAtATime() {
        IngestConfig config = IngestConfig.defaults().withShowProgress(true).withMaxArticleBytes(100);

        assertThat(config).isEqualTo(new IngestConfig(100, 65_536, true, Duration.ofSeconds(1)));
    }
}
