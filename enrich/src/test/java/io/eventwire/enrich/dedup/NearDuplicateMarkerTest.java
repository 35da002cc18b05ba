package io.eventwire.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.enrich.dedup.RepublicationCorpus.Article;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link NearDuplicateMarker} in a topology of its own (in, mark, out) under the TopologyTestDriver. */
class NearDuplicateMarkerTest {

    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Instant T0 = Instant.parse("2024-05-06T07:00:00Z");

    private static final String HEADLINE = "Army advances on rebel town after night of air strikes";
    private static final List<String> REPORT = List.of(
            "Government forces advanced on the town on Tuesday after heavy air strikes overnight, a monitoring"
                    + " group said.",
            "Rebels said they had pulled back to positions further north to regroup, while residents fled towards"
                    + " the border.",
            "The monitor said at least twelve fighters had been killed on both sides since the offensive resumed"
                    + " at the weekend.",
            "A convoy of armoured vehicles had stopped on the main road north of the town, witnesses said.");
    private static final List<String> REPUBLISHED = List.of(
            "Government forces advanced on the town on Tuesday after heavy strikes overnight, a monitoring"
                    + " group said.",
            "Rebels said they had pulled back to positions further north to regroup, while residents fled towards"
                    + " the border.",
            "The monitor said at least 12 fighters had been killed on both sides since the offensive resumed"
                    + " at the weekend.",
            "A convoy of armoured vehicles had stopped on the main road north of the town, witnesses said.",
            "Follow us on social media for the latest updates from the region.");
    private static final List<String> SAME_EVENT = List.of(
            "Rebel fighters withdrew from the town overnight as the army pressed its offensive with air strikes,"
                    + " activists reported.",
            "A dozen combatants died in the fighting, a war monitor said, and thousands of civilians headed for"
                    + " the border.");

    private final AtomicInteger marked = new AtomicInteger();
    private TopologyTestDriver driver;
    private TestInputTopic<String, CleanArticle> in;
    private TestOutputTopic<String, CleanArticle> out;

    @TempDir
    Path stateDir;

    @BeforeEach
    void startDriver() {
        Serde<CleanArticle> serde = Topics.local().clean().valueSerde();
        StreamsBuilder builder = new StreamsBuilder();
        NearDuplicateMarker.storeBuilders(RETENTION).forEach(builder::addStateStore);
        builder.stream("in", Consumed.with(Serdes.String(), serde))
                .processValues(() -> new NearDuplicateMarker(RETENTION, marked::incrementAndGet),
                        Named.as("mark-near-duplicates"), NearDuplicateMarker.BANDS_STORE,
                        NearDuplicateMarker.SIGNATURES_STORE)
                .to("out", Produced.with(Serdes.String(), serde));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "near-duplicate-marker-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        in = driver.createInputTopic("in", Serdes.String().serializer(), serde.serializer());
        out = driver.createOutputTopic("out", Serdes.String().deserializer(), serde.deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void marksARepublicationAsANearDuplicateOfTheOriginal() {
        pipe("original", HEADLINE, REPORT, T0);
        pipe("republished", "UPDATE 1- " + HEADLINE, REPUBLISHED, T0.plusSeconds(600));

        assertThat(nearDuplicateOfEach()).containsExactly(Map.entry("original", "none"),
                Map.entry("republished", "original"));
        assertThat(marked).hasValue(1);
    }

    @Test
    void leavesAReportOfTheSameEventInOtherWordsUnmarked() {
        pipe("original", HEADLINE, REPORT, T0);
        pipe("other-report", "Rebels quit town as army closes in", SAME_EVENT, T0.plusSeconds(600));

        assertThat(nearDuplicateOfEach()).containsExactly(Map.entry("original", "none"),
                Map.entry("other-report", "none"));
        assertThat(marked).hasValue(0);
    }

    @Test
    void pointsAtTheMostSimilarEarlierArticle() {
        pipe("original", HEADLINE, REPORT, T0);
        pipe("republished", HEADLINE, REPUBLISHED, T0.plusSeconds(60));
        pipe("republished-again", HEADLINE, REPUBLISHED.subList(0, 4), T0.plusSeconds(120));

        assertThat(nearDuplicateOfEach()).containsEntry("republished-again", "republished");
    }

    @Test
    void breaksATieBetweenEquallySimilarArticlesByTheSmallestId() {
        pipe("copy-b", HEADLINE, REPORT, T0);
        pipe("copy-a", HEADLINE, REPORT, T0.plusSeconds(60));
        pipe("republished", HEADLINE, REPUBLISHED, T0.plusSeconds(120));

        assertThat(nearDuplicateOfEach()).containsExactly(Map.entry("copy-b", "none"), Map.entry("copy-a", "copy-b"),
                Map.entry("republished", "copy-a"));
    }

    @Test
    void forgetsArticlesOlderThanTheRetention() {
        pipe("original", HEADLINE, REPORT, T0);
        pipe("much-later", HEADLINE, REPUBLISHED, T0.plus(RETENTION.multipliedBy(3)));

        assertThat(nearDuplicateOfEach()).containsEntry("much-later", "none");
    }

    @Test
    void passesAnArticleTooShortToSignUnmarked() {
        pipe("short", null, List.of("Town taken."), T0);
        pipe("short-again", null, List.of("Town taken."), T0.plusSeconds(1));

        assertThat(nearDuplicateOfEach()).containsExactly(Map.entry("short", "none"), Map.entry("short-again", "none"));
    }

    @Test
    void marksEveryRepublicationOfTheGeneratedCorpusWithinItsFamilyAndNothingElse() {
        List<Article> corpus = RepublicationCorpus.generate(NearDuplicateCorpusTest.REPUBLICATIONS_PER_SEED);
        Map<String, String> familyOf = corpus.stream().collect(Collectors.toMap(Article::id, Article::family));
        Instant time = T0;
        for (Article article : corpus) {
            in.pipeInput(article.id(), article.clean(), time);
            time = time.plusSeconds(60);
        }

        Map<String, String> nearDuplicateOf = nearDuplicateOfEach();
        corpus.forEach(article -> {
            boolean republication = article.id().contains("-r");
            assertThat(familyOf.getOrDefault(nearDuplicateOf.get(article.id()), "none"))
                    .as(article.id())
                    .isEqualTo(republication ? article.family() : "none");
        });
        assertThat(marked).hasValue(5 * NearDuplicateCorpusTest.REPUBLICATIONS_PER_SEED);
    }

    private void pipe(String id, @Nullable String headline, List<String> paragraphs, Instant time) {
        in.pipeInput(id, CleanArticle.newBuilder()
                .setArticleId(id)
                .setSourceUri("file:" + id + ".txt")
                .setHeadline(headline)
                .setParagraphs(paragraphs)
                .setCleanedAt(time)
                .build(), time);
    }

    /** Article id to the id it is marked a near-duplicate of, or "none", in output order. */
    private Map<String, String> nearDuplicateOfEach() {
        return out.readValuesToList().stream().collect(Collectors.toMap(CleanArticle::getArticleId,
                article -> article.getNearDuplicateOf() == null ? "none" : article.getNearDuplicateOf(),
                (first, second) -> second, LinkedHashMap::new));
    }
}
