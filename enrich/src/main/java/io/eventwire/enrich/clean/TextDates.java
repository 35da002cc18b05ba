package io.eventwire.enrich.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a calendar date written in English in a line of text: "2019-08-21", "Aug 21, 2019",
 * "August 21st, 2019", "21 August 2019", "21 Aug. 2019". Numeric day/month orders other than ISO are
 * ambiguous and not read. Stateless.
 */
final class TextDates {

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final String MONTH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:"
                    + "(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})"
                    + "|(?<monthFirst>" + MONTH + ")\\.?\\s+(?<dayAfter>\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
                    + "(?<yearAfter>\\d{4})"
                    + "|(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<monthAfter>" + MONTH + ")\\.?,?\\s+"
                    + "(?<yearLast>\\d{4})"
                    + ")(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    private TextDates() {
    }

    /**
     * A date found in a text, with where it was written.
     *
     * @param date  the calendar date
     * @param start index of its first character
     * @param end   index after its last character
     */
    record Found(LocalDate date, int start, int end) {
    }

    /** The first valid date written in the text, or null. */
    static @Nullable Found find(String text) {
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            LocalDate date = dateOf(matcher);
            if (date != null) {
                return new Found(date, matcher.start(), matcher.end());
            }
        }
        return null;
    }

    private static @Nullable LocalDate dateOf(Matcher matcher) {
        if (matcher.group("isoYear") != null) {
            return date(matcher.group("isoYear"), Integer.parseInt(matcher.group("isoMonth")), matcher.group("isoDay"));
        }
        if (matcher.group("monthFirst") != null) {
            return date(matcher.group("yearAfter"), month(matcher.group("monthFirst")), matcher.group("dayAfter"));
        }
        return date(matcher.group("yearLast"), month(matcher.group("monthAfter")), matcher.group("dayFirst"));
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }

    private static @Nullable LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
