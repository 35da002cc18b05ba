package io.eventwire.enrich.geo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A quick measurement, not a test: load time and memory of {@link Gazetteer#standard()} and the time of
 * {@link Gazetteer#findPlaces} on 4 KB windows of the seed articles, next to a plain character loop over the
 * same text so that numbers from a busy machine can be read. Run from the module directory after
 * {@code mvn -o -pl enrich test-compile}:
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) io.eventwire.enrich.geo.GazetteerBench</pre>
 *
 * (with {@code cp.txt} from {@code mvn -o -pl enrich dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class GazetteerBench {

    private static final int WINDOW = 4096;
    private static final long ROUND_NANOS = 200_000_000L;
    private static long sink;

    private GazetteerBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.standard();
        long loaded = System.nanoTime();
        System.gc();
        Thread.sleep(200);
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("load %.0f ms, heap after load and GC %d MB%n", (loaded - start) / 1e6, heap >> 20);

        List<String> windows = windows(Path.of(args.length > 0 ? args[0] : "../seeds"));
        char[] plain = windows.get(0).toCharArray();
        List<Double> finds = new ArrayList<>();
        List<Double> loops = new ArrayList<>();
        for (int round = 0; round < 25; round++) {
            loops.add(plainLoop(plain));
            long t = System.nanoTime();
            int calls = 0;
            while (System.nanoTime() - t < ROUND_NANOS) {
                for (String window : windows) {
                    sink += gazetteer.findPlaces(window).size();
                }
                calls += windows.size();
            }
            finds.add((System.nanoTime() - t) / 1e3 / calls);
        }
        finds.sort(null);
        loops.sort(null);
        System.out.printf("findPlaces on 4 KB: best %.1f us, median %.1f us (%.0f articles/s); "
                + "plain char loop on 4 KB: best %.1f us%n", finds.get(0), finds.get(finds.size() / 2),
                1e6 / finds.get(finds.size() / 2), loops.get(0));
    }

    private static List<String> windows(Path seeds) throws IOException {
        List<String> windows = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file);
                for (int i = 0; i + WINDOW <= text.length(); i += WINDOW / 8) {
                    windows.add(text.substring(i, i + WINDOW));
                }
            }
        }
        return windows;
    }

    /** Microseconds for one pass of a letter-counting loop over {@code chars}: how fast this machine is now. */
    private static double plainLoop(char[] chars) {
        long t = System.nanoTime();
        int passes = 0;
        while (System.nanoTime() - t < ROUND_NANOS / 4) {
            for (char c : chars) {
                if (Character.isLetterOrDigit(c)) {
                    sink += c * passes;
                }
            }
            passes++;
        }
        return (System.nanoTime() - t) / 1e3 / passes;
    }
}
