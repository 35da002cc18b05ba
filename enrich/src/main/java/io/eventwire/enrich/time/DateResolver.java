package io.eventwire.enrich.time;

import io.eventwire.enrich.text.SentenceSplitter;
import io.eventwire.enrich.text.Tokens;
import io.eventwire.schema.DatePrecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds date expressions in English news text and resolves them against an anchor, the publication date.
 *
 * <p>Resolution rules:
 * <ul>
 *   <li>Calendar dates: "August 20, 2019", "20 August 2019", "Aug 21, 2019", "2019-08-21", "Tuesday, January
 *       28". Without a year, the latest such date not after the day after the anchor, except that a date at
 *       most {@value Calendars#NEAR_FUTURE_DAYS} days ahead is read as coming ("talks on January 29" in an
 *       article of January 11). "on the 20th": the latest 20th not after the day after the anchor.</li>
 *   <li>Months ("in August", "last September", "April 2019") are MONTH; without a year, the latest not after
 *       the anchor's month. Years ("in 2014") are YEAR. "early"/"mid-"/"late"/"the beginning of"/"the end of"
 *       narrow a month to a third of it, a year to four months, with precision RANGE.</li>
 *   <li>Weekdays ("Tuesday", "on Tuesday", "this Tuesday", "Wednesday's", "late Tuesday", "Monday night"): the
 *       most recent such day on or before the anchor; "last Tuesday" the most recent strictly before it,
 *       "next Tuesday" the first after it.</li>
 *   <li>"today", "this morning", "tonight": the anchor; "yesterday": the day before; "overnight", "last
 *       night": RANGE from the day before to the anchor.</li>
 *   <li>"last week" (the previous Monday-Sunday, WEEK), "earlier this week"/"earlier in the week" (Monday to
 *       the day before the anchor, WEEK), "last month", "earlier this month", "last year", "this year".</li>
 *   <li>"in recent days", "over the past days", "the past few days": RANGE of {@value DateParser#FEW_DAYS}
 *       days up to the anchor; "the past 24 hours", "the last two weeks", "recent weeks" likewise. "two days
 *       ago" is a day; "days ago" a RANGE two to five days back; "a week ago" a WEEK around seven days back.</li>
 *   <li>Day offsets ("the day before", "a day earlier", "two days later", "the next day", "the previous
 *       night", "a day after the strike") are counted from the nearest preceding single-day date in the same sentence
 *       (or the day a "since" range starts: "since Oct. 8, a day after the attack"), else from the anchor. "a day
 *       after X" places X a day before that date.</li>
 *   <li>{@code background} is true for any "since ..." phrase (which spans from its date to the anchor,
 *       RANGE), "last year", a YEAR before the anchor's year, ranges longer than a month ending at the
 *       anchor ("the past year"), and anything whose last day is more than 14 days before the anchor.</li>
 * </ul>
 * A leading simple preposition ("on", "in", "at") is not part of a mention's span. Mentions never overlap.
 *
 * <p>Immutable and thread safe. Linear in the text: one tokenizing pass, then grammar work only at words of
 * the date vocabulary and at numbers.
 */
public final class DateResolver {

    /** Expressions that end more than this many days before the anchor are background. */
    static final int NEWS_WINDOW_DAYS = 14;

    private static final DateResolver STANDARD = new DateResolver();

    private DateResolver() {
    }

    public static DateResolver standard() {
        return STANDARD;
    }

    /** Date expressions in {@code text} (offsets into it), in text order, resolved against {@code anchor}. */
    public List<DateMention> find(String text, LocalDate anchor) {
        return read(text, Tokens.of(text, TimeWord.LEXICON), anchor);
    }

    /**
     * {@code text} cut into tokens tagged with the date words: {@link #find(String, Tokens, LocalDate)} reads them
     * without tagging them again, and readers with other lexicons can share the cut ({@link Tokens#with}).
     */
    public Tokens<?> words(String text) {
        return Tokens.of(text, TimeWord.LEXICON);
    }

    /**
     * The same as {@link #find(String, LocalDate)}, with {@code text} already cut into tokens (with any
     * lexicon): {@code words} must be {@code Tokens.of(text, ...)}.
     */
    public List<DateMention> find(String text, Tokens<?> words, LocalDate anchor) {
        return read(text, words.with(TimeWord.LEXICON), anchor);
    }

    private List<DateMention> read(String text, Tokens<TimeWord> tokens, LocalDate anchor) {
        List<Found> found = new DateParser(tokens, anchor).parseAll();
        List<DateMention> mentions = new ArrayList<>(found.size());
        LocalDate lastDay = null;
        int lastDayEnd = -1;
        for (Found f : found) {
            int start = tokens.start(f.startToken());
            int end = tokens.end(f.endToken() - 1);
            LocalDate min = f.min();
            LocalDate max = f.max();
            if (f.offsetDays() != null && lastDay != null && SentenceSplitter.sameSentence(text, lastDayEnd, start)) {
                min = lastDay.plusDays(f.offsetDays());
                max = min;
            }
            DateMention mention = new DateMention(start, end, text.substring(start, end), min, max, f.precision(),
                    isBackground(f, max, anchor));
            mentions.add(mention);
            if (mention.precision() == DatePrecision.DAY && min.equals(max)
                    || f.forcedBackground() && f.isCalendarDate()) {
                lastDay = min; // a single day, or the day a "since" range starts ("since Oct. 8, a day after ...")
                lastDayEnd = end;
            }
        }
        return mentions;
    }

    /**
     * The publication date of an article whose feed gives none, inferred from its text: a labelled header
     * line ("Date: Aug 21, 2019") or a full date near the top (a caption's "January 11, 2018") gives DAY
     * precision; a weekday-and-date pair ("Tuesday, January 28") placed in the year where the weekday fits,
     * nearest after the latest year the text mentions, gives WEEK (from that day to a week after); a year-less
     * date with a year hint gives MONTH; a year alone gives YEAR. Empty when the text holds no usable date.
     */
    public Optional<DateMention> inferPublication(String wholeText) {
        return PublicationDates.infer(wholeText);
    }

    private static boolean isBackground(Found f, LocalDate max, LocalDate anchor) {
        return f.forcedBackground()
                || max.isBefore(anchor.minusDays(NEWS_WINDOW_DAYS))
                || (f.precision() == DatePrecision.YEAR && max.getYear() < anchor.getYear());
    }
}
