package io.eventwire.runner.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Scores exported events against a gold file the way {@code shared/tools/score_events.py} does: a
 * predicted event matches a gold event when the sub-event type (strict) or event type (lenient) is
 * the same, the place is the same GeoNames id or within 25 km, and the dates overlap the gold range
 * widened by a day; each gold event matches one prediction (maximum-weight assignment), other
 * predictions that would match a matched gold event are duplicates. Stateless.
 */
public final class EventScorer {

    private static final double TOLERANCE_KM = 25.0;
    private static final double EXACT_KM = 5.0;
    private static final int BIG = 1000;

    private EventScorer() {
    }

    /** One event, gold or predicted, as the scorer sees it. */
    record Event(@Nullable String id, @Nullable String eventType, @Nullable String subEventType,
            @Nullable LocalDate date, @Nullable LocalDate dateMax, @Nullable Double lat, @Nullable Double lon,
            @Nullable Long geonamesId, @Nullable String actor1, @Nullable String actor2, @Nullable Integer fatalities,
            Set<String> sources, @Nullable String place) {

        /** One line for a person: type, place, dates, actors, fatalities and sources. */
        String describe() {
            return String.format(Locale.ROOT, "%s at %s (%s), %s%s, %s vs %s, fatalities %s, sources %s", subEventType,
                    place, geonamesId, date, dateMax != null && !dateMax.equals(date) ? ".." + dateMax : "", actor1,
                    actor2, fatalities, new TreeSet<>(sources));
        }
    }

    /** The scores of one mode. */
    public record Report(String mode, int gold, int predicted, int matched, int duplicates, double precision,
            double recall, double f1, double precisionExclDuplicates, double f1ExclDuplicates,
            Map<String, Double> attributeAccuracy, double sourceRecall, double sourcePrecision,
            List<String> unmatchedGold) {

        /** One line, like score_events.py prints it. */
        public String line() {
            StringBuilder attrs = new StringBuilder("{");
            attributeAccuracy.forEach((k, v) -> attrs.append(attrs.length() > 1 ? ", " : "")
                    .append('"').append(k).append("\": ").append(v));
            attrs.append('}');
            return String.format(Locale.ROOT, "%-8s P=%.3f R=%.3f F1=%.3f (without duplicates: P=%.3f F1=%.3f) "
                            + "matched=%d/%d predicted=%d duplicates=%d source_recall=%.3f attrs=%s",
                    mode, precision, recall, f1, precisionExclDuplicates, f1ExclDuplicates, matched, gold, predicted,
                    duplicates, sourceRecall, attrs);
        }
    }

    /** Strict and lenient reports for {@code predictions} (export lines) against the gold document. */
    public static List<Report> score(JsonNode goldDocument, List<JsonNode> predictions) {
        List<Event> gold = new ArrayList<>();
        goldDocument.path("events").forEach(node -> gold.add(goldEvent(node)));
        List<Event> predicted = predictions.stream().map(EventScorer::predictedEvent).toList();
        return List.of(score(gold, predicted, true), score(gold, predicted, false));
    }

    /**
     * What went wrong, event by event, in strict mode: each gold event missed or matched with the
     * attributes that differ, then each prediction that matched no gold event (a false positive or a
     * duplicate). One line each, for a person reading why the scores are what they are.
     */
    public static List<String> details(JsonNode goldDocument, List<JsonNode> predictions) {
        List<Event> gold = new ArrayList<>();
        goldDocument.path("events").forEach(node -> gold.add(goldEvent(node)));
        List<Event> preds = predictions.stream().map(EventScorer::predictedEvent).toList();
        Map<Integer, Integer> pairs = pairs(gold, preds, true);
        List<String> lines = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Event expected = gold.get(g);
            Integer p = pairs.get(g);
            if (p == null) {
                lines.add("MISSED     " + expected.id() + ": " + expected.describe());
                continue;
            }
            List<String> differences = differences(expected, preds.get(p));
            lines.add((differences.isEmpty() ? "MATCHED    " : "DIFFERENT  ") + expected.id()
                    + (differences.isEmpty() ? "" : ": " + String.join("; ", differences)));
        }
        Set<Integer> matched = new HashSet<>(pairs.values());
        for (int p = 0; p < preds.size(); p++) {
            if (matched.contains(p)) {
                continue;
            }
            int of = p;
            String duplicateOf = pairs.entrySet().stream()
                    .filter(pair -> compatible(gold.get(pair.getKey()), preds.get(of), true))
                    .map(pair -> gold.get(pair.getKey()).id()).findFirst().orElse(null);
            lines.add((duplicateOf != null ? "DUPLICATE  of " + duplicateOf + ": " : "EXTRA      ")
                    + preds.get(p).id() + ": " + preds.get(p).describe());
        }
        return lines;
    }

    private static List<String> differences(Event gold, Event predicted) {
        List<String> differences = new ArrayList<>();
        LocalDate hi = gold.dateMax() != null ? gold.dateMax() : gold.date();
        if (predicted.date().isBefore(gold.date()) || predicted.date().isAfter(hi)) {
            differences.add("date " + predicted.date() + " for " + gold.date() + (hi.equals(gold.date()) ? "" : ".." + hi));
        }
        if (!samePlace(gold, predicted, EXACT_KM)) {
            differences.add("place " + predicted.place() + " for " + gold.place());
        }
        addIfDifferent(differences, "actor1", gold.actor1(), predicted.actor1());
        addIfDifferent(differences, "actor2", gold.actor2(), predicted.actor2());
        addIfDifferent(differences, "fatalities", gold.fatalities(), predicted.fatalities());
        Set<String> missing = new TreeSet<>(gold.sources());
        missing.removeAll(predicted.sources());
        if (!missing.isEmpty()) {
            differences.add("sources missing " + missing);
        }
        return differences;
    }

    private static void addIfDifferent(List<String> differences, String attribute, @Nullable Object gold,
            @Nullable Object predicted) {
        if (!Objects.equals(gold, predicted)) {
            differences.add(attribute + " " + predicted + " for " + gold);
        }
    }

    private static Map<Integer, Integer> pairs(List<Event> gold, List<Event> preds, boolean strict) {
        int[][] weights = new int[gold.size()][preds.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < preds.size(); p++) {
                weights[g][p] = compatible(gold.get(g), preds.get(p), strict) ? BIG + pairScore(gold.get(g), preds.get(p)) : 0;
            }
        }
        return gold.isEmpty() || preds.isEmpty() ? Map.of() : Assignment.maximum(weights);
    }

    static Report score(List<Event> gold, List<Event> preds, boolean strict) {
        Map<Integer, Integer> pairs = pairs(gold, preds, strict);
        Set<Integer> matchedPreds = new HashSet<>(pairs.values());
        int duplicates = 0;
        for (int p = 0; p < preds.size(); p++) {
            if (matchedPreds.contains(p)) {
                continue;
            }
            for (int g : pairs.keySet()) {
                if (compatible(gold.get(g), preds.get(p), strict)) {
                    duplicates++;
                    break;
                }
            }
        }
        int nP = preds.size();
        int nG = gold.size();
        int nM = pairs.size();
        double precision = nP == 0 ? 0 : (double) nM / nP;
        double recall = nG == 0 ? 0 : (double) nM / nG;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        int nPd = nP - duplicates;
        double precisionXd = nPd == 0 ? 0 : (double) nM / nPd;
        double f1Xd = precisionXd + recall == 0 ? 0 : 2 * precisionXd * recall / (precisionXd + recall);
        Map<String, Integer> attrs = new LinkedHashMap<>();
        for (String key : List.of("date_exact", "place_exact", "actor1", "actor2", "fatalities")) {
            attrs.put(key, 0);
        }
        int srcHit = 0;
        int srcGold = 0;
        int srcPred = 0;
        int srcPredOk = 0;
        for (Map.Entry<Integer, Integer> pair : pairs.entrySet()) {
            Event g = gold.get(pair.getKey());
            Event p = preds.get(pair.getValue());
            LocalDate lo = g.date();
            LocalDate hi = g.dateMax() != null ? g.dateMax() : g.date();
            attrs.merge("date_exact", !p.date().isBefore(lo) && !p.date().isAfter(hi) ? 1 : 0, Integer::sum);
            attrs.merge("place_exact", samePlace(g, p, EXACT_KM) ? 1 : 0, Integer::sum);
            attrs.merge("actor1", Objects.equals(g.actor1(), p.actor1()) ? 1 : 0, Integer::sum);
            attrs.merge("actor2", Objects.equals(g.actor2(), p.actor2()) ? 1 : 0, Integer::sum);
            attrs.merge("fatalities", Objects.equals(g.fatalities(), p.fatalities()) ? 1 : 0, Integer::sum);
            Set<String> shared = new HashSet<>(g.sources());
            shared.retainAll(p.sources());
            srcGold += g.sources().size();
            srcHit += shared.size();
            srcPred += p.sources().size();
            srcPredOk += shared.size();
        }
        Map<String, Double> accuracy = new LinkedHashMap<>();
        attrs.forEach((k, v) -> accuracy.put(k, nM == 0 ? 0.0 : round((double) v / nM)));
        List<String> unmatched = new ArrayList<>();
        for (int g = 0; g < nG; g++) {
            if (!pairs.containsKey(g)) {
                unmatched.add(gold.get(g).id());
            }
        }
        return new Report(strict ? "strict" : "lenient", nG, nP, nM, duplicates, round(precision), round(recall),
                round(f1), round(precisionXd), round(f1Xd), accuracy,
                srcGold == 0 ? 0 : round((double) srcHit / srcGold), srcPred == 0 ? 0 : round((double) srcPredOk / srcPred),
                unmatched);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static boolean compatible(Event g, Event p, boolean strict) {
        boolean type = strict ? Objects.equals(p.subEventType(), g.subEventType())
                : Objects.equals(p.eventType(), g.eventType());
        return type && samePlace(g, p, TOLERANCE_KM) && dateOk(g, p);
    }

    private static boolean dateOk(Event g, Event p) {
        if (p.date() == null) {
            return false;
        }
        LocalDate lo = g.date().minusDays(1);
        LocalDate hi = (g.dateMax() != null ? g.dateMax() : g.date()).plusDays(1);
        return !p.date().isAfter(hi) && !p.dateMax().isBefore(lo);
    }

    private static int pairScore(Event g, Event p) {
        LocalDate lo = g.date();
        LocalDate hi = g.dateMax() != null ? g.dateMax() : g.date();
        Set<String> shared = new HashSet<>(p.sources());
        shared.retainAll(g.sources());
        return 3 * shared.size() + 2 * (samePlace(g, p, EXACT_KM) ? 1 : 0)
                + (Objects.equals(g.actor1(), p.actor1()) ? 1 : 0)
                + (Objects.equals(g.actor2(), p.actor2()) ? 1 : 0)
                + (!p.date().isBefore(lo) && !p.date().isAfter(hi) ? 1 : 0)
                + (Objects.equals(g.fatalities(), p.fatalities()) ? 1 : 0);
    }

    private static boolean samePlace(Event g, Event p, double limitKm) {
        if (g.geonamesId() != null && p.geonamesId() != null && g.geonamesId().equals(p.geonamesId())) {
            return true;
        }
        if (g.lat() == null || g.lon() == null || p.lat() == null || p.lon() == null) {
            return false;
        }
        return km(g.lat(), g.lon(), p.lat(), p.lon()) <= limitKm;
    }

    static double km(double aLat, double aLon, double bLat, double bLon) {
        double p1 = Math.toRadians(aLat);
        double p2 = Math.toRadians(bLat);
        double dp = p2 - p1;
        double dl = Math.toRadians(bLon - aLon);
        double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }

    // ---- reading events -----------------------------------------------------------------------------

    static Event goldEvent(JsonNode node) {
        Set<String> sources = new HashSet<>();
        node.path("sources").forEach(s -> sources.add(basename(s.asText())));
        return new Event(text(node, "id"), text(node, "event_type"), text(node, "sub_event_type"),
                date(node.get("date")), date(node.get("date_max")), number(node.get("lat")), number(node.get("lon")),
                integer(node.get("geonames_id")), normActor(node.get("actor1")), normActor(node.get("actor2")),
                fatalities(node.get("fatalities")), sources, text(node, "location"));
    }

    static Event predictedEvent(JsonNode node) {
        JsonNode location = first(node, "location");
        if (location != null && !location.isObject()) {
            location = null;
        }
        Double lat = number(first(node, "latitude", "lat"));
        Double lon = number(first(node, "longitude", "lon"));
        Long geonamesId = integer(first(node, "geonames_id", "geonamesId"));
        if (location != null) {
            lat = lat != null ? lat : number(first(location, "latitude", "lat"));
            lon = lon != null ? lon : number(first(location, "longitude", "lon"));
            geonamesId = geonamesId != null ? geonamesId : integer(first(location, "geonames_id", "geonamesId"));
        }
        LocalDate date = date(first(node, "event_date", "eventDate", "date_start", "dateStart", "date"));
        LocalDate dateMax = date(first(node, "event_date_max", "eventDateMax", "date_end", "dateEnd", "date_max",
                "last_event_date", "lastEventDate"));
        Set<String> sources = new HashSet<>();
        JsonNode list = first(node, "sources");
        if (list != null) {
            for (JsonNode source : list) {
                String uri = source.isObject() ? textOf(first(source, "source_uri", "sourceUri", "uri", "file", "url",
                        "article_id", "articleId")) : source.asText();
                if (uri != null) {
                    sources.add(basename(uri));
                }
            }
        }
        String place = location != null ? textOf(first(location, "name")) : textOf(first(node, "location"));
        return new Event(textOf(first(node, "event_id", "eventId", "id")), textOf(first(node, "event_type", "eventType")),
                textOf(first(node, "sub_event_type", "subEventType")), date, dateMax != null ? dateMax : date, lat, lon,
                geonamesId, normActor(first(node, "actor1")), normActor(first(node, "actor2")),
                fatalities(first(node, "fatalities")), sources, place);
    }

    private static @Nullable JsonNode first(JsonNode node, String... keys) {
        for (String key : keys) {
            JsonNode value = node.get(key);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable String text(JsonNode node, String key) {
        return textOf(node.get(key));
    }

    private static @Nullable String textOf(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static @Nullable Double number(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }

    private static @Nullable Long integer(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.asText().isEmpty()) {
            return null;
        }
        return node.asLong();
    }

    private static @Nullable LocalDate date(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            long value = node.asLong();
            return LocalDate.ofEpochDay(value < 1_000_000 ? value : value / 86_400_000L);
        }
        return LocalDate.parse(node.asText().substring(0, 10));
    }

    private static @Nullable Integer fatalities(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            JsonNode best = first(node, "best", "low");
            return best == null ? null : best.asInt();
        }
        return node.asInt();
    }

    static @Nullable String normActor(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String name = node.isObject() ? textOf(first(node, "name", "canonical_name", "canonicalName")) : node.asText();
        if (name == null) {
            return null;
        }
        String cleaned = name.replaceAll("\\(\\d{4}-\\d{0,4}\\)", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String basename(String uri) {
        String s = uri.startsWith("file:") ? uri.substring(5) : uri;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int slash = s.lastIndexOf('/');
        return slash < 0 ? s : s.substring(slash + 1);
    }
}
