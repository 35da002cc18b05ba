package io.eventwire.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality regression test: {@code eventwire eval} over the seeds against eval/seeds.gold.json
 * must not drop below the targets of the extraction and event-resolution issues.
 */
class SeedsEvalIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void seedScoresStayAtOrAboveTheTargets() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"eval", "--gold", "../eval/seeds.gold.json", "--json", "--no-progress",
            "--db", work.resolve("eval.db").toString(), "../seeds"}, Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        JsonNode strict = JSON.readTree(out.toString()).get(0);
        assertThat(strict.get("mode").asText()).isEqualTo("strict");
        assertThat(strict.get("recall").asDouble()).as(out.toString()).isGreaterThanOrEqualTo(0.85);
        assertThat(strict.get("f1ExclDuplicates").asDouble()).as(out.toString()).isGreaterThanOrEqualTo(0.85);
        assertThat(strict.get("f1").asDouble()).as("F1 counting duplicates in " + out).isGreaterThanOrEqualTo(0.85);
        assertThat(strict.get("duplicates").asInt()).as(out.toString()).isZero();
        assertThat(strict.get("sourceRecall").asDouble()).as(out.toString()).isGreaterThanOrEqualTo(0.9);
        JsonNode attributes = strict.get("attributeAccuracy");
        for (String attribute : new String[] {"date_exact", "place_exact", "actor1", "fatalities"}) {
            assertThat(attributes.get(attribute).asDouble()).as(attribute + " in " + out)
                    .isGreaterThanOrEqualTo(0.85);
        }
    }
}
