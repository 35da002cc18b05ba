package io.eventwire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.enrich.extract.EventExtractor;
import io.eventwire.enrich.resolve.EventResolver;
import io.eventwire.enrich.internal.DeadLetterHandler;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.ContentType;
import io.eventwire.schema.DeadLetter;
import io.eventwire.schema.RawArticle;
import io.eventwire.schema.RejectReason;
import io.eventwire.schema.SourceFormat;
import io.eventwire.schema.Stage;
import io.eventwire.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production topology ({@link EnrichTopology#build}) under the TopologyTestDriver. */
class EnrichTopologyTest {

    private static final String BODY = "Headline of the story\n\nBEIRUT: Fighters clashed near the town on Tuesday, a monitor said.\n\n"
            + "The monitor said the clashes went on overnight.\n\nThe monitor said the clashes went on overnight.\n\nLeave a Reply";

    private final Topics topics = Topics.local();
    private final EnrichCounters counters = new EnrichCounters();
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, CleanArticle> clean;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @TempDir
    Path stateDir;

    @BeforeEach
    void startDriver() {
        Topology topology = EnrichTopology.build(topics, ArticleCleaner.standard(), EventExtractor.standard(),
                EventResolver.standard(), EnrichConfig.DEFAULT_DUPLICATE_RETENTION,
                EnrichConfig.DEFAULT_RESOLUTION_RETENTION, counters);
        Properties props = EnrichService.streamsProperties(Map.of("bootstrap.servers", "unused:9092"), topics,
                EnrichConfig.defaults(stateDir), counters);
        driver = new TopologyTestDriver(topology, props);
        raw = driver.createInputTopic(topics.raw().name(), Serdes.String().serializer(),
                topics.raw().valueSerde().serializer());
        rawBytes = driver.createInputTopic(topics.raw().name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        clean = driver.createOutputTopic(topics.clean().name(), Serdes.String().deserializer(),
                topics.clean().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), Serdes.String().deserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void cleansAnArticleDroppingItsRepeatedParagraphAndBoilerplate() {
        raw.pipeInput("a1", article("a1", BODY));

        CleanArticle article = clean.readValue();
        assertThat(article.getArticleId()).isEqualTo("a1");
        assertThat(article.getParagraphs()).containsExactly(
                "BEIRUT: Fighters clashed near the town on Tuesday, a monitor said.",
                "The monitor said the clashes went on overnight.");
        assertThat(article.getRepeatedParagraphs()).isEqualTo(1);
        assertThat(article.getPublished()).isEqualTo("2019-08-21");
        assertThat(counters.snapshot().repeatedParagraphsRemoved()).isEqualTo(1);
    }

    @Test
    void suppressesTheSameArticleSentTwice() {
        raw.pipeInput("a1", article("a1", BODY));
        raw.pipeInput("a1", article("a1", BODY));

        assertThat(clean.readValuesToList()).hasSize(1);
        assertThat(counters.snapshot().duplicatesSuppressed()).isEqualTo(1);
    }

    @Test
    void suppressesTheSameTextUnderAnotherId() {
        raw.pipeInput("a1", article("a1", BODY));
        raw.pipeInput("a2", article("a2", BODY + "\n\nCopyright 2020 . All rights reserved"));

        assertThat(clean.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1");
    }

    @Test
    void handsAnUndecodableRecordToTheDeadLetterHandlerAndGoesOn() {
        // The driver does not capture dead letters raised while deserializing; EnrichServiceIT reads them
        // from a real broker.
        rawBytes.pipeInput("bad", "not avro".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("a1", article("a1", BODY));

        assertThat(counters.snapshot().deadLettered()).isEqualTo(1);
        assertThat(clean.readValue().getArticleId()).isEqualTo("a1");
    }

    @Test
    void deadLettersAnArticleWithNothingLeftAfterCleaning() {
        raw.pipeInput("a3", article("a3", "Leave a Reply\n\nCopyright 2020 . All rights reserved"));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getReasonCode()).isEqualTo(RejectReason.NO_CONTENT);
        assertThat(letter.getArticleId()).isEqualTo("a3");
        assertThat(clean.isEmpty()).isTrue();
        assertThat(counters.snapshot().deadLettered()).isEqualTo(1);
    }

    @Test
    void aRepublicationIsMarkedAndAddsItsOutletToTheSameEvents() throws IOException {
        TestOutputTopic<String, ConflictEvent> events = driver.createOutputTopic(topics.events().name(),
                Serdes.String().deserializer(), topics.events().valueSerde().deserializer());
        String original = Files.readString(Path.of("..", "seeds", "004_4053550de30c0f07.txt"));
        String republished = "Syrian army retakes key rebel town\n\n"
                + original.substring(original.indexOf("\n\n") + 2).replace("Tuesday amid intense", "Tuesday amid heavy")
                + "\n\nRead more: our coverage of the war in Syria";

        raw.pipeInput("orig", RawArticle.newBuilder(article("orig", original)).setOutlet("The Daily Star").build());
        Map<String, ConflictEvent> first = events.readKeyValuesToMap();
        raw.pipeInput("copy", RawArticle.newBuilder(article("copy", republished)).setOutlet("Other Wire")
                .setPublished("2019-08-22").build());
        Map<String, ConflictEvent> second = events.readKeyValuesToMap();

        clean.readValue();
        assertThat(clean.readValue().getNearDuplicateOf()).isEqualTo("orig");
        assertThat(first).isNotEmpty();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        assertThat(second.values()).allSatisfy(event -> {
            assertThat(event.getVersion()).isEqualTo(2);
            assertThat(event.getOutletCount()).isEqualTo(2);
            assertThat(event.getSources()).extracting(source -> source.getArticleId()).containsExactly("orig", "copy");
        });
        assertThat(counters.snapshot().nearDuplicatesMarked()).isEqualTo(1);
    }

    @Test
    void namesEveryOperatorAndStoreAsTheSnapshotSays() throws IOException {
        String described = EnrichTopology.build(topics, ArticleCleaner.standard(), EventExtractor.standard(),
                EventResolver.standard(), EnrichConfig.DEFAULT_DUPLICATE_RETENTION,
                EnrichConfig.DEFAULT_RESOLUTION_RETENTION, counters).describe().toString();

        assertThat(described.strip()).isEqualTo(snapshot().strip());
    }

    @Test
    void installsTheDeadLetterHandlerForEveryKindOfFailure() {
        Properties props = EnrichService.streamsProperties(Map.of(), topics, EnrichConfig.defaults(stateDir), counters);

        assertThat(List.of(props.get("deserialization.exception.handler"), props.get("processing.exception.handler"),
                props.get("production.exception.handler"))).containsOnly(DeadLetterHandler.class);
        assertThat(props.get("processing.guarantee")).isEqualTo("exactly_once_v2");
    }

    private static String snapshot() throws IOException {
        try (InputStream in = EnrichTopologyTest.class.getResourceAsStream("topology.txt")) {
            assertThat(in).as("snapshot resource topology.txt").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static RawArticle article(String id, String content) {
        return RawArticle.newBuilder()
                .setArticleId(id)
                .setSourceUri("file:/in/" + id + ".txt")
                .setFileName(id + ".txt")
                .setFormat(SourceFormat.TEXT)
                .setContentType(ContentType.TEXT_PLAIN)
                .setContent(content)
                .setPublished("2019-08-21")
                .setSizeBytes(content.length())
                .setIngestedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .build();
    }
}
