package io.eventwire.enrich.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes ACLED-style one-line notes from the templates of {@code notes.tsv}. Each template is read once into
 * its pieces (text, placeholders and optional parts), so writing a note only appends them. Immutable.
 */
public final class Notes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** The month names {@link #DATE} writes, by month number, for the fast path of {@link #date}. */
    private static final String[] MONTHS = monthNames();
    private static final List<String> PLACEHOLDERS = List.of("date", "actor1", "actor2", "place", "subtype");
    private static final int DATE_VALUE = 0;
    private static final int ACTOR1 = 1;
    private static final int ACTOR2 = 2;
    private static final int PLACE = 3;
    private static final int SUBTYPE = 4;

    /**
     * A piece of a template: literal text, a placeholder (an index into {@link #PLACEHOLDERS}), or an optional
     * part, dropped when an actor placeholder in it has no value.
     */
    private record Piece(@Nullable String text, int value, List<Piece> optional) {
        static Piece literal(String text) {
            return new Piece(text, -1, List.of());
        }
    }

    private final Map<String, List<Piece>> templates;

    private Notes(Map<String, String> templates) {
        Map<String, List<Piece>> compiled = new HashMap<>();
        templates.forEach((type, template) -> compiled.put(type, compile(template)));
        this.templates = Map.copyOf(compiled);
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
        List<Piece> template = templates.getOrDefault(subEventType, templates.get("DEFAULT"));
        String[] values = new String[PLACEHOLDERS.size()];
        values[DATE_VALUE] = date == null ? "an unknown date" : date(date);
        values[ACTOR1] = actor1 == null ? "an unidentified actor" : actor1;
        values[ACTOR2] = actor2 == null ? "" : actor2;
        values[PLACE] = place == null ? "an unknown place" : place;
        values[SUBTYPE] = subEventType;
        StringBuilder out = new StringBuilder(96);
        for (Piece piece : template) {
            if (piece.text() == null && piece.value() < 0) {
                boolean empty = actor2 == null && uses(piece.optional(), ACTOR2)
                        || actor1 == null && uses(piece.optional(), ACTOR1);
                if (!empty) {
                    append(out, piece.optional(), values);
                }
            } else {
                out.append(piece.text() != null ? piece.text() : values[piece.value()]);
            }
        }
        return out.toString();
    }

    /**
     * The date as {@link #DATE} writes it ("20 August 2019"), put together directly for four-digit years: the
     * formatter costs more than the rest of the note.
     */
    private static String date(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return DATE.format(date);
        }
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue()] + " " + year;
    }

    private static String[] monthNames() {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
        String[] names = new String[13];
        for (int m = 1; m <= 12; m++) {
            names[m] = month.format(LocalDate.of(2000, m, 1));
        }
        return names;
    }

    private static void append(StringBuilder out, List<Piece> pieces, String[] values) {
        for (Piece piece : pieces) {
            out.append(piece.text() != null ? piece.text() : values[piece.value()]);
        }
    }

    private static boolean uses(List<Piece> pieces, int value) {
        return pieces.stream().anyMatch(piece -> piece.value() == value);
    }

    /** The pieces of a template: "[...]" is an optional part, "{name}" a placeholder, the rest literal text. */
    private static List<Piece> compile(String template) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('[', i);
            int close = open < 0 ? -1 : template.indexOf(']', open);
            if (close < 0) {
                pieces.addAll(plain(template.substring(i)));
                break;
            }
            pieces.addAll(plain(template.substring(i, open)));
            pieces.add(new Piece(null, -1, plain(template.substring(open + 1, close))));
            i = close + 1;
        }
        return List.copyOf(pieces);
    }

    /** Literal text and placeholders; an unknown "{name}" stays literal. */
    private static List<Piece> plain(String text) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            int value = close < 0 ? -1 : PLACEHOLDERS.indexOf(text.substring(open + 1, close));
            if (value < 0) {
                int literalEnd = open < 0 || close < 0 ? text.length() : close + 1;
                addLiteral(pieces, text.substring(i, literalEnd));
                i = literalEnd;
                continue;
            }
            addLiteral(pieces, text.substring(i, open));
            pieces.add(new Piece(null, value, List.of()));
            i = close + 1;
        }
        return List.copyOf(pieces);
    }

    private static void addLiteral(List<Piece> pieces, String text) {
        if (!text.isEmpty()) {
            pieces.add(Piece.literal(text));
        }
    }
}
