package io.eventwire.enrich.time;

import io.eventwire.enrich.text.Lexicon;
import java.util.List;

/**
 * The words of the date grammar, with their role and value. A closed, language-level vocabulary (months,
 * weekdays, relative words), so it lives in code rather than in a data file.
 *
 * @param role   what the word does in the grammar
 * @param value  month 1-12, ISO weekday 1-7, a count, a unit's length in days, a part of a period (1 early,
 *               2 middle, 3 late) or a season's first month, depending on the role
 * @param plural for units: "days" rather than "day"
 */
record TimeWord(Role role, int value, boolean plural) {

    /** A count that means "a few". */
    static final int FEW = -1;

    enum Role {
        MONTH, MONTH_ABBR, WEEKDAY, WEEKDAY_ABBR, ORDINAL, QUANT, ARTICLE, UNIT, HOURS, AGO,
        TODAY, TONIGHT, TOMORROW, YESTERDAY, OVERNIGHT, NIGHT, DAYPART, WEEKEND, SEASON,
        LAST, THIS, NEXT, PAST, RECENT, EARLIER, PREVIOUS, FOLLOWING, LATER,
        SINCE, PREP, BEFORE, AFTER, THE, OF, PART, PART_OF
    }

    static final Lexicon<TimeWord> LEXICON = build();

    private static Lexicon<TimeWord> build() {
        Lexicon.Builder<TimeWord> b = Lexicon.builder();
        List<String> months = List.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december");
        for (int m = 0; m < 12; m++) {
            b.put(months.get(m), new TimeWord(Role.MONTH, m + 1, false));
            if (months.get(m).length() > 3) {
                b.put(months.get(m).substring(0, 3), new TimeWord(Role.MONTH_ABBR, m + 1, false));
            }
        }
        b.put("sept", new TimeWord(Role.MONTH_ABBR, 9, false));
        List<String> weekdays = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        List<String> weekdayAbbreviations = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
        for (int d = 0; d < 7; d++) {
            b.put(weekdays.get(d), new TimeWord(Role.WEEKDAY, d + 1, false));
            b.put(weekdayAbbreviations.get(d), new TimeWord(Role.WEEKDAY_ABBR, d + 1, false));
        }
        b.put("tues", new TimeWord(Role.WEEKDAY_ABBR, 2, false));
        b.put("thur", new TimeWord(Role.WEEKDAY_ABBR, 4, false));
        b.put("thurs", new TimeWord(Role.WEEKDAY_ABBR, 4, false));
        for (String suffix : List.of("st", "nd", "rd", "th")) {
            b.put(suffix, new TimeWord(Role.ORDINAL, 0, false));
        }
        List<String> counts = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve");
        for (int n = 0; n < counts.size(); n++) {
            b.put(counts.get(n), new TimeWord(Role.QUANT, n + 1, false));
        }
        b.put("few", new TimeWord(Role.QUANT, FEW, false));
        b.put("several", new TimeWord(Role.QUANT, FEW, false));
        b.put("couple", new TimeWord(Role.QUANT, 2, false));
        b.put("a", new TimeWord(Role.ARTICLE, 1, false));
        b.put("an", new TimeWord(Role.ARTICLE, 1, false));
        unit(b, "day", 1);
        unit(b, "week", 7);
        unit(b, "month", 30);
        unit(b, "year", 365);
        b.put("hours", new TimeWord(Role.HOURS, 0, true));
        b.put("hour", new TimeWord(Role.HOURS, 0, false));
        word(b, Role.AGO, "ago");
        word(b, Role.TODAY, "today");
        word(b, Role.TONIGHT, "tonight");
        word(b, Role.TOMORROW, "tomorrow");
        word(b, Role.YESTERDAY, "yesterday");
        word(b, Role.OVERNIGHT, "overnight");
        word(b, Role.NIGHT, "night");
        word(b, Role.DAYPART, "morning", "afternoon", "evening", "dawn");
        word(b, Role.WEEKEND, "weekend");
        b.put("spring", new TimeWord(Role.SEASON, 3, false));
        b.put("summer", new TimeWord(Role.SEASON, 6, false));
        b.put("autumn", new TimeWord(Role.SEASON, 9, false));
        b.put("fall", new TimeWord(Role.SEASON, 9, false));
        b.put("winter", new TimeWord(Role.SEASON, 12, false));
        word(b, Role.LAST, "last");
        word(b, Role.THIS, "this");
        word(b, Role.NEXT, "next");
        word(b, Role.PAST, "past");
        word(b, Role.RECENT, "recent");
        word(b, Role.EARLIER, "earlier");
        word(b, Role.LATER, "later");
        word(b, Role.PREVIOUS, "previous", "preceding");
        word(b, Role.FOLLOWING, "following");
        word(b, Role.SINCE, "since");
        word(b, Role.PREP, "in", "on", "at", "during", "by", "until", "till", "from", "through", "throughout", "over",
                "within", "around", "between");
        word(b, Role.BEFORE, "before");
        word(b, Role.AFTER, "after");
        word(b, Role.THE, "the");
        word(b, Role.OF, "of");
        b.put("early", new TimeWord(Role.PART, 1, false));
        b.put("mid", new TimeWord(Role.PART, 2, false));
        b.put("late", new TimeWord(Role.PART, 3, false));
        b.put("beginning", new TimeWord(Role.PART_OF, 1, false));
        b.put("start", new TimeWord(Role.PART_OF, 1, false));
        b.put("middle", new TimeWord(Role.PART_OF, 2, false));
        b.put("end", new TimeWord(Role.PART_OF, 3, false));
        return b.build();
    }

    private static void unit(Lexicon.Builder<TimeWord> b, String singular, int days) {
        b.put(singular, new TimeWord(Role.UNIT, days, false));
        b.put(singular + "s", new TimeWord(Role.UNIT, days, true));
    }

    private static void word(Lexicon.Builder<TimeWord> b, Role role, String... words) {
        for (String w : words) {
            b.put(w, new TimeWord(role, 0, false));
        }
    }
}
