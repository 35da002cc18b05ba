package io.eventwire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.enrich.extract.EventExtractor;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.ContentType;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.RawArticle;
import io.eventwire.schema.SourceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput on one core: a cleaned article in, its event mentions out, no Kafka. The
 * articles are the .txt files of {@code articles} (default: the seeds) cleaned once in setup, each
 * cut or repeated to {@code articleBytes} of text (default 4 KB), as the extraction issue specifies.
 *
 * <p>The JVM runs as the services do (see the {@code eventwire} script and the Dockerfile): the
 * throughput collector (ParallelGC), here with a fixed 2 GB heap so heap resizing does not land in a
 * measurement. Warm-up is 25 s because the first seconds still compile the extractor's many paths.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 10, time = 5)
public class ExtractionBenchmark {

    @Param("seeds")
    public String articles;

    @Param("4096")
    public int articleBytes;

    private EventExtractor extractor;
    private List<CleanArticle> corpus;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        extractor = EventExtractor.standard();
        ArticleCleaner cleaner = ArticleCleaner.standard();
        corpus = cleaned(Path.of(articles), articleBytes, raw -> cleaner.clean(raw, Instant.now()));
    }

    /**
     * The .txt articles of {@code dir} (with the publication dates of its manifest, if any), each cut or repeated to
     * {@code bytes} and cleaned by {@code clean}, in file-name order: the corpus of every benchmark here.
     *
     * @throws IllegalStateException when the folder has no .txt article
     */
    static List<CleanArticle> cleaned(Path dir, int bytes, Function<RawArticle, CleanArticle> clean) throws IOException {
        Map<String, String> published = published(dir);
        List<CleanArticle> cleaned = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = fitTo(Files.readString(file, StandardCharsets.UTF_8), bytes);
                cleaned.add(clean.apply(raw(file, text, published.get(file.getFileName().toString()))));
            }
        }
        if (cleaned.isEmpty()) {
            throw new IllegalStateException("no .txt articles in " + dir.toAbsolutePath());
        }
        return cleaned;
    }

    @Benchmark
    public List<EventMention> extractOneArticle() {
        CleanArticle article = corpus.get(next);
        next = (next + 1) % corpus.size();
        return extractor.extract(article, Instant.EPOCH);
    }

    /** The text cut at a paragraph boundary near {@code bytes}, or repeated up to it. */
    static String fitTo(String text, int bytes) {
        StringBuilder out = new StringBuilder(text);
        while (out.length() < bytes) {
            out.append("\n\n").append(text);
        }
        int cut = out.lastIndexOf("\n\n", bytes);
        return out.substring(0, cut > bytes / 2 ? cut : Math.min(bytes, out.length()));
    }

    static RawArticle raw(Path file, String text, String published) {
        return RawArticle.newBuilder()
                .setArticleId(file.getFileName().toString())
                .setSourceUri(file.toUri().toString())
                .setFormat(SourceFormat.TEXT)
                .setContentType(ContentType.TEXT_PLAIN)
                .setContent(text)
                .setPublished(published)
                .setSizeBytes(text.length())
                .setIngestedAt(Instant.now())
                .build();
    }

    static Map<String, String> published(Path dir) throws IOException {
        Map<String, String> dates = new HashMap<>();
        Path manifest = dir.resolve("manifest.json");
        if (Files.exists(manifest)) {
            for (JsonNode entry : new ObjectMapper().readTree(manifest.toFile())) {
                dates.put(entry.path("file").asText(), entry.path("published").asText(null));
            }
        }
        return dates;
    }
}
