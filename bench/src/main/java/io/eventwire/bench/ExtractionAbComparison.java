package io.eventwire.bench;

import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.RawArticle;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Two builds of the extractor compared in one JVM, in alternating batches, on the articles of
 * {@link ExtractionBenchmark}: each batch is timed by the CPU time of the measuring thread, and the two builds of a
 * pair run back to back in random order, so that a noisy neighbour slows both alike. On the shared 2-core build VMs,
 * where two JMH runs of the same code can differ by 20%, the median ratio of the pairs still separates a 3% change.
 *
 * <p>Each build is a directory (or jar) of the {@code io.eventwire.enrich} classes and resources, such as
 * {@code enrich/target/classes} of two checkouts; everything else comes from this jar. Run from the project root:
 * <pre>
 * java -Xms2g -Xmx2g -XX:+UseParallelGC -cp bench/target/benchmarks.jar io.eventwire.bench.ExtractionAbComparison \
 *     /tmp/old/enrich/target/classes enrich/target/classes [seconds=60] [articles=seeds] [articleBytes=4096]
 * </pre>
 */
public final class ExtractionAbComparison {

    private static final String ENRICH_PACKAGE = "io.eventwire.enrich.";
    private static final int WARM_UP_SECONDS = 20;
    private static final int ROUNDS_PER_BATCH = 40;

    /** One build's extractor and its copy of the cleaned articles. */
    private record Build(Object extractor, Method extract, List<CleanArticle> articles) {

        /** CPU microseconds per article over one batch. */
        double batch(ThreadMXBean threads) throws ReflectiveOperationException {
            long start = threads.getCurrentThreadCpuTime();
            int count = 0;
            for (int round = 0; round < ROUNDS_PER_BATCH; round++) {
                for (CleanArticle article : articles) {
                    extract.invoke(extractor, article, Instant.EPOCH);
                    count++;
                }
            }
            return (threads.getCurrentThreadCpuTime() - start) / 1e3 / count;
        }
    }

    private ExtractionAbComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ExtractionAbComparison BUILD_A BUILD_B [seconds=60]"
                    + " [articles=seeds] [articleBytes=4096]  (BUILD: a directory or jar of the io.eventwire.enrich classes)");
        }
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path articles = Path.of(args.length > 3 ? args[3] : "seeds");
        int articleBytes = args.length > 4 ? Integer.parseInt(args[4]) : 4096;
        List<Build> builds = List.of(build(Path.of(args[0]), articles, articleBytes),
                build(Path.of(args[1]), articles, articleBytes));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (Build build : builds) {
                build.batch(threads);
            }
        }
        List<double[]> pairs = new ArrayList<>();
        Random order = new Random(1);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            double[] pair = new double[2];
            int first = order.nextInt(2);
            pair[first] = builds.get(first).batch(threads);
            pair[1 - first] = builds.get(1 - first).batch(threads);
            pairs.add(pair);
        }
        report(pairs);
    }

    private static void report(List<double[]> pairs) {
        double[] a = pairs.stream().mapToDouble(pair -> pair[0]).sorted().toArray();
        double[] b = pairs.stream().mapToDouble(pair -> pair[1]).sorted().toArray();
        double[] ratios = pairs.stream().mapToDouble(pair -> pair[0] / pair[1]).sorted().toArray();
        System.out.printf("%d pairs of batches%n", pairs.size());
        System.out.printf("A: median %.1f us per article (%.0f articles per CPU second)%n", median(a), 1e6 / median(a));
        System.out.printf("B: median %.1f us per article (%.0f articles per CPU second)%n", median(b), 1e6 / median(b));
        System.out.printf("A/B time per article: median %.3f, quartiles %.3f to %.3f (above 1: B is faster)%n",
                median(ratios), ratios[ratios.length / 4], ratios[3 * ratios.length / 4]);
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    /** A build's extractor and cleaner, loaded by a loader of their own, and the articles its cleaner cleaned. */
    private static Build build(Path classes, Path articles, int articleBytes)
            throws IOException, ReflectiveOperationException {
        ClassLoader loader = new EnrichFirstLoader(classes.toUri().toURL(), ExtractionAbComparison.class.getClassLoader());
        Class<?> extractorClass = loader.loadClass(ENRICH_PACKAGE + "extract.EventExtractor");
        Object extractor = extractorClass.getMethod("standard").invoke(null);
        Method extract = extractorClass.getMethod("extract", CleanArticle.class, Instant.class);
        Class<?> cleanerClass = loader.loadClass(ENRICH_PACKAGE + "clean.ArticleCleaner");
        Object cleaner = cleanerClass.getMethod("standard").invoke(null);
        Method clean = cleanerClass.getMethod("clean", RawArticle.class, Instant.class);
        List<CleanArticle> cleaned = ExtractionBenchmark.cleaned(articles, articleBytes, raw -> clean(clean, cleaner, raw));
        return new Build(extractor, extract, cleaned);
    }

    private static CleanArticle clean(Method clean, Object cleaner, RawArticle raw) {
        try {
            return (CleanArticle) clean.invoke(cleaner, raw, Instant.now());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cleaning " + raw.getArticleId() + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call the cleaner of a build", e);
        }
    }

    /**
     * Loads {@code io.eventwire.enrich} classes and resources from the build first, everything else (schemas,
     * libraries) from the parent, so two builds of the extractor live side by side and share the record types.
     */
    private static final class EnrichFirstLoader extends URLClassLoader {

        EnrichFirstLoader(URL build, ClassLoader parent) {
            super(new URL[] {build}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(ENRICH_PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = name.startsWith(ENRICH_PACKAGE.replace('.', '/')) ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }
    }
}
