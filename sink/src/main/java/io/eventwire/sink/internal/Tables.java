package io.eventwire.sink.internal;

import static io.eventwire.sink.internal.SqlType.BIGINT;
import static io.eventwire.sink.internal.SqlType.BOOLEAN;
import static io.eventwire.sink.internal.SqlType.DOUBLE;
import static io.eventwire.sink.internal.SqlType.INTEGER;
import static io.eventwire.sink.internal.SqlType.JSON;
import static io.eventwire.sink.internal.SqlType.TEXT;
import static io.eventwire.sink.internal.SqlType.TIMESTAMP;

import java.util.List;

/** The tables of the sink, as the migrations in {@code db/migration} create them. */
public final class Tables {

    public static final Table ARTICLES = new Table("articles", List.of("article_id"), List.of(
            new Column("article_id", TEXT),
            new Column("source_uri", TEXT),
            new Column("outlet", TEXT),
            new Column("url", TEXT),
            new Column("language", TEXT),
            new Column("headline", TEXT),
            new Column("dateline", TEXT),
            new Column("byline", TEXT),
            new Column("published", TEXT),
            new Column("published_from", TEXT),
            new Column("repeated_paragraphs", INTEGER),
            new Column("boilerplate_removed", INTEGER),
            new Column("near_duplicate_of", TEXT),
            new Column("captions", JSON),
            new Column("cleaned_at", TIMESTAMP),
            new Column("stored_at", TIMESTAMP)));

    public static final Table ARTICLE_PARAGRAPHS = new Table("article_paragraphs", List.of("article_id", "idx"), List.of(
            new Column("article_id", TEXT),
            new Column("idx", INTEGER),
            new Column("text", TEXT)));

    public static final Table EVENTS = new Table("events", List.of("event_id"), List.of(
            new Column("event_id", TEXT),
            new Column("version", INTEGER),
            new Column("event_type", TEXT),
            new Column("sub_event_type", TEXT),
            new Column("event_date", TEXT),
            new Column("event_date_max", TEXT),
            new Column("date_precision", TEXT),
            new Column("actor1_name", TEXT),
            new Column("actor1_inter", INTEGER),
            new Column("actor1_country", TEXT),
            new Column("actor2_name", TEXT),
            new Column("actor2_inter", INTEGER),
            new Column("actor2_country", TEXT),
            new Column("location_name", TEXT),
            new Column("location_geonames_id", BIGINT),
            new Column("location_latitude", DOUBLE),
            new Column("location_longitude", DOUBLE),
            new Column("location_country_code", TEXT),
            new Column("location_admin1", TEXT),
            new Column("location_admin2", TEXT),
            new Column("location_precision", TEXT),
            new Column("fatalities_low", INTEGER),
            new Column("fatalities_best", INTEGER),
            new Column("fatalities_high", INTEGER),
            new Column("injured", INTEGER),
            new Column("source_count", INTEGER),
            new Column("outlet_count", INTEGER),
            new Column("notes", TEXT),
            new Column("merged_into", TEXT),
            new Column("first_reported_at", TEXT),
            new Column("last_reported_at", TEXT),
            new Column("updated_at", TIMESTAMP),
            new Column("live", BOOLEAN),
            new Column("payload", JSON)));

    public static final Table EVENT_SOURCES = new Table("event_sources", List.of("event_id", "idx"), List.of(
            new Column("event_id", TEXT),
            new Column("idx", INTEGER),
            new Column("article_id", TEXT),
            new Column("source_uri", TEXT),
            new Column("outlet", TEXT),
            new Column("published", TEXT),
            new Column("evidence_sentence", TEXT),
            new Column("evidence_start_offset", INTEGER),
            new Column("evidence_end_offset", INTEGER),
            new Column("evidence_reported_by", TEXT),
            new Column("evidence_confidence", DOUBLE)));

    public static final Table EVENT_VERSIONS = new Table("event_versions", List.of("event_id", "version"), List.of(
            new Column("event_id", TEXT),
            new Column("version", INTEGER),
            new Column("merged_into", TEXT),
            new Column("recorded_at", TIMESTAMP)));

    private Tables() {
    }
}
