package io.eventwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> texts(String text) {
        return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAfterAPeriodBeforeACapital() {
        assertThat(texts("HTS denied this and said the battle continued. The militant group said it withdrew."))
                .containsExactly("HTS denied this and said the battle continued.", "The militant group said it withdrew.");
    }

    @Test
    void offsetsPointIntoTheWholeTextAndSkipSurroundingWhitespace() {
        String text = "  First one.   Second one.  ";
        assertThat(SentenceSplitter.split(text)).containsExactly(
                new Sentence(2, 12, "First one."),
                new Sentence(15, 26, "Second one."));
    }

    @Test
    void aParagraphBreakAlwaysEndsASentence() {
        assertThat(texts("Syria militants flee rebel town as army advances\n\nBEIRUT: The main insurgent group pulled out"))
                .containsExactly("Syria militants flee rebel town as army advances", "BEIRUT: The main insurgent group pulled out");
    }

    @Test
    void aBlankLineWithSpacesIsAParagraphBreak() {
        assertThat(texts("25,000 new displaced in the last 24 hours\n  \nIn the surroundings of the posts"))
                .containsExactly("25,000 new displaced in the last 24 hours", "In the surroundings of the posts");
    }

    @Test
    void aSingleLineBreakJoinsLinesOfOneParagraph() {
        assertThat(texts("Government forces advanced\ninto the town on Tuesday."))
                .containsExactly("Government forces advanced\ninto the town on Tuesday.");
    }

    @Test
    void keepsTitlesAndLatinAbbreviationsInsideTheSentence() {
        assertThat(texts("Mr. Cavusoglu met Gen. Ahmed and Lt. Col. Smith, e.g. in St. Petersburg. Dr. Ali said no."))
                .containsExactly("Mr. Cavusoglu met Gen. Ahmed and Lt. Col. Smith, e.g. in St. Petersburg.", "Dr. Ali said no.");
    }

    @Test
    void keepsDottedAcronymsUnlessASentenceStarterFollows() {
        assertThat(texts("NATO allies Turkey and the U.S. are discussing a buffer. U.N. officials met in the U.S. The talks failed."))
                .containsExactly("NATO allies Turkey and the U.S. are discussing a buffer.",
                        "U.N. officials met in the U.S.", "The talks failed.");
    }

    @Test
    void keepsMonthAbbreviationsAndNoBeforeANumber() {
        assertThat(texts("The attack on Aug. 21 and Sept. 3 hit Highway No. 5 near the base. It was the third."))
                .containsExactly("The attack on Aug. 21 and Sept. 3 hit Highway No. 5 near the base.", "It was the third.");
    }

    @Test
    void keepsInitialsWithTheirName() {
        assertThat(texts("The report by J. R. Smith was published. It said so."))
                .containsExactly("The report by J. R. Smith was published.", "It said so.");
    }

    @Test
    void keepsDecimalsInsideTheSentence() {
        assertThat(texts("Idlib has 2.5 million civilians. Most are displaced."))
                .containsExactly("Idlib has 2.5 million civilians.", "Most are displaced.");
    }

    @Test
    void keepsAQuoteEndingInACommaWithItsAttribution() {
        assertThat(texts("“The victories show the determination of the people, until all parts of Syria are liberated,” Assad said."
                + " He spoke in Damascus."))
                .containsExactly("“The victories show the determination of the people, until all parts of Syria are liberated,” Assad said.",
                        "He spoke in Damascus.");
    }

    @Test
    void splitsAfterAPeriodThatFollowsAClosingQuote() {
        assertThat(texts("Its troops “have retreated south of the city to reorganize the fight”. In the letter, they condemn it."))
                .containsExactly("Its troops “have retreated south of the city to reorganize the fight”.", "In the letter, they condemn it.");
    }

    @Test
    void endsTheSentenceAfterClosingQuotesThatFollowThePeriod() {
        assertThat(texts("He said: “We will fight.” The army advanced."))
                .containsExactly("He said: “We will fight.”", "The army advanced.");
    }

    @Test
    void anOpeningQuoteCanStartTheNextSentence() {
        assertThat(texts("The group issued a statement. \"We will return,\" it said."))
                .containsExactly("The group issued a statement.", "\"We will return,\" it said.");
    }

    @Test
    void anEllipsisBeforeALowerCaseWordDoesNotEndTheSentence() {
        assertThat(texts("“We will do what is necessary for the security of our soldiers ... but we are working to avoid it,” he said."))
                .hasSize(1);
        assertThat(texts("“The major victories of the army (…) strengthen the efforts for a peaceful solution,” Assad said."))
                .hasSize(1);
    }

    @Test
    void anEllipsisBeforeACapitalEndsTheSentence() {
        assertThat(texts("And then it stopped… The guns fell silent."))
                .containsExactly("And then it stopped…", "The guns fell silent.");
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertThat(texts("Who fired first? Nobody knows! The inquiry continues."))
                .containsExactly("Who fired first?", "Nobody knows!", "The inquiry continues.");
    }

    @Test
    void keepsDatelinesWithTheirSentence() {
        assertThat(texts("KABUL, March 3 (Reuters) - Gunmen attacked a checkpoint. Two police were hurt."))
                .containsExactly("KABUL, March 3 (Reuters) - Gunmen attacked a checkpoint.", "Two police were hurt.");
        assertThat(texts("BEIRUT: The main insurgent group in the province pulled out of a key rebel town."))
                .containsExactly("BEIRUT: The main insurgent group in the province pulled out of a key rebel town.");
    }

    @Test
    void splitsAPeriodGluedToTheNextCapitalisedWord() {
        assertThat(texts("From there, they would continue to defend the territory, it said.Syrian state TV said troops expanded their presence."))
                .containsExactly("From there, they would continue to defend the territory, it said.",
                        "Syrian state TV said troops expanded their presence.");
    }

    @Test
    void doesNotSplitGluedPeriodsInsideAbbreviationsOrDomains() {
        assertThat(texts("He met U.S.Army officers and read example.com.Sources said it was e.g.Not so.")).hasSize(1);
    }

    @Test
    void aDigitCanOpenTheNextSentence() {
        assertThat(texts("Fighting continued. 25,000 people fled."))
                .containsExactly("Fighting continued.", "25,000 people fled.");
    }

    @Test
    void anArabicArticleCanOpenTheNextSentence() {
        assertThat(texts("The base was attacked. al-Shabaab claimed it."))
                .containsExactly("The base was attacked.", "al-Shabaab claimed it.");
    }

    @Test
    void aLowerCaseWordAfterAPeriodContinuesTheSentence() {
        assertThat(texts("The talks ended at 5 p.m. on Tuesday without a deal.")).hasSize(1);
    }

    @Test
    void conditionalAbbreviationsEndASentenceOnlyBeforeAStarter() {
        assertThat(texts("They carried rifles, grenades, etc. The convoy moved on. Acme Inc. Directors resigned."))
                .containsExactly("They carried rifles, grenades, etc.", "The convoy moved on.", "Acme Inc. Directors resigned.");
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split(" \n\n  ")).isEmpty();
    }

    @Test
    void aTextWithoutTerminatorIsOneSentence() {
        assertThat(texts("Leave a Reply")).containsExactly("Leave a Reply");
    }

    @Test
    void everyCutOfAParagraphSplitsIntoTrimmedInOrderSentences() {
        String text = "BEIRUT: The main insurgent group pulled out of a key rebel town as government forces advanced Tuesday, a day after an airstrike killed 3 civilians. “We won,” Assad said.It was the U.S. view... Some 96 civilians, including 27 children, have died since December 25, and at least 21 were killed on Aug. 21, 2019 – 238 of them children – in the last 24 hours.\n\nTuesday, January 28";
        for (int cut = 0; cut <= text.length(); cut++) {
            String prefix = text.substring(0, cut);
            int last = 0;
            for (Sentence s : SentenceSplitter.split(prefix)) {
                assertThat(s.start()).isGreaterThanOrEqualTo(last);
                assertThat(prefix.substring(s.start(), s.end())).isEqualTo(s.text()).isEqualTo(s.text().strip());
                last = s.end();
            }
        }
    }
}
