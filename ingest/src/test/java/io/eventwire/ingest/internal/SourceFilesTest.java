package io.eventwire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

    @TempDir
    Path dir;

    @Test
    void listsFilesByRelativeNameWithoutTheManifestAndHiddenFiles() throws IOException {
        for (String name : new String[] {"b.txt", "a/z.json", "a/y/x.html", "manifest.json", "a/manifest.json",
                ".hidden.txt", ".git/config"}) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }

        assertThat(SourceFiles.list(dir).stream().map(file -> SourceFiles.relativeName(dir, file)))
                .containsExactly("a/manifest.json", "a/y/x.html", "a/z.json", "b.txt");
    }
}
