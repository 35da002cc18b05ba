package io.eventwire.sink.internal;

import io.eventwire.schema.Actor;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.Evidence;
import io.eventwire.schema.Location;
import io.eventwire.schema.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Maps an event version to the rows of {@link Tables#EVENTS}, {@link Tables#EVENT_SOURCES} and {@link Tables#EVENT_VERSIONS}. */
public final class EventRows {

    private EventRows() {
    }

    /** The {@code events} row: every scalar field flattened, live unless merged into another event, the full payload. */
    public static Map<String, @Nullable Object> event(ConflictEvent event) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("event_id", event.getEventId());
        row.put("version", event.getVersion());
        row.put("event_type", AcledLabels.label(event.getEventType()));
        row.put("sub_event_type", event.getSubEventType());
        row.put("event_date", event.getEventDate());
        row.put("event_date_max", event.getEventDateMax());
        row.put("date_precision", event.getDatePrecision().name());
        putActor(row, "actor1", event.getActor1());
        putActor(row, "actor2", event.getActor2());
        putLocation(row, event.getLocation());
        row.put("fatalities_low", event.getFatalities().getLow());
        row.put("fatalities_best", event.getFatalities().getBest());
        row.put("fatalities_high", event.getFatalities().getHigh());
        row.put("injured", event.getInjured());
        row.put("source_count", event.getSourceCount());
        row.put("outlet_count", event.getOutletCount());
        row.put("notes", event.getNotes());
        row.put("merged_into", event.getMergedInto());
        row.put("first_reported_at", event.getFirstReportedAt());
        row.put("last_reported_at", event.getLastReportedAt());
        row.put("updated_at", event.getUpdatedAt());
        row.put("live", event.getMergedInto() == null);
        row.put("payload", EventJson.payload(event));
        return row;
    }

    /** The {@code event_sources} rows, one per source in order. */
    public static List<Map<String, @Nullable Object>> sources(ConflictEvent event) {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        List<Source> sources = event.getSources();
        for (int idx = 0; idx < sources.size(); idx++) {
            Source source = sources.get(idx);
            Evidence evidence = source.getEvidence();
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            row.put("event_id", event.getEventId());
            row.put("idx", idx);
            row.put("article_id", source.getArticleId());
            row.put("source_uri", source.getSourceUri());
            row.put("outlet", source.getOutlet());
            row.put("published", source.getPublished());
            row.put("evidence_sentence", evidence.getSentence());
            row.put("evidence_start_offset", evidence.getStartOffset());
            row.put("evidence_end_offset", evidence.getEndOffset());
            row.put("evidence_reported_by", evidence.getReportedBy());
            row.put("evidence_confidence", EventJson.confidence(evidence));
            rows.add(row);
        }
        return rows;
    }

    /** The {@code event_versions} row: the version, what it merged into, when enrich produced it. */
    public static Map<String, @Nullable Object> version(ConflictEvent event) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("event_id", event.getEventId());
        row.put("version", event.getVersion());
        row.put("merged_into", event.getMergedInto());
        row.put("recorded_at", event.getUpdatedAt());
        return row;
    }

    private static void putActor(Map<String, @Nullable Object> row, String prefix, @Nullable Actor actor) {
        row.put(prefix + "_name", get(actor, Actor::getName));
        row.put(prefix + "_inter", get(actor, Actor::getInterCode));
        row.put(prefix + "_country", get(actor, Actor::getCountryCode));
    }

    private static void putLocation(Map<String, @Nullable Object> row, @Nullable Location location) {
        row.put("location_name", get(location, Location::getName));
        row.put("location_geonames_id", get(location, Location::getGeonamesId));
        row.put("location_latitude", get(location, Location::getLatitude));
        row.put("location_longitude", get(location, Location::getLongitude));
        row.put("location_country_code", get(location, Location::getCountryCode));
        row.put("location_admin1", get(location, Location::getAdmin1));
        row.put("location_admin2", get(location, Location::getAdmin2));
        row.put("location_precision", location == null ? null : location.getPrecision().name());
    }

    private static <T, R> @Nullable R get(@Nullable T value, Function<T, @Nullable R> field) {
        return value == null ? null : field.apply(value);
    }
}
