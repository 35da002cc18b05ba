package io.eventwire.enrich.text;

import io.eventwire.enrich.numbers.CasualtyExtractor;
import io.eventwire.enrich.time.DateResolver;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * A quick timing loop, not a test: time per 4 KB article of the sentence splitter, the date resolver and the
 * casualty extractor (run on every sentence of the article), over the seed articles cut to 4 KB. Reports the
 * median, best and worst of ten batch means of thread CPU time, since a shared machine's load skews wall time.
 * Run with the test classpath: {@code java -cp ... io.eventwire.enrich.text.ExtractionSpeed [seeds dir]}.
 */
public final class ExtractionSpeed {

    private static final int ARTICLE_CHARS = 4096;
    private static final int WARM_UP_ROUNDS = 20_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int BATCHES = 10;
    private static final int BATCH_ROUNDS = 5_000;

    private ExtractionSpeed() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../seeds");
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file);
                articles.add(text.substring(0, Math.min(ARTICLE_CHARS, text.length())));
            }
        }
        LocalDate anchor = LocalDate.of(2019, 8, 21);
        List<List<String>> sentences = articles.stream()
                .map(a -> SentenceSplitter.split(a).stream().map(Sentence::text).toList()).toList();
        report("SentenceSplitter.split", articles.size(), i -> SentenceSplitter.split(articles.get(i)).size());
        report("DateResolver.find", articles.size(), i -> DateResolver.standard().find(articles.get(i), anchor).size());
        report("CasualtyExtractor.find (all sentences)", articles.size(), i -> {
            int found = 0;
            for (String sentence : sentences.get(i)) {
                found += CasualtyExtractor.standard().find(sentence).size();
            }
            return found;
        });
    }

    private static void report(String name, int articles, ToIntFunction<Integer> work) {
        long sink = 0;
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            sink += work.applyAsInt(r % articles);
        }
        double[] batchMeans = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            long started = THREADS.getCurrentThreadCpuTime();
            for (int r = 0; r < BATCH_ROUNDS; r++) {
                sink += work.applyAsInt(r % articles);
            }
            batchMeans[b] = (THREADS.getCurrentThreadCpuTime() - started) / 1000.0 / BATCH_ROUNDS;
        }
        Arrays.sort(batchMeans);
        System.out.printf("%-40s median %6.2f us, best %6.2f us, worst %6.2f us per 4 KB article  (%d)%n",
                name, batchMeans[BATCHES / 2], batchMeans[0], batchMeans[BATCHES - 1], sink % 10);
    }
}
