package io.eventwire.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommand() {
        Result result = run(Map.of(), "--help");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("run", "ingest", "enrich", "sink", "export", "EVENTWIRE_");
    }

    @Test
    void aStandaloneServiceWithoutBootstrapServersIsAUsageErrorSayingWhatToSet() {
        Result result = run(Map.of(), "sink");

        assertThat(result.code()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("--bootstrap-servers (or EVENTWIRE_BOOTSTRAP_SERVERS) is required");
    }

    @Test
    void reportsEveryConfigurationProblemAtOnce() {
        Result result = run(Map.of("EVENTWIRE_PARTITIONS", "0"), "export", "events", "--jdbc-url", "jdbc:mysql://x",
                "--replication-factor", "0");

        assertThat(result.code()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("--jdbc-url must start with", "--partitions must be at least 1, got 0",
                "--replication-factor must be at least 1, got 0");
    }

    @Test
    void aBadDurationIsRejectedWithTheAcceptedForms() {
        Result result = run(Map.of(), "run", dir.toString(), "--drain-timeout", "soon");

        assertThat(result.code()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("'soon' is not a duration");
    }

    @Test
    void aMissingInputDirectoryIsAUsageError() {
        Result result = run(Map.of(), "run", dir.resolve("nowhere").toString());

        assertThat(result.code()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("does not exist");
    }

    @Test
    void exportFromAMissingDatabaseFileIsAUsageErrorNotAnEmptyExport() {
        Result result = run(Map.of("EVENTWIRE_DB", dir.resolve("typo.db").toString()), "export", "events");

        assertThat(result.code()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("no database at", "typo.db");
        assertThat(dir.resolve("typo.db")).doesNotExist();
    }

    @Test
    void aConfigFileThatCannotBeReadIsAUsageError() {
        Result result = run(Map.of(), "export", "events", "--config", dir.resolve("missing.properties").toString());

        assertThat(result.code()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("cannot read config file");
    }

    @Test
    void readsDefaultsFromTheConfigFile() throws Exception {
        Path file = Files.writeString(dir.resolve("eventwire.properties"), "partitions=0\n");

        Result result = run(Map.of(), "export", "events", "--config", file.toString());

        assertThat(result.err()).contains("--partitions must be at least 1, got 0");
    }

    private static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
