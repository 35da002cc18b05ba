package io.eventwire.enrich.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Writes ACLED-style one-line notes from the templates of {@code notes.tsv}. Immutable. */
public final class Notes {

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\]]*)]");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Map<String, String> templates;

    private Notes(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    /** The shipped templates. */
    public static Notes standard() {
        Map<String, String> templates = new HashMap<>();
        for (String[] row : DataFiles.rows("notes.tsv", 2)) {
            templates.put(row[0], row[1].trim());
        }
        if (!templates.containsKey("DEFAULT")) {
            throw new IllegalStateException("notes.tsv needs a DEFAULT template");
        }
        return new Notes(templates);
    }

    /**
     * The note of one event at a place, written "Place (Admin1)"; null parts are left out with
     * their bracketed phrase.
     */
    public String write(String subEventType, @Nullable LocalDate date, @Nullable String actor1,
            @Nullable String actor2, @Nullable String placeName, @Nullable String admin1) {
        String where = placeName == null ? null
                : admin1 == null || admin1.equals(placeName) ? placeName
                : placeName + " (" + admin1 + ")";
        return write(subEventType, date, actor1, actor2, where);
    }

    /** The note of one event; null parts are left out with their bracketed phrase. */
    String write(String subEventType, @Nullable LocalDate date, @Nullable String actor1, @Nullable String actor2,
            @Nullable String place) {
        String template = templates.getOrDefault(subEventType, templates.get("DEFAULT"));
        Map<String, String> values = new HashMap<>();
        values.put("date", date == null ? "an unknown date" : DATE.format(date));
        values.put("actor1", actor1 == null ? "an unidentified actor" : actor1);
        values.put("actor2", actor2 == null ? "" : actor2);
        values.put("place", place == null ? "an unknown place" : place);
        values.put("subtype", subEventType);
        Matcher optional = OPTIONAL.matcher(template);
        StringBuilder out = new StringBuilder();
        while (optional.find()) {
            String part = fill(optional.group(1), values);
            boolean empty = optional.group(1).contains("{actor2}") && actor2 == null
                    || optional.group(1).contains("{actor1}") && actor1 == null;
            optional.appendReplacement(out, Matcher.quoteReplacement(empty ? "" : part));
        }
        optional.appendTail(out);
        return fill(out.toString(), values);
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }
}
