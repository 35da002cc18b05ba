package io.eventwire.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality regression over the probe corpora in eval/probe: articles about other conflicts, outlets and
 * spellings than the seeds, annotated by hand before the system was run on them. Each corpus folder
 * holds its articles, {@code manifest.json}, {@code gold.json} and {@code floors.json}, the scores it
 * must keep (set from a measured run, a little below it). A drop below any floor fails the build.
 */
class ProbeCorporaEvalIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PROBES = Path.of("..", "eval", "probe");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyProbeCorpusKeepsItsFloors() throws IOException {
        List<Path> corpora;
        try (Stream<Path> folders = Files.list(PROBES)) {
            corpora = folders.filter(folder -> Files.isRegularFile(folder.resolve("floors.json"))).sorted().toList();
        }
        assertThat(corpora).as("probe corpora with floors.json under %s", PROBES).isNotEmpty();
        return corpora.stream().map(corpus -> DynamicTest.dynamicTest(corpus.getFileName().toString(),
                () -> keepsItsFloors(corpus)));
    }

    private void keepsItsFloors(Path corpus) throws IOException {
        JsonNode floors = JSON.readTree(corpus.resolve("floors.json").toFile());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"eval", "--gold", corpus.resolve("gold.json").toString(), "--json",
            "--no-progress", "--db", work.resolve(corpus.getFileName() + ".db").toString(), corpus.toString()},
                Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        JsonNode strict = JSON.readTree(out.toString()).get(0);
        assertThat(strict.get("mode").asText()).isEqualTo("strict");
        assertThat(strict.get("precision").asDouble()).as("precision in " + out)
                .isGreaterThanOrEqualTo(floors.get("precision").asDouble());
        assertThat(strict.get("recall").asDouble()).as("recall in " + out)
                .isGreaterThanOrEqualTo(floors.get("recall").asDouble());
        assertThat(strict.get("f1").asDouble()).as("F1 counting duplicates in " + out)
                .isGreaterThanOrEqualTo(floors.get("f1").asDouble());
        assertThat(strict.get("duplicates").asInt()).as("duplicates in " + out)
                .isLessThanOrEqualTo(floors.get("max_duplicates").asInt());
        assertThat(strict.get("sourceRecall").asDouble()).as("source recall in " + out)
                .isGreaterThanOrEqualTo(floors.get("source_recall").asDouble());
    }
}
