package io.eventwire.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file's size and modification time, which watch mode compares to tell new and changed files.
 *
 * @param size size in bytes, -1 when the attributes could not be read
 * @param modifiedMillis last modification, epoch milliseconds
 */
public record FileStamp(long size, long modifiedMillis) {

    /** The stamp of a file whose attributes cannot be read; the reader will dead-letter it as unreadable. */
    public static final FileStamp UNREADABLE = new FileStamp(-1, 0);

    private static final Logger LOG = LoggerFactory.getLogger(FileStamp.class);

    /** The stamps of {@code files}, in order; files that vanished meanwhile are left out. */
    public static Map<Path, FileStamp> of(List<Path> files) {
        Map<Path, FileStamp> stamps = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.put(file, new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
            } catch (NoSuchFileException e) {
                LOG.debug("{} vanished during the scan", file);
            } catch (IOException e) {
                LOG.debug("cannot read the attributes of {}; the reader will report it: {}", file, e.toString());
                stamps.put(file, UNREADABLE);
            }
        }
        return stamps;
    }
}
