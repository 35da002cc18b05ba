package io.eventwire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsFilesDoneAndBytesRead() {
        assertThat(ProgressBar.render(120, 400, 3_100_000))
                .isEqualTo("[========>                     ] 120/400 files, 3.1 MB");
        assertThat(ProgressBar.render(400, 400, 999))
                .isEqualTo("[==============================] 400/400 files, 999 B");
        assertThat(ProgressBar.render(0, 400, 0))
                .isEqualTo("[                              ] 0/400 files, 0 B");
    }

    @Test
    void redrawsAtMostTenTimesASecondAndAlwaysAtTheEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicLong nanos = new AtomicLong();
        try (ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), 4, true, nanos::get)) {
            bar.advance(1_000);
            nanos.addAndGet(50_000_000);
            bar.advance(1_000);
            nanos.addAndGet(60_000_000);
            bar.advance(1_000);
            bar.advance(1_500);
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\r[======>                       ] 1/4 files, 1.0 kB"
                        + "\r[=====================>        ] 3/4 files, 3.0 kB"
                        + "\r[==============================] 4/4 files, 4.5 kB"
                        + System.lineSeparator());
    }

    @Test
    void drawsNothingWhenHidden() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), 2, false, () -> 0L)) {
            bar.advance(10);
            bar.advance(10);
        }

        assertThat(out.size()).isZero();
    }
}
