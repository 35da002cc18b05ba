package io.eventwire.bench;

import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.enrich.geo.Gazetteer;
import io.eventwire.enrich.geo.PlaceMention;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The place finder alone, on the texts {@link ExtractionBenchmark} extracts from: the .txt files of
 * {@code articles} cut or repeated to {@code articleBytes}, cleaned, paragraphs joined as the extractor
 * joins them. Reports microseconds per article, so a change to {@code io.eventwire.enrich.geo} can be
 * measured in seconds rather than through the whole extraction.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar PlaceFinderBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlaceFinderBenchmark {

    @Param("seeds")
    public String articles;

    @Param("4096")
    public int articleBytes;

    private Gazetteer gazetteer;
    private List<String> texts;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        gazetteer = Gazetteer.standard();
        ArticleCleaner cleaner = ArticleCleaner.standard();
        texts = ExtractionBenchmark.cleaned(Path.of(articles), articleBytes, raw -> cleaner.clean(raw, Instant.EPOCH))
                .stream().map(article -> String.join("\n\n", article.getParagraphs())).toList();
    }

    @Benchmark
    public List<PlaceMention> findPlacesInOneArticle() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return gazetteer.findPlaces(text);
    }
}
