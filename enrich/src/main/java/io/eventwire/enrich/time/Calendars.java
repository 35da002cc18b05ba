package io.eventwire.enrich.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/** Calendar arithmetic of the resolver: how a year-less or relative date is placed around the anchor. */
final class Calendars {

    /** A year-less date up to this many days after the anchor is read as a coming date, not last year's. */
    static final int NEAR_FUTURE_DAYS = 31;

    private Calendars() {
    }

    /** A valid date, or null ("February 30"). */
    static @Nullable LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The year of a month and day written without one: the latest such date not after the day after the
     * anchor, unless the same date falls within {@link #NEAR_FUTURE_DAYS} after that (a scheduled date).
     * Null when the day never exists in that month.
     */
    static @Nullable LocalDate monthDay(LocalDate anchor, int month, int day) {
        LocalDate limit = anchor.plusDays(1);
        LocalDate past = null;
        LocalDate future = null;
        for (int year = anchor.getYear() + 1; year >= anchor.getYear() - 4 && past == null; year--) {
            LocalDate candidate = date(year, month, day);
            if (candidate != null) {
                if (candidate.isAfter(limit)) {
                    future = candidate;
                } else {
                    past = candidate;
                }
            }
        }
        if (future != null && ChronoUnit.DAYS.between(anchor, future) <= NEAR_FUTURE_DAYS) {
            return future;
        }
        return past;
    }

    /** "the 20th": the latest such day not after the day after the anchor. */
    static @Nullable LocalDate dayOfMonth(LocalDate anchor, int day) {
        YearMonth month = YearMonth.from(anchor);
        for (int back = 0; back < 3; back++, month = month.minusMonths(1)) {
            if (day <= month.lengthOfMonth()) {
                LocalDate candidate = month.atDay(day);
                if (!candidate.isAfter(anchor.plusDays(1))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * A weekday relative to the anchor: {@code direction} 0 for the most recent on or before the anchor
     * ("Tuesday", "this Tuesday"), -1 for the most recent strictly before it ("last Tuesday"), +1 for the
     * first strictly after it ("next Tuesday").
     */
    static LocalDate weekday(LocalDate anchor, DayOfWeek day, int direction) {
        if (direction < 0) {
            return anchor.with(TemporalAdjusters.previous(day));
        }
        if (direction > 0) {
            return anchor.with(TemporalAdjusters.next(day));
        }
        return anchor.with(TemporalAdjusters.previousOrSame(day));
    }

    /**
     * A named month relative to the anchor: 0 for the latest not after the anchor's month ("in August"), -1
     * for the latest before it ("last August"), +1 for the first after it ("next August").
     */
    static YearMonth month(LocalDate anchor, int month, int direction) {
        YearMonth current = YearMonth.from(anchor);
        YearMonth named = current.withMonth(month);
        if (direction > 0) {
            return named.isAfter(current) ? named : named.plusYears(1);
        }
        if (named.isAfter(current) || (direction < 0 && named.equals(current))) {
            return named.minusYears(1);
        }
        return named;
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** First day of the part (1 early, 2 middle, 3 late) of a month; the whole month for part 0. */
    static LocalDate partStart(YearMonth month, int part) {
        return switch (part) {
            case 1 -> month.atDay(1);
            case 2 -> month.atDay(11);
            case 3 -> month.atDay(21);
            default -> month.atDay(1);
        };
    }

    static LocalDate partEnd(YearMonth month, int part) {
        return switch (part) {
            case 1 -> month.atDay(10);
            case 2 -> month.atDay(20);
            default -> month.atEndOfMonth();
        };
    }

    /** Year parts are thirds: January-April, May-August, September-December. */
    static LocalDate yearPartStart(int year, int part) {
        return part == 0 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 4 * (part - 1) + 1, 1);
    }

    static LocalDate yearPartEnd(int year, int part) {
        return part == 0 ? LocalDate.of(year, 12, 31) : YearMonth.of(year, 4 * part).atEndOfMonth();
    }
}
