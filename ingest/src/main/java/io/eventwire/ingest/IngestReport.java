package io.eventwire.ingest;

import io.eventwire.schema.RejectReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one ingest run did: every file it considered was either published as a raw article or
 * rejected to the dead-letter topic, so {@code filesSeen == published + rejections.size()}.
 * Immutable and thread safe.
 *
 * @param filesSeen files considered (the manifest and hidden files are not counted)
 * @param published raw articles published and acknowledged
 * @param rejections the rejected files, in the order they were read
 */
public record IngestReport(int filesSeen, int published, List<Rejection> rejections) {

    /** A report of a run that saw nothing. */
    public static final IngestReport EMPTY = new IngestReport(0, 0, List.of());

    public IngestReport {
        rejections = List.copyOf(rejections);
    }

    /** How many files were rejected. */
    public int rejected() {
        return rejections.size();
    }

    /** This report and {@code other} added together, rejections in order. */
    public IngestReport plus(IngestReport other) {
        List<Rejection> all = new ArrayList<>(rejections);
        all.addAll(other.rejections);
        return new IngestReport(filesSeen + other.filesSeen, published + other.published, all);
    }

    /**
     * One rejected file, also published as a dead letter.
     *
     * @param path the file
     * @param reasonCode why it was rejected
     * @param reason the human-readable reason, as in the dead letter
     */
    public record Rejection(Path path, RejectReason reasonCode, String reason) {
    }
}
