package io.eventwire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventwire.ingest.IngestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void givesEachListedFileItsFields() {
        Manifest manifest = Manifest.parse("""
                [
                  {"file": "a.txt", "published": "2019-08-20", "outlet": null, "url": null, "language": "en"},
                  {"file": "sub/b.txt", "published": "2018-01-11T10:15:00+01:00", "outlet": "Wire", "url": "https://example.org/b"}
                ]
                """, "test");

        assertThat(manifest.fieldsFor("a.txt")).isEqualTo(new FeedFields(null, null, "2019-08-20", null, null, "en", null));
        assertThat(manifest.fieldsFor("sub/b.txt")).isEqualTo(
                new FeedFields(null, null, "2018-01-11T10:15:00+01:00", "Wire", "https://example.org/b", null, null));
        assertThat(manifest.fieldsFor("c.txt")).isEqualTo(FeedFields.NONE);
    }

    @Test
    void isEmptyWhenTheDirectoryHasNone() {
        assertThat(Manifest.load(dir)).isSameAs(Manifest.EMPTY);
    }

    @Test
    void loadsTheManifestOfADirectory() throws IOException {
        Files.writeString(dir.resolve(Manifest.FILE_NAME), "[{\"file\": \"a.txt\", \"outlet\": \"Wire\"}]");

        assertThat(Manifest.load(dir).fieldsFor("a.txt").outlet()).isEqualTo("Wire");
    }

    @Test
    void failsTheRunWhenTheManifestIsNotJson() throws IOException {
        Files.writeString(dir.resolve(Manifest.FILE_NAME), "[{\"file\": ");

        assertThatThrownBy(() -> Manifest.load(dir))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("malformed manifest " + dir.resolve(Manifest.FILE_NAME) + ": not valid JSON at line 1");
    }

    @Test
    void failsTheRunWhenTheManifestIsNotAnArray() {
        assertThatThrownBy(() -> Manifest.parse("{\"file\": \"a.txt\"}", "m.json"))
                .isInstanceOf(IngestException.class)
                .hasMessage("malformed manifest m.json: expected a JSON array of entries");
    }

    @Test
    void namesEveryBadEntryAtOnce() {
        String json = """
                [
                  {"file": "a.txt", "published": "yesterday"},
                  {"published": "2020-01-01"},
                  {"file": "b.txt", "outlet": 7},
                  {"file": "a.txt"},
                  "c.txt"
                ]
                """;

        assertThatThrownBy(() -> Manifest.parse(json, "m.json"))
                .isInstanceOf(IngestException.class)
                .hasMessage("malformed manifest m.json: entry 1 (a.txt): \"published\" 'yesterday' is not an ISO-8601"
                        + " date or date-time; entry 2 has no \"file\" name; entry 3 (b.txt): \"outlet\" must be a string"
                        + " or null; entry 5 is not an object");
    }

    @Test
    void rejectsAFileListedTwice() {
        String json = "[{\"file\": \"a.txt\"}, {\"file\": \"a.txt\"}]";

        assertThatThrownBy(() -> Manifest.parse(json, "m.json"))
                .isInstanceOf(IngestException.class)
                .hasMessage("malformed manifest m.json: entry 2 (a.txt) lists the file a second time");
    }

    @Test
    void tellsWhichListedFilesAreMissing() {
        Manifest manifest = Manifest.parse("[{\"file\": \"a.txt\"}, {\"file\": \"b.txt\"}]", "m.json");

        assertThat(manifest.filesMissingFrom(List.of("a.txt", "c.txt"))).containsExactly("b.txt");
    }
}
