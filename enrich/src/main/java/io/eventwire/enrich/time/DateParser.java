package io.eventwire.enrich.time;

import static io.eventwire.enrich.time.TimeWord.Role.ARTICLE;
import static io.eventwire.enrich.time.TimeWord.Role.DAYPART;
import static io.eventwire.enrich.time.TimeWord.Role.HOURS;
import static io.eventwire.enrich.time.TimeWord.Role.MONTH;
import static io.eventwire.enrich.time.TimeWord.Role.MONTH_ABBR;
import static io.eventwire.enrich.time.TimeWord.Role.NIGHT;
import static io.eventwire.enrich.time.TimeWord.Role.OF;
import static io.eventwire.enrich.time.TimeWord.Role.QUANT;
import static io.eventwire.enrich.time.TimeWord.Role.UNIT;

import io.eventwire.enrich.text.Tokens;
import io.eventwire.enrich.time.TimeWord.Role;
import io.eventwire.schema.DatePrecision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The date grammar: reads date expressions token by token, left to right, and resolves each against the
 * anchor. One instance per text; not thread safe.
 *
 * <p>An expression is {@code [preposition] [since] [part] head}: the preposition ("in", "on", "at", ...)
 * gives context but stays out of the span; "since" makes the expression a cumulative range; a part ("early",
 * "mid-", "late", "the end of", "the beginning of") narrows a month or year. Heads are calendar dates, months,
 * years, weekdays, relative words ("yesterday", "last week", "the past few days", "two days ago") and day
 * offsets ("a day earlier").
 */
final class DateParser {

    /** Days meant by "a few days", "recent days", "days ago" and the like. */
    static final int FEW_DAYS = 5;
    private static final int FEW = TimeWord.FEW;
    private static final int FEW_UNITS = 3;
    private static final int LONGEST_NEWS_RANGE_DAYS = 31;

    private final Tokens<TimeWord> t;
    private final LocalDate anchor;

    DateParser(Tokens<TimeWord> tokens, LocalDate anchor) {
        this.t = tokens;
        this.anchor = anchor;
    }

    /** Every expression, in text order, not overlapping. */
    List<Found> parseAll() {
        List<Found> found = new ArrayList<>(32);
        int i = 0;
        while (i < t.size()) {
            Found f = canStart(i) ? parseAt(i) : null;
            if (f != null) {
                found.add(f);
                i = f.endToken();
            } else {
                i++;
            }
        }
        return found;
    }

    /** Numbers and the words an expression can open with; the rest ("of", "ago", "night") only continue one. */
    private boolean canStart(int i) {
        Role role = role(i);
        if (role == null) {
            return t.isNumber(i);
        }
        return switch (role) {
            case OF, ORDINAL, AGO, NIGHT, DAYPART, HOURS, WEEKEND, PREVIOUS, FOLLOWING, LATER -> false;
            default -> true;
        };
    }

    private @Nullable Found parseAt(int i) {
        int j = i;
        boolean context = false;
        if (isPreposition(j)) {
            context = true;
            j++;
        }
        int spanStart = j;
        int since = -1;
        if (role(j) == Role.SINCE) {
            since = j;
            context = true;
            j++;
        }
        int part = 0;
        if (role(j) == Role.THE && role(j + 1) == Role.PART_OF && role(j + 2) == OF) {
            part = value(j + 1);
            j += 3;
        } else if (role(j) == Role.PART_OF && role(j + 1) == OF) {
            part = value(j);
            j += 2;
        } else if (role(j) == Role.PART) {
            part = value(j);
            j++;
            if (t.isPunctAny(j, "-–") && t.touchesPrevious(j)) {
                j++;
            }
        }
        if (part > 0) {
            context = true;
            if (isPreposition(j)) {
                j++;
            }
        }
        Found head = head(j, spanStart, context, part);
        if (head == null) {
            return null;
        }
        return since >= 0 ? head.since(since, anchor) : head;
    }

    private @Nullable Found head(int j, int spanStart, boolean context, int part) {
        if (t.isNumber(j)) {
            return number(j, spanStart, context, part);
        }
        TimeWord w = t.tag(j);
        if (w == null) {
            return null;
        }
        return switch (w.role()) {
            case MONTH, MONTH_ABBR -> month(j, spanStart, context, part, 0);
            case WEEKDAY, WEEKDAY_ABBR -> weekday(j, spanStart, 0);
            case LAST, THIS, NEXT -> relative(j, spanStart, part);
            case TODAY, TONIGHT -> day(spanStart, j + 1 + possessive(j + 1), anchor);
            case YESTERDAY -> day(spanStart, j + 1 + possessive(j + 1), anchor.minusDays(1));
            case TOMORROW -> day(spanStart, j + 1 + possessive(j + 1), anchor.plusDays(1));
            case OVERNIGHT -> overnight(j, spanStart);
            case EARLIER -> earlier(j, spanStart);
            case THE -> the(j, spanStart, context);
            case PAST -> rolling(j + 1, spanStart, true);
            case RECENT -> role(j + 1) == UNIT && plural(j + 1) ? rolling(j + 1, spanStart, false) : null;
            case QUANT, ARTICLE -> count(j, spanStart);
            case UNIT -> plural(j) && role(j + 1) == Role.AGO ? ago(spanStart, j + 2, FEW, value(j)) : null;
            case SEASON -> season(j, spanStart, context, 0);
            default -> null;
        };
    }

    // ---- calendar dates, months and years

    private @Nullable Found month(int j, int spanStart, boolean context, int part, int direction) {
        if (!t.isCapitalized(j)) {
            return null;
        }
        int month = value(j);
        int k = j + 1;
        if (t.isPunct(k, '.') && t.touchesPrevious(k)) {
            k++;
        }
        if (direction == 0 && part == 0) {
            Found date = monthFirstDate(k, spanStart, month);
            if (date != null) {
                return date;
            }
        }
        int y = t.isPunct(k, ',') ? k + 1 : k;
        if (isYear(y)) {
            int year = intValue(y);
            return monthFound(spanStart, y + 1, YearMonth.of(year, month), part).written(year, month, 0);
        }
        if (role(j) == MONTH_ABBR || !(context || direction != 0)) {
            return null;
        }
        return monthFound(spanStart, j + 1, Calendars.month(anchor, month, direction), part).written(0, month, 0);
    }

    /** "January 28", "Aug. 21, 2019", "January 29 and 30": {@code k} is the token after the month. */
    private @Nullable Found monthFirstDate(int k, int spanStart, int month) {
        if (!isDay(k)) {
            return null;
        }
        int day = intValue(k);
        int e = k + 1;
        e += ordinal(e);
        int lastDay = 0;
        if ((t.isPunctAny(e, "-–") || t.is(e, "and") || t.is(e, "to")) && isDay(e + 1) && intValue(e + 1) > day) {
            lastDay = intValue(e + 1);
            e += 2;
            e += ordinal(e);
        }
        int y = t.isPunct(e, ',') ? e + 1 : e;
        int year = 0;
        if (isYear(y)) {
            year = intValue(y);
            e = y + 1;
        }
        return calendarDate(spanStart, e, year, month, day, lastDay);
    }

    /** "20 August 2019", "28th of January": {@code j} is the day number. */
    private @Nullable Found dayFirstDate(int j, int spanStart) {
        int k = j + 1;
        k += ordinal(k);
        if (t.is(k, "of")) {
            k++;
        }
        if (!(role(k) == MONTH || role(k) == MONTH_ABBR) || !t.isCapitalized(k)) {
            return null;
        }
        int e = k + 1;
        if (t.isPunct(e, '.') && t.touchesPrevious(e)) {
            e++;
        }
        int y = t.isPunct(e, ',') ? e + 1 : e;
        int year = 0;
        if (isYear(y)) {
            year = intValue(y);
            e = y + 1;
        }
        return calendarDate(spanStart, e, year, value(k), intValue(j), 0);
    }

    private @Nullable Found calendarDate(int start, int end, int year, int month, int day, int lastDay) {
        LocalDate min = year > 0 ? Calendars.date(year, month, day) : Calendars.monthDay(anchor, month, day);
        if (min == null) {
            return null;
        }
        LocalDate max = lastDay > 0 ? Calendars.date(min.getYear(), month, lastDay) : min;
        if (max == null) {
            return null;
        }
        return Found.of(start, end, min, max, lastDay > 0 ? DatePrecision.RANGE : DatePrecision.DAY).written(year, month, day);
    }

    private Found monthFound(int start, int end, YearMonth month, int part) {
        return Found.of(start, end, Calendars.partStart(month, part), Calendars.partEnd(month, part),
                part == 0 ? DatePrecision.MONTH : DatePrecision.RANGE);
    }

    private @Nullable Found number(int j, int spanStart, boolean context, int part) {
        if (isIsoDate(j)) {
            LocalDate date = Calendars.date(intValue(j), intValue(j + 2), intValue(j + 4));
            return date == null ? null
                    : Found.of(spanStart, j + 5, date, date, DatePrecision.DAY)
                            .written(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }
        if (isDay(j)) {
            Found date = dayFirstDate(j, spanStart);
            if (date != null) {
                return date;
            }
        }
        if (isYear(j) && context && !(t.isPunctAny(j + 1, "-–/") && t.touchesPrevious(j + 1) && t.isNumber(j + 2))) {
            int year = intValue(j);
            return Found.of(spanStart, j + 1, Calendars.yearPartStart(year, part), Calendars.yearPartEnd(year, part),
                    part == 0 ? DatePrecision.YEAR : DatePrecision.RANGE).written(year, 0, 0);
        }
        return count(j, spanStart);
    }

    private boolean isIsoDate(int j) {
        return t.length(j) == 4 && t.isPunct(j + 1, '-') && t.touchesPrevious(j + 1)
                && t.isNumber(j + 2) && t.length(j + 2) == 2 && t.touchesPrevious(j + 2)
                && t.isPunct(j + 3, '-') && t.touchesPrevious(j + 3)
                && t.isNumber(j + 4) && t.length(j + 4) == 2 && t.touchesPrevious(j + 4);
    }

    // ---- weekdays and relative expressions

    private @Nullable Found weekday(int j, int spanStart, int direction) {
        DayOfWeek weekday = DayOfWeek.of(value(j));
        int k = j + 1;
        int possessive = possessive(k);
        if (possessive == 0) {
            int d = t.isPunct(k, ',') ? k + 1 : k;
            Found date = null;
            if ((role(d) == MONTH || role(d) == MONTH_ABBR) && t.isCapitalized(d)) {
                int afterMonth = t.isPunct(d + 1, '.') && t.touchesPrevious(d + 1) ? d + 2 : d + 1;
                date = monthFirstDate(afterMonth, d, value(d));
            } else if (isDay(d)) {
                date = dayFirstDate(d, d);
            }
            if (date != null) {
                return date.withWeekday(spanStart, weekday);
            }
        }
        if (role(j) == Role.WEEKDAY_ABBR) {
            return null;
        }
        k += possessive;
        if (possessive == 0 && (role(k) == DAYPART || role(k) == NIGHT)) {
            k++;
        }
        return day(spanStart, k, Calendars.weekday(anchor, weekday, direction));
    }

    /** "last ...", "this ...", "next ..." at {@code j}. */
    private @Nullable Found relative(int j, int spanStart, int part) {
        int direction = role(j) == Role.LAST ? -1 : role(j) == Role.NEXT ? 1 : 0;
        int k = j + 1;
        if (t.isNumber(k)) {
            return direction < 0 ? rolling(k, spanStart, false) : null;
        }
        TimeWord w = t.tag(k);
        if (w == null) {
            return null;
        }
        return switch (w.role()) {
            case WEEKDAY -> weekday(k, spanStart, direction);
            case MONTH -> month(k, spanStart, true, part, direction);
            case NIGHT -> direction < 0 ? Found.of(spanStart, k + 1, anchor.minusDays(1), anchor, DatePrecision.RANGE)
                    : direction == 0 ? day(spanStart, k + 1, anchor) : null;
            case DAYPART -> direction == 0 ? day(spanStart, k + 1, anchor)
                    : direction < 0 ? day(spanStart, k + 1, anchor.minusDays(1)) : null;
            case UNIT -> w.plural() ? (direction < 0 ? rolling(k, spanStart, false) : null)
                    : calendarUnit(spanStart, k + 1, w.value(), direction, part);
            case QUANT, ARTICLE, HOURS -> direction < 0 ? rolling(k, spanStart, false) : null;
            case WEEKEND -> weekend(spanStart, k + 1, direction);
            case SEASON -> season(k, spanStart, true, direction);
            default -> null;
        };
    }

    /** "last week", "this month", "next year". */
    private @Nullable Found calendarUnit(int start, int end, int unitDays, int direction, int part) {
        switch (unitDays) {
            case 7 -> {
                LocalDate monday = Calendars.mondayOf(anchor).plusWeeks(direction);
                LocalDate sunday = direction == 0 ? anchor : monday.plusDays(6);
                return Found.of(start, end, monday, sunday, DatePrecision.WEEK);
            }
            case 30 -> {
                YearMonth month = YearMonth.from(anchor).plusMonths(direction);
                if (direction == 0) {
                    return Found.of(start, end, month.atDay(1), anchor, DatePrecision.MONTH);
                }
                return monthFound(start, end, month, part);
            }
            case 365 -> {
                int year = anchor.getYear() + direction;
                if (direction == 0) {
                    return Found.of(start, end, LocalDate.of(year, 1, 1), anchor, DatePrecision.YEAR);
                }
                Found found = Found.of(start, end, Calendars.yearPartStart(year, part), Calendars.yearPartEnd(year, part),
                        part == 0 ? DatePrecision.YEAR : DatePrecision.RANGE);
                return direction < 0 ? found.background() : found;
            }
            default -> {
                return null;
            }
        }
    }

    /** Saturday and Sunday: the latest on or before the anchor, the one before ("last"), or the next. */
    private Found weekend(int start, int end, int direction) {
        LocalDate saturday = Calendars.weekday(anchor, DayOfWeek.SATURDAY, 0);
        boolean inWeekend = !anchor.isAfter(saturday.plusDays(1));
        if (direction < 0 && inWeekend) {
            saturday = saturday.minusWeeks(1);
        } else if (direction > 0) {
            saturday = Calendars.weekday(anchor, DayOfWeek.SATURDAY, 1);
        }
        LocalDate sunday = saturday.plusDays(1);
        return Found.of(start, end, saturday, direction > 0 ? sunday : Calendars.earlier(sunday, Calendars.later(saturday, anchor)),
                DatePrecision.RANGE);
    }

    /** "spring 2019", "the summer of 2015", "in the spring", "last winter" (northern seasons). */
    private @Nullable Found season(int k, int spanStart, boolean context, int direction) {
        int firstMonth = value(k);
        int y = t.is(k + 1, "of") ? k + 2 : k + 1;
        if (isYear(y)) {
            int year = intValue(y);
            LocalDate min = LocalDate.of(year, firstMonth, 1);
            return Found.of(spanStart, y + 1, min, min.plusMonths(3).minusDays(1), DatePrecision.RANGE).written(year, 0, 0);
        }
        if (!context || role(k + 1) == OF) {
            return null;
        }
        LocalDate min = LocalDate.of(anchor.getYear(), firstMonth, 1);
        if (min.isAfter(anchor)) {
            min = min.minusYears(1);
        }
        if (direction < 0 && !min.plusMonths(3).isBefore(anchor.plusDays(1))) {
            min = min.minusYears(1);
        } else if (direction > 0) {
            min = min.plusYears(1);
        }
        return Found.of(spanStart, k + 1, min, min.plusMonths(3).minusDays(1), DatePrecision.RANGE);
    }

    private @Nullable Found overnight(int j, int spanStart) {
        int k = isPreposition(j + 1) ? j + 2 : j + 1;
        if (role(k) == Role.WEEKDAY || t.is(j + 1, "into")) {
            return null;
        }
        return Found.of(spanStart, j + 1, anchor.minusDays(1), anchor, DatePrecision.RANGE);
    }

    /** "earlier this week", "earlier in the month", "earlier today". */
    private @Nullable Found earlier(int j, int spanStart) {
        if (role(j + 1) == Role.TODAY) {
            return day(spanStart, j + 2, anchor);
        }
        int unit;
        int end;
        if (role(j + 1) == Role.THIS && role(j + 2) == UNIT && !plural(j + 2)) {
            unit = j + 2;
            end = j + 3;
        } else if (t.is(j + 1, "in") && role(j + 2) == Role.THE && role(j + 3) == UNIT && !plural(j + 3)) {
            unit = j + 3;
            end = j + 4;
        } else {
            return null;
        }
        LocalDate yesterday = anchor.minusDays(1);
        return switch (value(unit)) {
            case 1 -> day(spanStart, end, anchor);
            case 7 -> {
                LocalDate monday = Calendars.mondayOf(anchor);
                yield Found.of(spanStart, end, monday, Calendars.later(monday, yesterday), DatePrecision.WEEK);
            }
            case 30 -> {
                LocalDate first = anchor.withDayOfMonth(1);
                yield Found.of(spanStart, end, first, Calendars.later(first, yesterday), DatePrecision.MONTH);
            }
            default -> {
                LocalDate first = anchor.withDayOfYear(1);
                yield Found.of(spanStart, end, first, Calendars.later(first, yesterday), DatePrecision.YEAR);
            }
        };
    }

    /** Expressions opening with "the": "the past few days", "the day before", "the 20th", "the weekend". */
    /** The earliest year read as naming an event after "the" ("the 2004 crackdown"); below it, a count. */
    private static final int NAMING_YEARS_FROM = 1950;

    private @Nullable Found the(int j, int spanStart, boolean context) {
        int k = j + 1;
        if (isYear(k) && intValue(k) >= NAMING_YEARS_FROM && intValue(k) <= anchor.getYear() && t.isWord(k + 1)
                && (t.isCapitalized(k + 1) || !t.endsWith(k + 1, "s"))) {
            // "the 2010 Tadmetla ambush", "the 2015 Garissa University attack": a year naming an event ("the 2000
            // troops" is a count)
            int year = intValue(k);
            return Found.of(k, k + 1, Calendars.yearPartStart(year, 0), Calendars.yearPartEnd(year, 0),
                    DatePrecision.YEAR).written(year, 0, 0);
        }
        if (isDay(k) && ordinal(k + 1) == 1) {
            Found date = dayFirstDate(k, spanStart);
            if (date != null) {
                return date;
            }
            if (context && !t.isWord(k + 2)) {
                LocalDate day = Calendars.dayOfMonth(anchor, intValue(k));
                return day == null ? null : day(spanStart, k + 2, day).written(0, 0, intValue(k));
            }
            return null;
        }
        TimeWord w = t.tag(k);
        if (w == null) {
            return null;
        }
        return switch (w.role()) {
            case PAST, LAST -> rolling(k + 1, spanStart, true);
            case UNIT -> value(k) == 1 && !w.plural() ? offset(spanStart, k + 1, 1) : null;
            case NIGHT -> offset(spanStart, k + 1, 1);
            case PREVIOUS -> isDayUnit(k + 1) || role(k + 1) == NIGHT ? dayOffset(spanStart, k + 2, -1) : null;
            case FOLLOWING, NEXT -> isDayUnit(k + 1) || role(k + 1) == NIGHT ? dayOffset(spanStart, k + 2, 1) : null;
            case WEEKEND -> context ? weekend(spanStart, k + 1, 0) : null;
            case SEASON -> context ? season(k, spanStart, true, 0) : null;
            default -> null;
        };
    }

    /** "the past few days", "last 24 hours", "the past week", "recent weeks": a range ending at the anchor. */
    private @Nullable Found rolling(int k, int spanStart, boolean singularAllowed) {
        int u = k;
        int n = 0;
        if (t.isNumber(u) && t.length(u) <= 3) {
            n = intValue(u++);
        } else if (role(u) == QUANT) {
            n = value(u++);
        } else if (role(u) == ARTICLE && role(u + 1) == QUANT) {
            n = value(u + 1);
            u += 2;
        }
        if (n != 0 && role(u) == OF) {
            u++;
        }
        TimeWord unit = t.tag(u);
        if (unit == null) {
            return null;
        }
        int days;
        if (unit.role() == HOURS) {
            days = n <= 0 ? 1 : Math.max(1, (n + 23) / 24);
        } else if (unit.role() == UNIT) {
            if (n == 0 && !unit.plural() && !singularAllowed) {
                return null;
            }
            int count = n == 0 ? (unit.plural() ? FEW : 1) : n;
            days = count == FEW ? (unit.value() == 1 ? FEW_DAYS : FEW_UNITS * unit.value()) : count * unit.value();
        } else {
            return null;
        }
        Found found = Found.of(spanStart, u + 1, anchor.minusDays(days), anchor, DatePrecision.RANGE);
        return days > LONGEST_NEWS_RANGE_DAYS ? found.background() : found;
    }

    /** "two days ago", "a week ago", "a few days later", "a day after ...": {@code j} is the count. */
    private @Nullable Found count(int j, int spanStart) {
        int k = j;
        int n;
        if (role(k) == ARTICLE) {
            k++;
            if (role(k) == QUANT) {
                n = value(k++);
                if (role(k) == OF) {
                    k++;
                }
            } else {
                n = 1;
            }
        } else if (role(k) == QUANT) {
            n = value(k++);
        } else if (t.isNumber(k) && t.length(k) <= 3) {
            n = intValue(k++);
        } else {
            return null;
        }
        TimeWord unit = t.tag(k);
        if (unit == null) {
            return null;
        }
        if (unit.role() == HOURS && role(k + 1) == Role.AGO) {
            return day(spanStart, k + 2, anchor.minusDays(n == FEW ? 0 : n / 24));
        }
        if (unit.role() != UNIT) {
            return null;
        }
        if (role(k + 1) == Role.AGO) {
            return ago(spanStart, k + 2, n, unit.value());
        }
        return unit.value() == 1 && n != FEW ? offset(spanStart, k + 1, n) : null;
    }

    private Found ago(int start, int end, int n, int unitDays) {
        if (unitDays == 1) {
            return n == FEW
                    ? Found.of(start, end, anchor.minusDays(FEW_DAYS), anchor.minusDays(2), DatePrecision.RANGE)
                    : day(start, end, anchor.minusDays(n));
        }
        int count = n == FEW ? FEW_UNITS : n;
        LocalDate centre = anchor.minusDays((long) count * unitDays);
        int half = unitDays / 2;
        DatePrecision precision = unitDays == 7 ? DatePrecision.WEEK : unitDays == 30 ? DatePrecision.MONTH : DatePrecision.YEAR;
        return Found.of(start, end, centre.minusDays(half), Calendars.earlier(centre.plusDays(half), anchor), precision);
    }

    /**
     * "n day(s) before/after/earlier/later" with {@code k} at the direction word. Followed by a noun phrase,
     * "after"/"before" introduce the other event ("a day after an airstrike": the airstrike came a day
     * before), so the offset is reversed. "the day before yesterday" is two days back.
     */
    private @Nullable Found offset(int start, int k, int n) {
        TimeWord direction = t.tag(k);
        if (direction == null) {
            return null;
        }
        return switch (direction.role()) {
            case BEFORE -> role(k + 1) == Role.YESTERDAY ? dayOffset(start, k + 2, -(n + 1))
                    : dayOffset(start, k + 1, startsNounPhrase(k + 1) ? n : -n);
            case AFTER -> dayOffset(start, k + 1, startsNounPhrase(k + 1) ? -n : n);
            case EARLIER -> dayOffset(start, k + 1, -n);
            case LATER -> dayOffset(start, k + 1, n);
            default -> null;
        };
    }

    private Found dayOffset(int start, int end, int days) {
        LocalDate date = anchor.plusDays(days);
        return Found.of(start, end, date, date, DatePrecision.DAY).offset(days);
    }

    // ---- helpers

    private Found day(int start, int end, LocalDate date) {
        return Found.of(start, end, date, date, DatePrecision.DAY);
    }

    private boolean startsNounPhrase(int k) {
        return t.isWord(k) && !isPreposition(k);
    }

    private boolean isDayUnit(int k) {
        return role(k) == UNIT && value(k) == 1 && !plural(k);
    }

    /** "'s" right after a word: 2 tokens, else 0. */
    private int possessive(int k) {
        return t.isPunctAny(k, "'’") && t.touchesPrevious(k) && t.is(k + 1, "s") && t.touchesPrevious(k + 1) ? 2 : 0;
    }

    /** An ordinal suffix glued to the number before it ("20th"): 1 token, else 0. */
    private int ordinal(int k) {
        return role(k) == Role.ORDINAL && t.touchesPrevious(k) ? 1 : 0;
    }

    private boolean isPreposition(int k) {
        Role role = role(k);
        return role == Role.PREP || role == Role.BEFORE || role == Role.AFTER;
    }

    private boolean isDay(int k) {
        if (!t.isNumber(k) || t.length(k) > 2 || t.isPunct(k + 1, ':')) {
            return false;
        }
        int day = intValue(k);
        return day >= 1 && day <= 31;
    }

    private boolean isYear(int k) {
        if (!t.isNumber(k) || t.length(k) != 4) {
            return false;
        }
        int year = intValue(k);
        return year >= 1900 && year <= 2099;
    }

    private int intValue(int k) {
        return (int) t.number(k);
    }

    private @Nullable Role role(int k) {
        TimeWord w = t.tag(k);
        return w == null ? null : w.role();
    }

    private int value(int k) {
        TimeWord w = t.tag(k);
        return w == null ? 0 : w.value();
    }

    private boolean plural(int k) {
        TimeWord w = t.tag(k);
        return w != null && w.plural();
    }
}
