package io.eventwire.bench;

import io.eventwire.enrich.resolve.EventResolver;
import io.eventwire.enrich.resolve.EventUpdate;
import io.eventwire.enrich.resolve.MapResolutionState;
import io.eventwire.schema.Actor;
import io.eventwire.schema.DatePrecision;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.EventType;
import io.eventwire.schema.Evidence;
import io.eventwire.schema.Fatalities;
import io.eventwire.schema.GeoPrecision;
import io.eventwire.schema.Location;
import io.eventwire.schema.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
 * Cross-article event resolution on one core, without Kafka: how long resolving a batch of
 * {@value #BATCH} new mentions takes when the state already holds {@code stateMentions} mentions of
 * the same country (one busy country's month: every mention lands in the same block, the worst case
 * for candidate scans). Mentions are synthetic: real events at random towns of a 300 km square over
 * 30 days, each reported by one to four articles with their own wording, a day's date slack and
 * sometimes a nearby place. Divide {@value #BATCH} by the reported time per operation for mentions/s.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar ResolutionBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class ResolutionBenchmark {

    static final int BATCH = 1_000;
    private static final String[][] TYPES = {
        {"BATTLES", "Armed clash"}, {"BATTLES", "Government regains territory"},
        {"EXPLOSIONS_REMOTE_VIOLENCE", "Air/drone strike"}, {"EXPLOSIONS_REMOTE_VIOLENCE", "Shelling/artillery/missile attack"},
        {"VIOLENCE_AGAINST_CIVILIANS", "Attack"}, {"PROTESTS", "Peaceful protest"}};
    private static final String[] WORDS = ("army rebels town village city district fighters troops forces killed wounded "
            + "strike shelling attack clashes control seized captured residents monitor said reported officials "
            + "morning night local sources according witnesses area road bridge market checkpoint").split(" ");

    @Param({"1000", "10000"})
    public int stateMentions;

    private final EventResolver resolver = EventResolver.standard();
    private MapResolutionState prefilled;
    private MapResolutionState state;
    private List<EventMention> batch;

    @Setup(Level.Trial)
    public void fillState() {
        Random random = new Random(42);
        List<Town> towns = towns(random);
        prefilled = new MapResolutionState();
        List<EventMention> all = mentions(random, towns, stateMentions + BATCH);
        for (EventMention mention : all.subList(0, stateMentions)) {
            resolver.resolve(mention, 0L, prefilled, Instant.EPOCH);
        }
        batch = all.subList(stateMentions, all.size());
    }

    @Setup(Level.Invocation)
    public void freshState() {
        state = prefilled.copy();
    }

    @Benchmark
    public int resolveABatch() {
        int updates = 0;
        for (EventMention mention : batch) {
            List<EventUpdate> published = resolver.resolve(mention, 0L, state, Instant.EPOCH);
            updates += published.size();
        }
        return updates;
    }

    private record Town(long id, double latitude, double longitude, String admin1) {
    }

    private static List<Town> towns(Random random) {
        List<Town> towns = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double latitude = 30 + random.nextDouble() * 2.7;
            double longitude = 40 + random.nextDouble() * 3.2;
            towns.add(new Town(1_000 + i, latitude, longitude, "Province " + (int) ((latitude - 30) / 0.9)));
        }
        return towns;
    }

    /** Mentions of random real events, each reported by one to four articles, shuffled. */
    private static List<EventMention> mentions(Random random, List<Town> towns, int count) {
        List<EventMention> mentions = new ArrayList<>();
        int article = 0;
        for (int event = 0; mentions.size() < count; event++) {
            String[] type = TYPES[random.nextInt(TYPES.length)];
            Town town = towns.get(random.nextInt(towns.size()));
            LocalDate day = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(30));
            int reports = 1 + random.nextInt(4);
            for (int report = 0; report < reports && mentions.size() < count; report++) {
                Town place = random.nextInt(5) == 0 ? towns.get(random.nextInt(towns.size())) : town;
                LocalDate date = day.plusDays(random.nextInt(2));
                mentions.add(mention("e" + event + "r" + report, "a" + article++, type, place, date,
                        random.nextInt(4) == 0 ? Integer.valueOf(1 + random.nextInt(20)) : null, sentence(random)));
            }
        }
        Collections.shuffle(mentions, random);
        return mentions;
    }

    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            sentence.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return sentence.toString().trim() + ".";
    }

    private static EventMention mention(String id, String articleId, String[] type, Town town, LocalDate date,
            Integer fatalities, String sentence) {
        Actor army = Actor.newBuilder().setName("Military Forces of Xland").setInterCode(1).setCountryCode("XL").build();
        Actor rebels = Actor.newBuilder().setName("Rebel Groups (Xland)").setInterCode(2).setCountryCode("XL").build();
        return EventMention.newBuilder()
                .setMentionId(id)
                .setArticleId(articleId)
                .setEventType(EventType.valueOf(type[0]))
                .setSubEventType(type[1])
                .setEventDate(date.toString())
                .setEventDateMax(date.toString())
                .setDatePrecision(DatePrecision.DAY)
                .setActor1(army)
                .setActor2(rebels)
                .setLocation(Location.newBuilder().setName("Town " + town.id()).setGeonamesId(town.id())
                        .setLatitude(town.latitude()).setLongitude(town.longitude()).setCountryCode("XL")
                        .setAdmin1(town.admin1()).setPrecision(GeoPrecision.EXACT).build())
                .setFatalities(new Fatalities(fatalities, fatalities, fatalities))
                .setSource(Source.newBuilder().setArticleId(articleId).setSourceUri("file:/wire/" + articleId)
                        .setOutlet("Outlet " + (articleId.hashCode() & 7)).setPublished(date + "T12:00:00Z")
                        .setEvidence(Evidence.newBuilder().setSentence(sentence).build()).build())
                .setExtractedAt(Instant.EPOCH)
                .build();
    }
}
