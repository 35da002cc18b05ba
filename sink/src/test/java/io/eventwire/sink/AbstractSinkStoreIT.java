package io.eventwire.sink;

import static io.eventwire.sink.Fixtures.article;
import static io.eventwire.sink.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.sink.internal.EventJson;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link SinkStore}, {@link SinkExport} and {@link SinkCounts} on a real database; one
 * thin subclass per dialect provides a fresh database for each test.
 */
abstract class AbstractSinkStoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String jdbcUrl;
    private Database database;
    private SinkStore store;

    /** A fresh, empty database for one test; its JDBC URL. */
    protected abstract String openDatabase();

    /** Drops the database of {@link #openDatabase()}. */
    protected abstract void closeDatabase();

    @BeforeEach
    void openStore() {
        jdbcUrl = openDatabase();
        database = Database.open(jdbcUrl);
        store = new SinkStore(database);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
        closeDatabase();
    }

    @Test
    void storesAnArticleOnceWhenItIsSentTwice() throws SQLException {
        StoreResult first = store.store(articles(article("a1")));
        StoreResult second = store.store(articles(article("a1")));

        assertThat(first.articlesStored()).isEqualTo(1);
        assertThat(second.articlesStored()).isZero();
        assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM article_paragraphs")).isEqualTo(3);
    }

    @Test
    void storesEachParagraphOnceInOrder() throws SQLException {
        CleanArticle article = article("a1");

        store.store(articles(article, article));
        store.store(articles(article));

        assertThat(texts("SELECT text FROM article_paragraphs WHERE article_id = 'a1' ORDER BY idx"))
                .containsExactlyElementsOf(article.getParagraphs());
    }

    @Test
    void replacesAnArticleAndItsParagraphsWithANewerCleaning() throws SQLException {
        CleanArticle recleaned = CleanArticle.newBuilder(article("a1"))
                .setParagraphs(List.of("Only paragraph."))
                .setCleanedAt(Fixtures.CLEANED_AT.plusSeconds(60))
                .build();

        store.store(articles(article("a1")));
        StoreResult result = store.store(articles(recleaned));
        store.store(articles(article("a1")));

        assertThat(result.articlesStored()).isEqualTo(1);
        assertThat(texts("SELECT text FROM article_paragraphs WHERE article_id = 'a1' ORDER BY idx"))
                .containsExactly("Only paragraph.");
    }

    @Test
    void replacesAnOlderEventVersionWithANewerOne() throws SQLException {
        ConflictEvent newer = ConflictEvent.newBuilder(event("e1", 2))
                .setSources(List.of(Fixtures.source("a2", "Two sources now."), Fixtures.source("a3", "And a third.")))
                .build();

        store.store(events(EventChange.version(event("e1", 1))));
        StoreResult result = store.store(events(EventChange.version(newer)));

        assertThat(result.eventsApplied()).isEqualTo(1);
        assertThat(count("SELECT version FROM events WHERE event_id = 'e1'")).isEqualTo(2);
        assertThat(texts("SELECT article_id FROM event_sources WHERE event_id = 'e1' ORDER BY idx"))
                .containsExactly("a2", "a3");
        assertThat(count("SELECT COUNT(*) FROM event_versions WHERE event_id = 'e1'")).isEqualTo(2);
    }

    @Test
    void neverOverwritesANewerVersionWithAnOlderOneArrivingLate() throws SQLException {
        store.store(events(EventChange.version(event("e1", 2))));
        StoreResult late = store.store(events(EventChange.version(event("e1", 1))));

        assertThat(late.eventsApplied()).isZero();
        assertThat(late.staleEventVersionsSkipped()).isEqualTo(1);
        assertThat(texts("SELECT notes FROM events WHERE event_id = 'e1'"))
                .containsExactly("Clashes in Khan Sheikhoun, version 2.");
        assertThat(count("SELECT COUNT(*) FROM event_versions WHERE event_id = 'e1'")).isEqualTo(2);
    }

    @Test
    void appliesVersionsInOneBatchAsIfOneByOne() throws SQLException {
        StoreResult result = store.store(events(EventChange.version(event("e1", 1)),
                EventChange.version(event("e1", 3, "2019-08-21", "a3")), EventChange.version(event("e1", 2))));

        assertThat(result).isEqualTo(new StoreResult(0, 2, 1, 0));
        assertThat(count("SELECT version FROM events WHERE event_id = 'e1'")).isEqualTo(3);
        assertThat(texts("SELECT article_id FROM event_sources WHERE event_id = 'e1'")).containsExactly("a3");
    }

    @Test
    void retiresAnEventOnATombstoneAndKeepsItsHistory() throws SQLException {
        ConflictEvent merged = Fixtures.mergedInto(event("e2", 1), "e1");
        SinkBatch absorbed = events(EventChange.version(event("e2", 1)), EventChange.version(merged),
                EventChange.tombstone("e2"));

        StoreResult result = store.store(absorbed);
        store.store(absorbed);

        assertThat(result.tombstones()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM events WHERE event_id = 'e2' AND NOT live")).isEqualTo(1);
        assertThat(texts("SELECT merged_into FROM events WHERE event_id = 'e2'")).containsExactly("e1");
        assertThat(texts("SELECT merged_into FROM event_versions WHERE event_id = 'e2' ORDER BY version"))
                .containsExactly(null, "e1");
    }

    @Test
    void exportsOneLinePerLiveEventByDateThenId() throws IOException {
        ConflictEvent later = event("e0", 1, "2019-08-22", "a2");
        ConflictEvent earlierB = event("eb", 4);
        ConflictEvent earlierA = event("ea", 1);
        store.store(events(EventChange.version(later), EventChange.version(event("eb", 3)), EventChange.version(earlierB),
                EventChange.version(earlierA), EventChange.version(event("ec", 1)), EventChange.tombstone("ec")));

        List<String> lines = exportEvents();

        assertThat(lines).containsExactly(line(earlierA), line(earlierB), line(later));
    }

    @Test
    void exportsEventsWithTheContractKeys() throws IOException {
        store.store(events(EventChange.version(event("e1", 1))));

        JsonNode line = JSON.readTree(exportEvents().get(0));

        List<String> keys = new ArrayList<>();
        line.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("event_id", "version", "event_type", "sub_event_type", "event_date", "event_date_max",
                "date_precision", "actor1", "actor2", "location", "fatalities", "injured", "sources", "source_count",
                "notes");
        assertThat(line.get("event_type").asText()).isEqualTo("Battles");
        assertThat(line.get("location").get("latitude").asDouble()).isEqualTo(35.44208);
        assertThat(line.get("sources").get(0).get("evidence").get("confidence").asDouble()).isEqualTo(0.9);
    }

    @Test
    void exportsArticlesByPublicationThenIdWithTheirParagraphs() throws IOException {
        store.store(articles(article("b", "2019-08-22", List.of("Later.")), article("z", "2019-08-21", List.of("One.",
                "Two.")), article("a", null, List.of("Undated."))));

        StringWriter out = new StringWriter();
        long lines = SinkExport.exportArticles(jdbcUrl, out);

        assertThat(lines).isEqualTo(3);
        assertThat(out.toString().lines().findFirst()).contains("{\"article_id\":\"z\",\"source_uri\":\"file:seeds/z.txt\","
                + "\"outlet\":\"Wire Agency\",\"url\":null,\"language\":\"en\",\"headline\":\"Headline of z\","
                + "\"dateline\":\"BEIRUT\",\"byline\":\"By A. Reporter\",\"published\":\"2019-08-21\","
                + "\"published_from\":\"FEED\",\"captions\":[\"A caption\"],\"paragraphs\":[\"One.\",\"Two.\"],"
                + "\"repeated_paragraphs\":1,\"boilerplate_removed\":2,\"near_duplicate_of\":null}");
        assertThat(out.toString().lines().map(this::articleId)).containsExactly("z", "b", "a");
    }

    @Test
    void countsArticlesParagraphsAndLiveEvents() {
        store.store(new SinkBatch(List.of(article("a1"), article("a2")),
                List.of(EventChange.version(event("e1", 1)), EventChange.version(event("e2", 1)),
                        EventChange.tombstone("e2"))));

        assertThat(SinkCounts.query(jdbcUrl)).isEqualTo(new SinkCounts(2, 6, 1));
    }

    private static SinkBatch articles(CleanArticle... articles) {
        return new SinkBatch(List.of(articles), List.of());
    }

    private static SinkBatch events(EventChange... changes) {
        return new SinkBatch(List.of(), List.of(changes));
    }

    private static String line(ConflictEvent event) {
        return EventJson.exportLine(EventJson.payload(event));
    }

    private List<String> exportEvents() throws IOException {
        StringWriter out = new StringWriter();
        SinkExport.exportEvents(jdbcUrl, out);
        return out.toString().lines().toList();
    }

    private String articleId(String line) {
        try {
            return JSON.readTree(line).get("article_id").asText();
        } catch (IOException e) {
            throw new AssertionError("export line is not JSON: " + line, e);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            return rows.getLong(1);
        }
    }

    private List<String> texts(String sql) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            List<String> texts = new ArrayList<>();
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
            return texts;
        }
    }
}
