package io.eventwire.enrich.time;

import io.eventwire.schema.DatePrecision;
import java.time.LocalDate;

/**
 * A date expression found in a text and what it resolves to.
 *
 * @param start      index in the text of its first character
 * @param end        index after its last character
 * @param surface    {@code text.substring(start, end)}, e.g. "Tuesday", "since the end of April"; a leading
 *                   simple preposition ("on", "in", "at") is left out
 * @param min        first day it can mean
 * @param max        last day it can mean, never before {@code min}
 * @param precision  how precisely the day is known
 * @param background true when the expression points clearly before the news window (older than about two
 *                   weeks before the anchor, an earlier year, "last year", any "since ..." phrase): context,
 *                   not the date of a reported event
 */
public record DateMention(int start, int end, String surface, LocalDate min, LocalDate max, DatePrecision precision,
        boolean background) {

    public DateMention {
        if (max.isBefore(min)) {
            throw new IllegalArgumentException("max " + max + " before min " + min + " for '" + surface + "'");
        }
        if (end - start != surface.length()) {
            throw new IllegalArgumentException("span " + start + ".." + end + " does not fit '" + surface + "'");
        }
    }

    /**
     * Whether the expression is background that ended before the news window of {@code anchor} ("in September 2023",
     * "last year"), not a running period up to it ("since January").
     */
    public boolean endsBeforeNewsWindow(LocalDate anchor) {
        return background && max.isBefore(anchor.minusDays(DateResolver.NEWS_WINDOW_DAYS));
    }
}
