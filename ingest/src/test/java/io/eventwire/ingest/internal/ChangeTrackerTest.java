package io.eventwire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeTrackerTest {

    private static final Path A = Path.of("/in/a.txt");
    private static final Path B = Path.of("/in/b.txt");

    private final ChangeTracker tracker = new ChangeTracker();

    @Test
    void ingestsAFileOnceItHeldStillForOneScan() {
        assertThat(tracker.readyFiles(Map.of(A, new FileStamp(10, 1)))).isEmpty();
        assertThat(tracker.readyFiles(Map.of(A, new FileStamp(10, 1)))).containsExactly(A);
        assertThat(tracker.readyFiles(Map.of(A, new FileStamp(10, 1)))).isEmpty();
    }

    @Test
    void waitsWhileAFileIsStillBeingWritten() {
        tracker.readyFiles(Map.of(A, new FileStamp(10, 1)));

        assertThat(tracker.readyFiles(Map.of(A, new FileStamp(20, 2)))).isEmpty();
        assertThat(tracker.readyFiles(Map.of(A, new FileStamp(20, 2)))).containsExactly(A);
    }

    @Test
    void ingestsAChangedFileAgain() {
        tracker.readyFiles(Map.of(A, new FileStamp(10, 1)));
        tracker.readyFiles(Map.of(A, new FileStamp(10, 1)));

        tracker.readyFiles(Map.of(A, new FileStamp(12, 3)));

        assertThat(tracker.readyFiles(Map.of(A, new FileStamp(12, 3)))).containsExactly(A);
    }

    @Test
    void ingestsAFileThatCameBackAfterItWasRemoved() {
        tracker.readyFiles(Map.of(A, new FileStamp(10, 1)));
        tracker.readyFiles(Map.of(A, new FileStamp(10, 1)));
        tracker.readyFiles(Map.of(B, new FileStamp(5, 1)));
        tracker.readyFiles(Map.of(A, new FileStamp(10, 1)));

        assertThat(tracker.readyFiles(Map.of(A, new FileStamp(10, 1)))).containsExactly(A);
    }
}
