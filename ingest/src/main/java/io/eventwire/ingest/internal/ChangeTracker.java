package io.eventwire.ingest.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers which files watch mode has ingested, by path, size and modification time. A file is
 * ready when it is new or changed since it was last ingested and its stamp has not changed since
 * the previous scan, so a file still being written waits for the next scan. Not thread safe: one
 * watch loop owns it.
 */
public final class ChangeTracker {

    private final Map<Path, FileStamp> previousScan = new HashMap<>();
    private final Map<Path, FileStamp> ingested = new HashMap<>();

    /**
     * Records one scan and returns its ready files, in scan order, counting them as ingested.
     * Files absent from {@code scan} are forgotten, so a file that comes back is ingested again.
     */
    public List<Path> readyFiles(Map<Path, FileStamp> scan) {
        List<Path> ready = new ArrayList<>();
        scan.forEach((file, stamp) -> {
            if (stamp.equals(previousScan.get(file)) && !stamp.equals(ingested.get(file))) {
                ready.add(file);
                ingested.put(file, stamp);
            }
        });
        previousScan.clear();
        previousScan.putAll(scan);
        ingested.keySet().retainAll(scan.keySet());
        return ready;
    }
}
