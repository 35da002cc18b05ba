package io.eventwire.bench;

import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.enrich.extract.EventExtractor;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.RawArticle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes every mention the extractor finds in many variants of the corpus texts to one file, so that two builds can
 * be compared byte for byte: a speed change must leave the file unchanged ({@code cmp}).
 *
 * <p>The variants of each .txt article: the whole text, the text cut to 4 KB (as the benchmark reads it), every
 * paragraph alone and every two neighbouring paragraphs, each once with the manifest's publication date and once
 * without one. Clock inputs and source URIs are fixed, so the file depends on the text and the build only, not on
 * the time or the folder it runs in.
 *
 * <p>Run from the project root: {@code java -cp bench/target/benchmarks.jar io.eventwire.bench.ExtractionSnapshot
 * OUT [DIR...]}; the default folders are {@code seeds} and every folder under {@code eval/probe}.
 */
public final class ExtractionSnapshot {

    private static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");

    private ExtractionSnapshot() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionSnapshot OUT [DIR...]");
            System.exit(2);
        }
        List<Path> dirs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            dirs.add(Path.of(args[i]));
        }
        if (dirs.isEmpty()) {
            dirs.add(Path.of("seeds"));
            try (Stream<Path> probes = Files.list(Path.of("eval/probe"))) {
                probes.filter(Files::isDirectory).sorted().forEach(dirs::add);
            }
        }
        ArticleCleaner cleaner = ArticleCleaner.standard();
        EventExtractor extractor = EventExtractor.standard();
        int texts = 0;
        int mentions = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (Path dir : dirs) {
                Map<String, String> published = ExtractionBenchmark.published(dir);
                List<Path> files;
                try (Stream<Path> listed = Files.list(dir)) {
                    files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
                }
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    for (String variant : variants(Files.readString(file, StandardCharsets.UTF_8))) {
                        for (boolean dated : new boolean[] {true, false}) {
                            RawArticle raw = RawArticle.newBuilder(
                                            ExtractionBenchmark.raw(file, variant, dated ? published.get(name) : null))
                                    .setSourceUri(dir.getFileName() + "/" + name)
                                    .setIngestedAt(FIXED)
                                    .build();
                            out.write("# " + dir.getFileName() + "/" + name + " " + dated + " " + variant.length() + "\n");
                            CleanArticle cleaned;
                            try {
                                cleaned = cleaner.clean(raw, FIXED);
                            } catch (RuntimeException unprocessable) {
                                out.write("! " + unprocessable.getMessage() + "\n");
                                continue;
                            }
                            texts++;
                            for (EventMention mention : extractor.extract(cleaned, FIXED)) {
                                mentions++;
                                out.write(mention.toString());
                                out.write('\n');
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("%d texts, %d mentions%n", texts, mentions);
    }

    /** The whole text, its 4 KB cut, each paragraph and each two neighbouring paragraphs. */
    private static List<String> variants(String text) {
        List<String> variants = new ArrayList<>();
        variants.add(text);
        variants.add(ExtractionBenchmark.fitTo(text, 4096));
        String[] paragraphs = text.split("\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            if (!paragraphs[i].isBlank()) {
                variants.add(paragraphs[i]);
            }
            if (i + 1 < paragraphs.length) {
                variants.add(paragraphs[i] + "\n\n" + paragraphs[i + 1]);
            }
        }
        return variants;
    }
}
