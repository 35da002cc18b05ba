package io.eventwire.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventwire run} as a user runs it: its own embedded broker, SQLite, the seeds. Slow-ish
 * (a broker per run), so the scenarios share one class.
 */
class EndToEndIT {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final List<String> BOILERPLATE = List.of("Leave a Reply", "LEAVE A REPLY", "Please enter your",
            "Sign in / Join", "Related News", "Related Articles", "Copyright", "All rights reserved", "Readers Comments",
            "security code", "Notify of", "Terms of service");

    @TempDir
    Path work;

    @Test
    void storesTheSeedsOnceWithTheRepeatedParagraphOnceAndAddsNothingOnASecondRun() throws Exception {
        Path db = work.resolve("seeds.db");

        Result first = eventwire("run", SEEDS.toString(), "--db", db.toString(), "--no-progress");
        Map<String, Long> rowsAfterFirst = rowCounts(db);
        Result second = eventwire("run", SEEDS.toString(), "--db", db.toString(), "--no-progress");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("articles in                 5", "repeated paragraphs removed 1",
                "articles stored             5", "database                    jdbc:sqlite:");
        assertThat(rowsAfterFirst.get("articles")).isEqualTo(5);
        assertThat(repeatedParagraphsOf(db, "000_")).isEqualTo(1);
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(rowCounts(db)).isEqualTo(rowsAfterFirst);
    }

    @Test
    void rejectsEmptyBinaryAndOversizedFilesWithReasonsAndStillStoresTheSeeds() throws Exception {
        Path input = work.resolve("input");
        copySeeds(input);
        Files.createFile(input.resolve("empty.txt"));
        Files.write(input.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3, 0, 0, 7});
        try (RandomAccessFile big = new RandomAccessFile(input.resolve("big.txt").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Path db = work.resolve("bad.db");

        Result run = eventwire("run", input.toString(), "--db", db.toString(), "--no-progress");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("rejected                    3", "[INGEST EMPTY]", "[INGEST BINARY]",
                "[INGEST OVERSIZED]", "over the 10485760-byte limit", "articles stored             5");
        assertThat(rowCounts(db).get("articles")).isEqualTo(5);
    }

    @Test
    void exportsTheCleanedSeedsWithoutWebBoilerplate() throws Exception {
        Path db = work.resolve("export.db");
        assertThat(eventwire("run", SEEDS.toString(), "--db", db.toString(), "--no-progress").code()).isZero();

        Result export = eventwire("export", "articles", "--db", db.toString());

        assertThat(export.code()).as(export.err()).isZero();
        List<String> lines = export.out().lines().toList();
        assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line).startsWith("{\"article_id\""));
        for (String phrase : BOILERPLATE) {
            assertThat(export.out()).as("boilerplate '%s' in the export", phrase).doesNotContain(phrase);
        }
        assertThat(export.out()).contains("regained control on Tuesday of the strategic city",
                "\"repeated_paragraphs\":1");
    }

    private static Result eventwire(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private static Map<String, Long> rowCounts(Path db) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement()) {
            return Map.of(
                    "articles", count(statement, "SELECT COUNT(*) FROM articles"),
                    "paragraphs", count(statement, "SELECT COUNT(*) FROM article_paragraphs"),
                    "events", count(statement, "SELECT COUNT(*) FROM events"));
        }
    }

    private static long repeatedParagraphsOf(Path db, String filePrefix) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement()) {
            return count(statement, "SELECT repeated_paragraphs FROM articles WHERE source_uri LIKE '%/" + filePrefix + "%'");
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getLong(1);
        }
    }

    private static void copySeeds(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    private record Result(int code, String out, String err) {
    }
}
