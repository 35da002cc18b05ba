package io.eventwire.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.runner.eval.EventScorer;
import io.eventwire.sink.SinkExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eventwire eval --gold GOLD DIR}: extraction quality against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline over DIR (as `run` does, into a fresh database unless --db is given), exports"
                + " the events and scores them against GOLD: strict and lenient precision, recall, F1, duplicates and"
                + " attribute accuracy, as shared/tools/score_events.py computes them.",
            "With --pred FILE, scores an existing `export events` file instead of running."})
final class EvalCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    Main main;

    @Mixin
    ConfigOptions options;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold events (shared/gold format).")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "Score this export instead of running the pipeline.")
    @Nullable Path predictions;

    @Option(names = "--json", description = "Print the reports as JSON.")
    boolean json;

    @Option(names = "--details", description = "Also list, event by event (strict mode), the gold events missed, the"
            + " attributes that differ on matched ones, and the predictions that matched nothing.")
    boolean details;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Articles to run the pipeline over.")
    @Nullable Path input;

    @Override
    public Integer call() throws IOException {
        List<JsonNode> events = predictions != null ? readLines(Files.readString(predictions)) : runAndExport();
        List<EventScorer.Report> reports = EventScorer.score(JSON.readTree(gold.toFile()), events);
        PrintWriter out = main.spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reports));
        } else {
            reports.forEach(report -> out.println(report.line()));
            if (!reports.get(0).unmatchedGold().isEmpty()) {
                out.println("unmatched gold (strict): " + String.join(", ", reports.get(0).unmatchedGold()));
            }
            if (details) {
                EventScorer.details(JSON.readTree(gold.toFile()), events).forEach(out::println);
            }
        }
        out.flush();
        return 0;
    }

    private List<JsonNode> runAndExport() throws IOException {
        if (input == null) {
            throw new EventwireConfig.ConfigException(List.of("give DIR to run the pipeline over, or --pred FILE"));
        }
        boolean freshDatabase = options.jdbcUrl == null && options.db.equals(Path.of("eventwire.db"));
        Path temporary = freshDatabase ? Files.createTempDirectory("eventwire-eval-") : null;
        if (temporary != null) {
            options.db = temporary.resolve("eval.db");
        }
        try {
            EventwireConfig config = options.toConfig(main.sources());
            Pipeline.run(config, input);
            StringWriter exported = new StringWriter();
            SinkExport.exportEvents(config.jdbcUrl(), exported);
            return readLines(exported.toString());
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    private static List<JsonNode> readLines(String text) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    private static void deleteQuietly(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
