package io.eventwire.sink.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventwire.schema.Actor;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.Evidence;
import io.eventwire.schema.Fatalities;
import io.eventwire.schema.Location;
import io.eventwire.schema.Source;
import org.jspecify.annotations.Nullable;

/**
 * Events as JSON: the full stored payload (every field, Avro field names, event type as its ACLED
 * label) and the export line of DESIGN.md's contract, projected from the payload. Thread safe.
 */
public final class EventJson {

    private EventJson() {
    }

    /** The full event as compact JSON, as stored in {@code events.payload}. */
    public static String payload(ConflictEvent event) {
        ObjectNode json = Json.object();
        json.put("event_id", event.getEventId());
        json.put("version", event.getVersion());
        json.put("event_type", AcledLabels.label(event.getEventType()));
        json.put("sub_event_type", event.getSubEventType());
        json.put("event_date", event.getEventDate());
        json.put("event_date_max", event.getEventDateMax());
        json.put("date_precision", event.getDatePrecision().name());
        json.set("actor1", actor(event.getActor1()));
        json.set("actor2", actor(event.getActor2()));
        json.set("location", location(event.getLocation()));
        json.set("fatalities", fatalities(event.getFatalities()));
        json.put("injured", event.getInjured());
        ArrayNode sources = json.putArray("sources");
        event.getSources().forEach(source -> sources.add(source(source)));
        json.put("source_count", event.getSourceCount());
        json.put("outlet_count", event.getOutletCount());
        json.put("notes", event.getNotes());
        json.put("merged_into", event.getMergedInto());
        json.put("first_reported_at", event.getFirstReportedAt());
        json.put("last_reported_at", event.getLastReportedAt());
        json.put("updated_at", event.getUpdatedAt().toString());
        return Json.write(json);
    }

    /** The export line of a stored payload: actors as their names, location without its surface words. */
    public static String exportLine(String payload) {
        JsonNode event = Json.read(payload);
        ObjectNode line = Json.object();
        copy(event, line, "event_id", "version", "event_type", "sub_event_type", "event_date", "event_date_max",
                "date_precision");
        putActor(line, "actor1", event.get("actor1"));
        putActor(line, "actor2", event.get("actor2"));
        line.set("location", exportedLocation(event.get("location")));
        copy(event, line, "fatalities", "injured", "sources", "source_count", "outlet_count", "notes",
                "first_reported_at", "last_reported_at");
        return Json.write(line);
    }

    private static JsonNode actor(@Nullable Actor actor) {
        if (actor == null) {
            return NullNode.getInstance();
        }
        ObjectNode json = Json.object();
        json.put("name", actor.getName());
        json.put("inter_code", actor.getInterCode());
        json.put("country_code", actor.getCountryCode());
        json.put("surface", actor.getSurface());
        return json;
    }

    private static JsonNode location(@Nullable Location location) {
        if (location == null) {
            return NullNode.getInstance();
        }
        ObjectNode json = Json.object();
        json.put("name", location.getName());
        json.put("geonames_id", location.getGeonamesId());
        json.put("latitude", location.getLatitude());
        json.put("longitude", location.getLongitude());
        json.put("country_code", location.getCountryCode());
        json.put("admin1", location.getAdmin1());
        json.put("admin2", location.getAdmin2());
        json.put("precision", location.getPrecision().name());
        json.put("surface", location.getSurface());
        return json;
    }

    private static ObjectNode fatalities(Fatalities fatalities) {
        ObjectNode json = Json.object();
        json.put("low", fatalities.getLow());
        json.put("best", fatalities.getBest());
        json.put("high", fatalities.getHigh());
        return json;
    }

    private static ObjectNode source(Source source) {
        ObjectNode json = Json.object();
        json.put("article_id", source.getArticleId());
        json.put("source_uri", source.getSourceUri());
        json.put("outlet", source.getOutlet());
        json.put("published", source.getPublished());
        Evidence evidence = source.getEvidence();
        ObjectNode evidenceJson = json.putObject("evidence");
        evidenceJson.put("sentence", evidence.getSentence());
        evidenceJson.put("start_offset", evidence.getStartOffset());
        evidenceJson.put("end_offset", evidence.getEndOffset());
        evidenceJson.put("reported_by", evidence.getReportedBy());
        evidenceJson.put("confidence", confidence(evidence));
        return json;
    }

    /** The confidence as the decimal the float prints as (0.9f is 0.9, not 0.8999999761581421). */
    static double confidence(Evidence evidence) {
        return Double.parseDouble(Float.toString(evidence.getConfidence()));
    }

    private static void putActor(ObjectNode line, String field, JsonNode actor) {
        boolean present = actor != null && actor.isObject();
        line.set(field, present ? actor.get("name") : NullNode.getInstance());
        line.set(field + "_inter", present ? actor.get("inter_code") : NullNode.getInstance());
        line.set(field + "_country", present ? actor.get("country_code") : NullNode.getInstance());
    }

    private static JsonNode exportedLocation(JsonNode location) {
        if (location == null || !location.isObject()) {
            return NullNode.getInstance();
        }
        ObjectNode exported = Json.object();
        copy(location, exported, "name", "geonames_id", "latitude", "longitude", "country_code", "admin1", "admin2",
                "precision");
        return exported;
    }

    private static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String field : fields) {
            JsonNode value = from.get(field);
            to.set(field, value == null ? NullNode.getInstance() : value.deepCopy());
        }
    }
}
