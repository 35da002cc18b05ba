package io.eventwire.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.eventwire.schema.ConflictEvent;
import io.eventwire.sink.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventRowsTest {

    @Test
    void flattensAnEventIntoOneRow() {
        ConflictEvent event = Fixtures.event("e1", 2);

        Map<String, @Nullable Object> row = EventRows.event(event);

        assertThat(row).containsExactly(
                entry("event_id", "e1"),
                entry("version", 2),
                entry("event_type", "Battles"),
                entry("sub_event_type", "Armed clash"),
                entry("event_date", "2019-08-21"),
                entry("event_date_max", "2019-08-21"),
                entry("date_precision", "DAY"),
                entry("actor1_name", "Military Forces of Syria"),
                entry("actor1_inter", 1),
                entry("actor1_country", "SY"),
                entry("actor2_name", "Hayat Tahrir al-Sham"),
                entry("actor2_inter", 2),
                entry("actor2_country", null),
                entry("location_name", "Khan Shaykhun"),
                entry("location_geonames_id", 169389L),
                entry("location_latitude", 35.44208),
                entry("location_longitude", 36.65095),
                entry("location_country_code", "SY"),
                entry("location_admin1", "Idlib"),
                entry("location_admin2", "Maarrat an Nu'man"),
                entry("location_precision", "EXACT"),
                entry("fatalities_low", 10),
                entry("fatalities_best", 12),
                entry("fatalities_high", 15),
                entry("injured", 20),
                entry("source_count", 1),
                entry("outlet_count", 1),
                entry("notes", "Clashes in Khan Sheikhoun, version 2."),
                entry("merged_into", null),
                entry("first_reported_at", "2019-08-21"),
                entry("last_reported_at", "2019-08-21"),
                entry("updated_at", Instant.parse("2019-08-22T08:00:02Z")),
                entry("live", true),
                entry("payload", EventJson.payload(event)));
    }

    @Test
    void storesAMergedVersionAsNotLive() {
        assertThat(EventRows.event(Fixtures.mergedInto(Fixtures.event("e1", 1), "e9")))
                .contains(entry("merged_into", "e9"), entry("live", false));
    }

    @Test
    void mapsEachSourceToARowWithItsEvidence() {
        assertThat(EventRows.sources(Fixtures.event("e1", 1))).containsExactly(Map.ofEntries(
                entry("event_id", "e1"),
                entry("idx", 0),
                entry("article_id", "a1"),
                entry("source_uri", "file:seeds/a1.txt"),
                entry("outlet", "Wire Agency"),
                entry("published", "2019-08-21"),
                entry("evidence_sentence", "Government forces clashed with militants in Khan Sheikhoun."),
                entry("evidence_start_offset", 0),
                entry("evidence_end_offset", 59),
                entry("evidence_reported_by", "Syrian Observatory for Human Rights"),
                entry("evidence_confidence", 0.9)));
    }

    @Test
    void recordsEachVersionWithWhenItWasProduced() {
        assertThat(EventRows.version(Fixtures.event("e1", 3))).containsExactly(
                entry("event_id", "e1"),
                entry("version", 3),
                entry("merged_into", null),
                entry("recorded_at", Instant.parse("2019-08-22T08:00:03Z")));
    }

    @Test
    void fillsEveryColumnOfItsTables() {
        ConflictEvent event = Fixtures.event("e1", 1);

        assertThat(EventRows.event(event).keySet()).containsExactlyElementsOf(names(Tables.EVENTS));
        assertThat(EventRows.sources(event).get(0).keySet()).containsExactlyElementsOf(names(Tables.EVENT_SOURCES));
        assertThat(EventRows.version(event).keySet()).containsExactlyElementsOf(names(Tables.EVENT_VERSIONS));
        assertThat(ArticleRows.article(Fixtures.article("a1"), Instant.EPOCH).keySet())
                .containsExactlyElementsOf(names(Tables.ARTICLES));
        assertThat(ArticleRows.paragraphs(Fixtures.article("a1")).get(0).keySet())
                .containsExactlyElementsOf(names(Tables.ARTICLE_PARAGRAPHS));
    }

    private static List<String> names(Table table) {
        return table.columns().stream().map(Column::name).collect(Collectors.toList());
    }
}
