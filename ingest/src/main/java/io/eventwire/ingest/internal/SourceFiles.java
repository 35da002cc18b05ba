package io.eventwire.ingest.internal;

import io.eventwire.ingest.IngestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files an ingest run reads under a directory: regular files at any depth, sorted by their
 * relative name, without the directory's {@code manifest.json} and without hidden files or
 * directories (a name starting with {@code .}). Symbolic links to directories are not followed.
 * Stateless.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** The files under {@code root}, in a deterministic order; throws {@link IngestException} when the tree cannot be listed. */
    public static List<Path> list(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            return tree.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(root, file))
                    .filter(file -> !file.equals(root.resolve(Manifest.FILE_NAME)))
                    .sorted(Comparator.comparing(file -> relativeName(root, file)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException("cannot list the files under " + root + ": " + e.getMessage(), e);
        }
    }

    /** The name of {@code file} relative to {@code root}, with {@code /} separators as in the manifest. */
    public static String relativeName(Path root, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : root.relativize(file)) {
            name.append(name.length() == 0 ? "" : "/").append(part);
        }
        return name.toString();
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
