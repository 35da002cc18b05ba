package io.eventwire.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event resolution does not depend on arrival order: the seeds fed in file order, in reverse order,
 * and twice over give the same events, with the same ids and the same sources.
 */
class ResolutionOrderIT {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void theSeedsInReverseOrderAndTwiceOverGiveTheSameEvents() throws Exception {
        Map<String, String> inOrder = events(run(SEEDS, "in-order.db"));
        Map<String, String> reversed = events(run(renamedSeeds("reversed", false), "reversed.db"));
        Map<String, String> twice = events(run(renamedSeeds("twice", true), "twice.db"));

        assertThat(reversed).isEqualTo(inOrder);
        assertThat(twice).isEqualTo(inOrder);
        assertThat(inOrder.values()).filteredOn(event -> event.startsWith("Government regains territory 168325"))
                .singleElement().asString().endsWith("[000, 003, 004]");
        assertThat(inOrder.values()).filteredOn(event -> event.startsWith("Air/drone strike 168325"))
                .singleElement().asString().endsWith("[000, 003, 004]");
    }

    /**
     * The seeds under names that sort in reverse order (so ingest reads the last seed first), with
     * the manifest renamed to match; with {@code twice}, also a second copy of each under another name.
     */
    private Path renamedSeeds(String name, boolean twice) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        ArrayNode manifest = (ArrayNode) JSON.readTree(SEEDS.resolve("manifest.json").toFile());
        ArrayNode renamed = JSON.createArrayNode();
        for (JsonNode entry : manifest) {
            String file = entry.get("file").asText();
            String prefix = String.valueOf((char) ('z' - Integer.parseInt(file.substring(0, 3))));
            List<String> copies = new ArrayList<>(List.of(prefix + "_" + file));
            if (twice) {
                copies.add("again_" + prefix + "_" + file);
            }
            for (String copy : copies) {
                Files.copy(SEEDS.resolve(file), dir.resolve(copy));
                renamed.add(((ObjectNode) entry.deepCopy()).put("file", copy));
            }
        }
        JSON.writeValue(dir.resolve("manifest.json").toFile(), renamed);
        return dir;
    }

    private Path run(Path input, String dbName) {
        Path db = work.resolve(dbName);
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", input.toString(), "--db", db.toString(), "--no-progress"},
                Map.of(), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return db;
    }

    /** Live events by id: type, place, dates and the seed numbers of their sources. */
    private static Map<String, String> events(Path db) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"export", "events", "--db", db.toString()}, Map.of(),
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        Map<String, String> events = new TreeMap<>();
        for (String line : out.toString().lines().toList()) {
            JsonNode event = JSON.readTree(line);
            TreeSet<String> seeds = new TreeSet<>();
            for (JsonNode source : event.get("sources")) {
                String file = Path.of(source.get("source_uri").asText().replace("file:", "")).getFileName().toString();
                seeds.add(file.substring(file.indexOf("0"), file.indexOf("0") + 3));
            }
            events.put(event.get("event_id").asText(), event.get("sub_event_type").asText() + " "
                    + event.get("location").get("geonames_id").asText() + " " + event.get("event_date").asText()
                    + ".." + event.get("event_date_max").asText() + " " + seeds);
        }
        return events;
    }
}
