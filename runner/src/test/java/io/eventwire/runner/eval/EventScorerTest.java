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

    @Test
    void detailsNameTheMissedEventsTheDifferingAttributesAndThePredictionsThatMatchNothing() throws IOException {
        JsonNode gold = JSON.readTree("""
                {"events": [
                  {"id": "strike", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                   "date": "2024-03-05", "location": "Alpha", "geonames_id": 101, "lat": 10.0, "lon": 20.0,
                   "actor1": "Military Forces of Xland", "actor2": null, "fatalities": 4, "sources": ["a1.txt", "a2.txt"]},
                  {"id": "clash", "event_type": "Battles", "sub_event_type": "Armed clash",
                   "date": "2024-03-06", "location": "Beta", "geonames_id": 102, "lat": 11.0, "lon": 20.0,
                   "actor1": "Military Forces of Xland", "actor2": null, "fatalities": null, "sources": ["a1.txt"]}
                ]}""");
        List<JsonNode> predicted = List.of(
                JSON.readTree("""
                        {"event_id": "e1", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                         "event_date": "2024-03-05", "event_date_max": "2024-03-05",
                         "location": {"name": "Alpha", "geonames_id": 101, "latitude": 10.0, "longitude": 20.0},
                         "actor1": {"name": "Military Forces of Xland"}, "actor2": null, "fatalities": {"best": 6},
                         "sources": [{"source_uri": "file:///wire/a1.txt"}]}"""),
                JSON.readTree("""
                        {"event_id": "e2", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                         "event_date": "2024-03-05", "event_date_max": "2024-03-05",
                         "location": {"name": "Alpha", "geonames_id": 101, "latitude": 10.0, "longitude": 20.0},
                         "actor1": null, "actor2": null, "fatalities": null,
                         "sources": [{"source_uri": "file:///wire/a2.txt"}]}"""));

        assertThat(EventScorer.details(gold, predicted)).containsExactly(
                "DIFFERENT  strike: fatalities 6 for 4; sources missing [a2.txt]",
                "MISSED     clash: Armed clash at Beta (102), 2024-03-06, military forces of xland vs null, fatalities null,"
                        + " sources [a1.txt]",
                "DUPLICATE  of strike: e2: Air/drone strike at Alpha (101), 2024-03-05, null vs null, fatalities null,"
                        + " sources [a2.txt]");
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
