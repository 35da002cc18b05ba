package io.eventwire.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java scorer agrees with shared/tools/score_events.py: expected-scores.json is that script's
 * --json output for predictions.jsonl against eval/seeds.gold.json.
 */
class EventScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void agreesWithTheSharedScorerOnEveryFigure() throws IOException {
        JsonNode gold = JSON.readTree(Path.of("..", "eval", "seeds.gold.json").toFile());
        List<EventScorer.Report> reports = EventScorer.score(gold, predictions());
        JsonNode expected = JSON.readTree(resource("expected-scores.json"));

        for (int i = 0; i < 2; i++) {
            EventScorer.Report report = reports.get(i);
            JsonNode want = expected.get(i);
            assertThat(report.mode()).isEqualTo(want.get("mode").asText());
            assertThat(report.matched()).isEqualTo(want.get("matched").asInt());
            assertThat(report.predicted()).isEqualTo(want.get("predicted").asInt());
            assertThat(report.duplicates()).isEqualTo(want.get("duplicates").asInt());
            assertThat(report.precision()).isEqualTo(want.get("precision").asDouble());
            assertThat(report.recall()).isEqualTo(want.get("recall").asDouble());
            assertThat(report.f1()).isEqualTo(want.get("f1").asDouble());
            assertThat(report.f1ExclDuplicates()).isEqualTo(want.get("f1_excl_duplicates").asDouble());
            assertThat(report.sourceRecall()).isEqualTo(want.get("source_recall").asDouble());
            assertThat(report.sourcePrecision()).isEqualTo(want.get("source_precision").asDouble());
            want.get("attribute_accuracy").fields().forEachRemaining(attr ->
                    assertThat(report.attributeAccuracy().get(attr.getKey())).as(attr.getKey())
                            .isEqualTo(attr.getValue().asDouble()));
            List<String> unmatched = new ArrayList<>();
            want.get("unmatched_gold").forEach(id -> unmatched.add(id.asText()));
            assertThat(report.unmatchedGold()).isEqualTo(unmatched);
        }
    }

    private static List<JsonNode> predictions() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : new String(resource("predictions.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EventScorerTest.class.getResourceAsStream("/eval/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
