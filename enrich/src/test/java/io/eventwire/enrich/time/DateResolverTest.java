package io.eventwire.enrich.time;

import static io.eventwire.schema.DatePrecision.DAY;
import static io.eventwire.schema.DatePrecision.MONTH;
import static io.eventwire.schema.DatePrecision.RANGE;
import static io.eventwire.schema.DatePrecision.WEEK;
import static io.eventwire.schema.DatePrecision.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.schema.DatePrecision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static final DateResolver RESOLVER = DateResolver.standard();

    private static List<DateMention> find(String text, String anchor) {
        return RESOLVER.find(text, LocalDate.parse(anchor));
    }

    private static DateMention only(String text, String anchor) {
        List<DateMention> mentions = find(text, anchor);
        assertThat(mentions).as("mentions in '%s'", text).hasSize(1);
        return mentions.get(0);
    }

    private static void assertResolves(String text, String anchor, String surface, String min, String max,
            DatePrecision precision, boolean background) {
        DateMention m = only(text, anchor);
        assertThat(m.surface()).isEqualTo(surface);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(surface);
        assertThat(m.min()).isEqualTo(min);
        assertThat(m.max()).isEqualTo(max);
        assertThat(m.precision()).isEqualTo(precision);
        assertThat(m.background()).isEqualTo(background);
    }

    // ---- weekdays

    @Test
    void readsTheWordsItCutAsItReadsTheText() {
        String text = "On Tuesday, two days after the strike of 3 March 2024, troops entered the town.";
        LocalDate anchor = LocalDate.parse("2024-03-07");

        assertThat(RESOLVER.find(text, RESOLVER.words(text), anchor)).isEqualTo(RESOLVER.find(text, anchor))
                .extracting(DateMention::surface).containsExactly("Tuesday", "two days after", "3 March 2024");
    }

    @Test
    void aWeekdayEqualToTheAnchorsIsTheAnchor() {
        assertResolves("The Syrian Army regained control on Tuesday of the strategic city", "2019-08-20",
                "Tuesday", "2019-08-20", "2019-08-20", DAY, false);
        assertResolves("The jihadists were strongly opposed Thursday to Syrian regime forces", "2018-01-11",
                "Thursday", "2018-01-11", "2018-01-11", DAY, false);
    }

    @Test
    void aWeekdayIsTheMostRecentOneBeforeTheAnchor() {
        assertResolves("took full control of the key northwestern town in Idlib province on Wednesday", "2019-08-22",
                "Wednesday", "2019-08-21", "2019-08-21", DAY, false);
        assertResolves("government forces advanced in the area Tuesday amid intense bombardment", "2019-08-21",
                "Tuesday", "2019-08-20", "2019-08-20", DAY, false);
        assertResolves("the troops managed to enter Wednesday, with the crucial support of the aviation", "2018-01-11",
                "Wednesday", "2018-01-10", "2018-01-10", DAY, false);
    }

    @Test
    void aPossessiveWeekdayIsThatDay() {
        assertResolves("21 fighters were killed in Wednesday's clashes", "2019-08-22",
                "Wednesday's", "2019-08-21", "2019-08-21", DAY, false);
    }

    @Test
    void thisWeekdayIsTheMostRecentOnOrBeforeTheAnchor() {
        assertResolves("troops outside the town, this Sunday.", "2019-08-20", "this Sunday", "2019-08-18", "2019-08-18", DAY, false);
        assertResolves("has been the response this Tuesday by the minister", "2019-08-20",
                "this Tuesday", "2019-08-20", "2019-08-20", DAY, false);
    }

    @Test
    void lastWeekdayIsTheMostRecentStrictlyBeforeTheAnchor() {
        assertResolves("a bomb went off last Tuesday", "2019-08-20", "last Tuesday", "2019-08-13", "2019-08-13", DAY, false);
        assertResolves("a bomb went off last Tuesday", "2019-08-22", "last Tuesday", "2019-08-20", "2019-08-20", DAY, false);
    }

    @Test
    void partsOfADayStayOnThatDay() {
        assertResolves("clashes erupted late Tuesday near the border", "2019-08-22", "late Tuesday", "2019-08-20", "2019-08-20", DAY, false);
        assertResolves("the strike came on Monday night", "2019-08-22", "Monday night", "2019-08-19", "2019-08-19", DAY, false);
        assertResolves("Tuesday morning shelling", "2019-08-22", "Tuesday morning", "2019-08-20", "2019-08-20", DAY, false);
    }

    // ---- calendar dates

    @Test
    void readsFullDatesInEveryCommonOrder() {
        assertResolves("On August 20, 2019 troops entered", "2019-08-22", "August 20, 2019", "2019-08-20", "2019-08-20", DAY, false);
        assertResolves("On 20 August 2019 troops entered", "2019-08-22", "20 August 2019", "2019-08-20", "2019-08-20", DAY, false);
        assertResolves("Date: Aug 21, 2019", "2019-08-22", "Aug 21, 2019", "2019-08-21", "2019-08-21", DAY, false);
        assertResolves("Updated 2019-08-21 10:00", "2019-08-22", "2019-08-21", "2019-08-21", "2019-08-21", DAY, false);
        assertResolves("on the 28th of January 2020", "2020-02-01", "the 28th of January 2020", "2020-01-28", "2020-01-28", DAY, false);
        assertResolves("attacked on Sept. 3, 2019.", "2019-09-04", "Sept. 3, 2019", "2019-09-03", "2019-09-03", DAY, false);
    }

    @Test
    void aWeekdayWithADateIsOneMentionWithTheYearFromTheAnchor() {
        assertResolves("they entered Tuesday, January 28, in Maarat Al-Nouman", "2020-01-29",
                "Tuesday, January 28", "2020-01-28", "2020-01-28", DAY, false);
    }

    @Test
    void aYearlessDateIsTheLatestNotAfterTheDayAfterTheAnchor() {
        assertResolves("heading for the border, on January 28.", "2020-01-29", "January 28", "2020-01-28", "2020-01-28", DAY, false);
        assertResolves("an offensive launched December 25.", "2018-01-11", "December 25", "2017-12-25", "2017-12-25", DAY, true);
        assertResolves("KABUL, March 3 (Reuters) - Gunmen attacked", "2019-03-03", "March 3", "2019-03-03", "2019-03-03", DAY, false);
        assertResolves("KABUL, March 3 (Reuters) - Gunmen attacked", "2019-03-02", "March 3", "2019-03-03", "2019-03-03", DAY, false);
    }

    @Test
    void aYearlessDateShortlyAfterTheAnchorIsAComingDate() {
        assertResolves("Putin hopes to hold on January 29 and 30 in Sochi", "2018-01-11",
                "January 29 and 30", "2018-01-29", "2018-01-30", RANGE, false);
    }

    @Test
    void theNthIsADayOfTheAnchorsMonthOrTheOneBefore() {
        assertResolves("the town fell on the 20th.", "2019-08-22", "the 20th", "2019-08-20", "2019-08-20", DAY, false);
        assertResolves("the town fell on the 25th.", "2019-08-22", "the 25th", "2019-07-25", "2019-07-25", DAY, true);
    }

    // ---- months and years

    @Test
    void aMonthAloneIsTheLatestSuchMonthAndBackgroundWhenLongPast() {
        assertResolves("After having captured the city in August – a phase", "2020-01-29",
                "August", "2019-08-01", "2019-08-31", MONTH, true);
        assertResolves("the fighting escalated in August", "2019-08-21", "August", "2019-08-01", "2019-08-31", MONTH, false);
    }

    @Test
    void aMonthNeedsContextAndAbbreviationsNeedADay() {
        assertThat(find("They may return. March towards the town. Jan Sheikhun fell.", "2019-08-21")).isEmpty();
        assertThat(find("the town of Jan Sheikhun", "2019-08-21")).isEmpty();
    }

    @Test
    void aMonthWithAYearIsThatMonth() {
        assertResolves("the fighting, which began in April 2019.", "2020-01-29", "April 2019", "2019-04-01", "2019-04-30", MONTH, true);
    }

    @Test
    void lastMonthNameIsBeforeTheAnchorsMonth() {
        assertResolves("an agreement reached with Russia last September.", "2019-08-22",
                "last September", "2018-09-01", "2018-09-30", MONTH, true);
    }

    @Test
    void partsOfAMonthNarrowIt() {
        assertResolves("at the end of April", "2019-08-20", "the end of April", "2019-04-21", "2019-04-30", RANGE, true);
        assertResolves("in mid-August", "2019-08-30", "mid-August", "2019-08-11", "2019-08-20", RANGE, false);
    }

    @Test
    void yearsInThePastAreBackground() {
        assertResolves("Damascus lost Jan Sheikhun in 2014, a town on the road", "2019-08-20", "2014", "2014-01-01", "2014-12-31", YEAR, true);
        assertResolves("the airport at the end of 2015 to the jihadists", "2018-01-11",
                "the end of 2015", "2015-09-01", "2015-12-31", RANGE, true);
    }

    @Test
    void aYearNamingAnEventIsItsDate() {
        assertResolves("including the 2010 Tadmetla ambush in Sukma", "2025-05-08", "2010", "2010-01-01", "2010-12-31",
                YEAR, true);
        assertResolves("remembered for the 2004 crackdown on protesters", "2025-03-04", "2004", "2004-01-01", "2004-12-31",
                YEAR, true);
        assertThat(find("the 2000 troops arrived on Monday", "2025-03-04"))
                .noneMatch(date -> date.surface().equals("2000"));
    }

    @Test
    void aBareNumberIsNotAYear() {
        assertThat(find("Copyright 2020 . All rights reserved", "2020-01-01")).isEmpty();
    }

    @Test
    void sincePhrasesAreCumulativeBackgroundRanges() {
        assertResolves("which had been held by militants since 2014, sits on that highway", "2019-08-21",
                "since 2014", "2014-01-01", "2019-08-21", RANGE, true);
        assertResolves("have died since December 25 in strikes", "2018-01-11",
                "since December 25", "2017-12-25", "2018-01-11", RANGE, true);
        assertResolves("965 dead since the end of April, when troops resumed", "2019-08-20",
                "since the end of April", "2019-04-21", "2019-08-20", RANGE, true);
        assertResolves("Tens of thousands have fled fighting since early December", "2018-01-11",
                "since early December", "2017-12-01", "2018-01-11", RANGE, true);
    }

    // ---- relative expressions

    @Test
    void todayAndYesterday() {
        assertResolves("officials said today", "2019-08-21", "today", "2019-08-21", "2019-08-21", DAY, false);
        assertResolves("officials said this morning", "2019-08-21", "this morning", "2019-08-21", "2019-08-21", DAY, false);
        assertResolves("have tried since yesterday to contain", "2019-08-20", "since yesterday", "2019-08-19", "2019-08-20", RANGE, true);
        assertResolves("the attack yesterday", "2019-08-20", "yesterday", "2019-08-19", "2019-08-19", DAY, false);
    }

    @Test
    void overnightIsTheNightBeforeTheAnchor() {
        assertResolves("insurgents had withdrawn from Khan Sheikhoun overnight, though", "2019-08-21",
                "overnight", "2019-08-20", "2019-08-21", RANGE, false);
        assertResolves("shelling last night", "2019-08-21", "last night", "2019-08-20", "2019-08-21", RANGE, false);
    }

    @Test
    void calendarWeeksMonthsAndYears() {
        assertResolves("clashes last week", "2019-08-21", "last week", "2019-08-12", "2019-08-18", WEEK, false);
        assertResolves("Earlier in the week, airstrikes targeted a convoy", "2019-08-22",
                "Earlier in the week", "2019-08-19", "2019-08-21", WEEK, false);
        assertResolves("earlier this week", "2019-08-22", "earlier this week", "2019-08-19", "2019-08-21", WEEK, false);
        assertResolves("earlier this month", "2019-08-22", "earlier this month", "2019-08-01", "2019-08-21", MONTH, false);
        assertResolves("clashes last month", "2019-08-21", "last month", "2019-07-01", "2019-07-31", MONTH, true);
        assertResolves("clashes last year", "2019-01-05", "last year", "2018-01-01", "2018-12-31", YEAR, true);
    }

    @Test
    void recentDaysAreAFewDaysUpToTheAnchor() {
        assertResolves("In recent days hundreds of civilians remained", "2019-08-21",
                "recent days", "2019-08-16", "2019-08-21", RANGE, false);
        assertResolves("intense airstrikes over the past days.", "2019-08-21",
                "the past days", "2019-08-16", "2019-08-21", RANGE, false);
        assertResolves("in the past few days", "2019-08-21", "the past few days", "2019-08-16", "2019-08-21", RANGE, false);
        assertResolves("fleeing the fighting in the last 24 hours", "2019-08-20",
                "the last 24 hours", "2019-08-19", "2019-08-20", RANGE, false);
    }

    @Test
    void longRangesUpToTheAnchorAreBackground() {
        assertResolves("over the past year", "2019-08-21", "the past year", "2018-08-21", "2019-08-21", RANGE, true);
    }

    @Test
    void agoCountsBackFromTheAnchor() {
        assertResolves("two days ago", "2019-08-21", "two days ago", "2019-08-19", "2019-08-19", DAY, false);
        assertResolves("3 days ago", "2019-08-21", "3 days ago", "2019-08-18", "2019-08-18", DAY, false);
        assertResolves("days ago", "2019-08-21", "days ago", "2019-08-16", "2019-08-19", RANGE, false);
        assertResolves("a few days ago", "2019-08-21", "a few days ago", "2019-08-16", "2019-08-19", RANGE, false);
        assertResolves("a week ago", "2019-08-21", "a week ago", "2019-08-11", "2019-08-17", WEEK, false);
    }

    @Test
    void dayOffsetsCountFromTheAnchorWithoutAnEarlierDate() {
        assertResolves("the day before", "2019-08-21", "the day before", "2019-08-20", "2019-08-20", DAY, false);
        assertResolves("a day later", "2019-08-21", "a day later", "2019-08-22", "2019-08-22", DAY, false);
        assertResolves("two days earlier", "2019-08-21", "two days earlier", "2019-08-19", "2019-08-19", DAY, false);
        assertResolves("the previous day", "2019-08-21", "the previous day", "2019-08-20", "2019-08-20", DAY, false);
    }

    @Test
    void aDayAfterAnEventPlacesItADayBeforeTheSentencesDate() {
        List<DateMention> mentions = find("Also Tuesday, the minister warned the government, a day after an airstrike"
                + " targeted a Turkish army convoy, killing 3 civilians.", "2019-08-21");
        assertThat(mentions).extracting(DateMention::surface).containsExactly("Tuesday", "a day after");
        assertThat(mentions.get(1).min()).isEqualTo("2019-08-19");
        assertThat(mentions.get(1).precision()).isEqualTo(DAY);
    }

    @Test
    void aDayAfterAnEventCountsFromTheDayASinceRangeStarts() {
        List<DateMention> mentions = find("The two sides have been trading fire since Oct. 8, a day after the attack"
                + " triggered the war.", "2024-04-16");
        assertThat(mentions).extracting(DateMention::surface).containsExactly("since Oct. 8", "a day after");
        assertThat(mentions.get(1).min()).isEqualTo("2023-10-07");
        assertThat(mentions.get(1).background()).isTrue();
    }

    @Test
    void thePreviousNightCountsFromTheSentencesDate() {
        List<DateMention> mentions = find("The junta said on Sunday it had repelled the attack the previous night.", "2023-02-24");
        assertThat(mentions).extracting(DateMention::surface).containsExactly("Sunday", "the previous night");
        assertThat(mentions.get(1).min()).isEqualTo("2023-02-18");
    }

    @Test
    void ignoresDecadesCenturiesAndNumericDates() {
        assertThat(find("In the 1990s the 19th century fort was hit; a 2019 report; updated 13/03/2024.", "2023-02-24")).isEmpty();
    }

    @Test
    void aDayOffsetIgnoresDatesOfEarlierSentences() {
        List<DateMention> mentions = find("Fighting ended Tuesday. A day later, troops entered.", "2019-08-22");
        assertThat(mentions.get(1).min()).isEqualTo("2019-08-23");
    }

    @Test
    void seasonsWithAndWithoutYears() {
        assertResolves("in the summer of 2015", "2019-08-21", "the summer of 2015", "2015-06-01", "2015-08-31", RANGE, true);
        assertThat(find("300,000 displaced in the spring and summer", "2020-01-29").get(0).min()).isEqualTo("2019-03-01");
        assertThat(find("since the fall of the city", "2020-01-29")).isEmpty();
    }

    @Test
    void weekendsAreSaturdayAndSunday() {
        assertResolves("clashes over the weekend", "2019-08-20", "the weekend", "2019-08-17", "2019-08-18", RANGE, false);
    }

    // ---- whole texts

    @Test
    void findsEveryMentionOfASeedParagraphInOrder() {
        String text = "Of all the offensives, the one currently targeting the province is the most laborious; the"
                + " fighting began in April 2019. After having captured the city of Khan Cheikhoun in August – a phase"
                + " which was followed by a cease-fire of a few weeks – they entered Tuesday, January 28, in Maarat"
                + " Al-Nouman.";
        assertThat(find(text, "2020-01-29")).extracting(DateMention::surface, DateMention::background)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("April 2019", true),
                        org.assertj.core.groups.Tuple.tuple("August", true),
                        org.assertj.core.groups.Tuple.tuple("Tuesday, January 28", false));
    }

    @Test
    void ignoresNumbersAndWordsThatAreNotDates() {
        assertThat(find("one of the 12 positions that Turkey maintains in 14 provinces, with 20,000 combatants,"
                + " at least 2.5 million civilians and the M5 highway; it will march on.", "2019-08-21")).isEmpty();
    }

    @Test
    void everyCutOfAParagraphGivesOrderedNonOverlappingMentions() {
        String text = "BEIRUT: The main insurgent group pulled out of a key rebel town as government forces advanced Tuesday, a day after an airstrike killed 3 civilians. “We won,” Assad said.It was the U.S. view... Some 96 civilians, including 27 children, have died since December 25, and at least 21 were killed on Aug. 21, 2019 – 238 of them children – in the last 24 hours.\n\nTuesday, January 28";
        for (int cut = 0; cut <= text.length(); cut++) {
            String prefix = text.substring(0, cut);
            int last = 0;
            for (DateMention m : RESOLVER.find(prefix, LocalDate.parse("2019-08-21"))) {
                assertThat(m.start()).isGreaterThanOrEqualTo(last);
                assertThat(prefix.substring(m.start(), m.end())).isEqualTo(m.surface());
                last = m.end();
            }
            RESOLVER.inferPublication(prefix);
        }
    }
}
