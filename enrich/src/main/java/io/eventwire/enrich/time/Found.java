package io.eventwire.enrich.time;

import io.eventwire.schema.DatePrecision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One parsed date expression: its token span, what it resolves to against the parse's anchor, and the
 * written facts publication-date inference needs.
 *
 * @param startToken first token of the expression
 * @param endToken   token after its last
 * @param forcedBackground background whatever the dates ("since ...", "last year", an earlier year)
 * @param year       the year as written, 0 when none is
 * @param month      the month as written, 0 when none is
 * @param day        the day of month as written, 0 when none is
 * @param weekday    the weekday as written with a calendar date ("Tuesday, January 28"), or null
 * @param offsetDays for "a day earlier", "two days later": days from the date it is counted from, else null
 */
record Found(int startToken, int endToken, LocalDate min, LocalDate max, DatePrecision precision, boolean forcedBackground,
        int year, int month, int day, @Nullable DayOfWeek weekday, @Nullable Integer offsetDays) {

    static Found of(int startToken, int endToken, LocalDate min, LocalDate max, DatePrecision precision) {
        return new Found(startToken, endToken, min, max, precision, false, 0, 0, 0, null, null);
    }

    Found background() {
        return new Found(startToken, endToken, min, max, precision, true, year, month, day, weekday, offsetDays);
    }

    Found written(int writtenYear, int writtenMonth, int writtenDay) {
        return new Found(startToken, endToken, min, max, precision, forcedBackground, writtenYear, writtenMonth, writtenDay,
                weekday, offsetDays);
    }

    Found withWeekday(int newStartToken, DayOfWeek writtenWeekday) {
        return new Found(newStartToken, endToken, min, max, precision, forcedBackground, year, month, day, writtenWeekday,
                offsetDays);
    }

    Found offset(int days) {
        return new Found(startToken, endToken, min, max, precision, forcedBackground, year, month, day, weekday, days);
    }

    /** Since-phrases: from the date to the anchor, cumulative context. */
    Found since(int sinceToken, LocalDate anchor) {
        return new Found(sinceToken, endToken, min, Calendars.later(max, anchor), DatePrecision.RANGE, true, year, month, day,
                weekday, null);
    }

    /** A calendar date written with its day and month ("January 28", "20 August 2019"). */
    boolean isCalendarDate() {
        return day > 0 && month > 0;
    }
}
