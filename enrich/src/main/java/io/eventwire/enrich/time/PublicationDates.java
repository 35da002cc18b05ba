package io.eventwire.enrich.time;

import io.eventwire.enrich.text.Tokens;
import io.eventwire.schema.DatePrecision;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Publication-date inference for {@link DateResolver#inferPublication}. Stateless. */
final class PublicationDates {

    /** A full date this near the top (headline, dateline, caption) is taken as the publication date. */
    static final int HEAD_CHARS = 1000;

    /** Text before a date on its line that labels it as the publication date. */
    private static final Pattern LABEL = Pattern.compile(
            "\\s*(?:date[d]?|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated(?: on)?|publication date"
                    + "|first published(?: on)?)\\s*[:|\\-–]?\\s*(?:[a-z]+day,?\\s*)?",
            Pattern.CASE_INSENSITIVE);

    /** Any fixed date works: only what is written is used, never what it resolves to. */
    private static final LocalDate NEUTRAL_ANCHOR = LocalDate.of(2000, 1, 1);

    private PublicationDates() {
    }

    static Optional<DateMention> infer(String text) {
        Tokens<TimeWord> tokens = Tokens.of(text, TimeWord.LEXICON);
        List<Found> found = new DateParser(tokens, NEUTRAL_ANCHOR).parseAll();
        Found labelled = found.stream().filter(f -> f.isCalendarDate() && f.year() > 0 && isLabelled(text, tokens, f))
                .findFirst().orElse(null);
        if (labelled != null) {
            return Optional.of(mention(text, tokens, labelled, written(labelled), 0, DatePrecision.DAY));
        }
        Found head = found.stream().filter(f -> f.isCalendarDate() && f.year() > 0 && tokens.start(f.startToken()) < HEAD_CHARS)
                .max(Comparator.comparing(PublicationDates::written)).orElse(null);
        if (head != null) {
            return Optional.of(mention(text, tokens, head, written(head), 0, DatePrecision.DAY));
        }
        int latestYear = found.stream().mapToInt(Found::year).max().orElse(0);
        Optional<DateMention> byWeekday = found.stream()
                .filter(f -> f.isCalendarDate() && f.year() == 0 && f.weekday() != null && latestYear > 0)
                .map(f -> weekdayFit(text, tokens, f, latestYear))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(DateMention::min));
        if (byWeekday.isPresent()) {
            return byWeekday;
        }
        Found anyFull = found.stream().filter(f -> f.isCalendarDate() && f.year() > 0)
                .max(Comparator.comparing(PublicationDates::written)).orElse(null);
        if (anyFull != null) {
            return Optional.of(mention(text, tokens, anyFull, written(anyFull), 7, DatePrecision.WEEK));
        }
        if (latestYear == 0) {
            return Optional.empty();
        }
        YearMonth latestMonth = found.stream().filter(f -> f.year() > 0 && f.month() > 0)
                .map(f -> YearMonth.of(f.year(), f.month())).max(Comparator.naturalOrder())
                .orElse(YearMonth.of(latestYear, 1));
        Found yearless = found.stream().filter(f -> f.isCalendarDate() && f.year() == 0).reduce((a, b) -> b).orElse(null);
        if (yearless != null) {
            LocalDate date = Calendars.date(latestMonth.getYear(), yearless.month(), yearless.day());
            if (date != null && YearMonth.from(date).isBefore(latestMonth)) {
                date = Calendars.date(latestMonth.getYear() + 1, yearless.month(), yearless.day());
            }
            if (date != null) {
                return Optional.of(mention(text, tokens, yearless, date, 30, DatePrecision.MONTH));
            }
        }
        Found yearHint = found.stream().filter(f -> f.year() == latestYear).findFirst().orElseThrow();
        LocalDate from = latestMonth.getYear() == latestYear ? latestMonth.atDay(1) : LocalDate.of(latestYear, 1, 1);
        int start = tokens.start(yearHint.startToken());
        int end = tokens.end(yearHint.endToken() - 1);
        return Optional.of(new DateMention(start, end, text.substring(start, end), from, LocalDate.of(latestYear, 12, 31),
                DatePrecision.YEAR, false));
    }

    /** "Tuesday, January 28": the year, nearest at or after the latest year mentioned, where the weekday fits. */
    private static Optional<DateMention> weekdayFit(String text, Tokens<TimeWord> tokens, Found f, int latestYear) {
        LocalDate best = null;
        for (int distance = 0; distance <= 12 && best == null; distance++) {
            best = fitting(f, latestYear + distance);
            if (best == null && distance > 0) {
                best = fitting(f, latestYear - distance);
            }
        }
        return best == null ? Optional.empty() : Optional.of(mention(text, tokens, f, best, 7, DatePrecision.WEEK));
    }

    private static @Nullable LocalDate fitting(Found f, int year) {
        LocalDate date = Calendars.date(year, f.month(), f.day());
        return date != null && date.getDayOfWeek() == f.weekday() ? date : null;
    }

    private static LocalDate written(Found f) {
        LocalDate date = Calendars.date(f.year(), f.month(), f.day());
        return date == null ? LocalDate.MIN : date;
    }

    private static boolean isLabelled(String text, Tokens<TimeWord> tokens, Found f) {
        int start = tokens.start(f.startToken());
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return start - lineStart <= 40 && LABEL.matcher(text).region(lineStart, start).matches();
    }

    private static DateMention mention(String text, Tokens<TimeWord> tokens, Found f, LocalDate min, int extraDays,
            DatePrecision precision) {
        int start = tokens.start(f.startToken());
        int end = tokens.end(f.endToken() - 1);
        return new DateMention(start, end, text.substring(start, end), min, min.plusDays(extraDays), precision, false);
    }
}
