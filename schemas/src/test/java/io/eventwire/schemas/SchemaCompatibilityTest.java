package io.eventwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {

    private static final Path RELEASED = Path.of("released");

    @Test
    void everyShippedSchemaReadsAndIsReadByEveryReleasedVersion() throws IOException {
        List<Path> releases = releases();
        assertThat(releases).as("released versions under %s", RELEASED.toAbsolutePath()).isNotEmpty();
        for (Path release : releases) {
            Schema.Parser parser = new Schema.Parser();
            parser.parse(release.resolve("common.avsc").toFile());
            for (Schema current : PinnedSchemaIds.SHIPPED) {
                Path file = release.resolve(current.getName() + ".avsc");
                if (!Files.exists(file)) {
                    continue; // a schema added after this release
                }
                Schema old = parser.parse(file.toFile());
                assertThat(compatibility(current, old))
                        .as("backward: current %s reads release %s", current.getName(), release.getFileName())
                        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
                assertThat(compatibility(old, current))
                        .as("forward: release %s reads current %s", release.getFileName(), current.getName())
                        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
            }
        }
    }

    @Test
    void everyFieldHasADocAndEveryEnumADefault() {
        List<String> problems = new ArrayList<>();
        for (Schema schema : PinnedSchemaIds.SHIPPED) {
            collectProblems(schema, problems, new ArrayList<>());
        }
        assertThat(problems).isEmpty();
    }

    private static void collectProblems(Schema schema, List<String> problems, List<String> seen) {
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.contains(schema.getFullName())) {
                    return;
                }
                seen.add(schema.getFullName());
                for (Schema.Field field : schema.getFields()) {
                    if (field.doc() == null || field.doc().isBlank()) {
                        problems.add(schema.getName() + "." + field.name() + " has no doc");
                    }
                    collectProblems(field.schema(), problems, seen);
                }
            }
            case ENUM -> {
                if (schema.getEnumDefault() == null) {
                    problems.add("enum " + schema.getName() + " has no default");
                }
            }
            case UNION -> schema.getTypes().forEach(t -> collectProblems(t, problems, seen));
            case ARRAY -> collectProblems(schema.getElementType(), problems, seen);
            case MAP -> collectProblems(schema.getValueType(), problems, seen);
            default -> { }
        }
    }

    private static SchemaCompatibilityType compatibility(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType();
    }

    private static List<Path> releases() throws IOException {
        try (Stream<Path> dirs = Files.list(RELEASED)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
