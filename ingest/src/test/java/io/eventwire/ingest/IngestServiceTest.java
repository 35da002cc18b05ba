package io.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventwire.schemas.Topics;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestServiceTest {

    private final IngestService ingest =
            new IngestService(Map.of("bootstrap.servers", "localhost:1"), Topics.local(), IngestConfig.defaults());

    @Test
    void refusesToIngestBeforeItIsStarted() {
        assertThatThrownBy(() -> ingest.ingest(Path.of(".")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the ingest service is not running: call start() first, and not after close()");
    }

    @Test
    void refusesToStartOnceClosed() {
        ingest.close();

        assertThatThrownBy(ingest::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the ingest service is closed");
    }
}
