package io.eventwire.enrich.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.enrich.time.DateResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasualtyExtractorTest {

    private static final CasualtyExtractor EXTRACTOR = CasualtyExtractor.standard();

    private static Casualties only(String sentence) {
        List<Casualties> found = EXTRACTOR.find(sentence);
        assertThat(found).as("casualties in '%s'", sentence).hasSize(1);
        return found.get(0);
    }

    private static void assertKilled(String sentence, Integer low, Integer best, Integer high, boolean cumulative) {
        Casualties c = only(sentence);
        assertThat(c.killedLow()).as("low").isEqualTo(low);
        assertThat(c.killedBest()).as("best").isEqualTo(best);
        assertThat(c.killedHigh()).as("high").isEqualTo(high);
        assertThat(c.injured()).as("injured").isNull();
        assertThat(c.cumulative()).as("cumulative").isEqualTo(cumulative);
    }

    @Test
    void readsASentenceFromItsTextAsFromItsWordsCutForTheDateReader() {
        for (String sentence : List.of("Gunmen killed 12 villagers and wounded five others on Monday.",
                "At least 30 people have died since January, the ministry said.",
                "Two soldiers were killed and three rebels died in the clashes.",
                "The death toll from the bombing rose to 50.", "Troops shelled the town on Monday.",
                "No one was hurt.", "")) {
            assertThat(EXTRACTOR.find(DateResolver.standard().words(sentence))).as(sentence)
                    .isEqualTo(EXTRACTOR.find(sentence));
        }
        assertThat(EXTRACTOR.find("Gunmen killed 12 villagers and wounded five others on Monday.")).hasSize(1);
    }

    private static void assertNone(String sentence) {
        assertThat(EXTRACTOR.find(sentence)).as("casualties in '%s'", sentence).isEmpty();
    }

    @Test
    void aQualifierWithoutAFigureBetweenCommasDoesNotHideTheToll() {
        assertKilled("At least 30 people, including civilians, were killed in the fighting.", 30, 30, null, false);
        assertKilled("Nine people, mostly soldiers, were killed.", 9, 9, 9, false);
    }

    @Test
    void anAgeInAQualifierBetweenCommasDoesNotHideTheToll() {
        assertKilled("Five people, including a minor aged 16, were killed on Saturday night.", 5, 5, 5, false);
    }

    @Test
    void onePersonDescribedBetweenCommasBeforeThePredicateIsCounted() {
        assertKilled("The man, a 30-year-old farmer from the next village, died in hospital.", 1, 1, 1, false);
        assertThat(EXTRACTOR.find("Three people, a woman and two children, were killed."))
                .noneMatch(c -> Integer.valueOf(1).equals(c.killedBest())); // a list in the aside is no one person
    }

    @Test
    void theFigureBeforeToDeathIsKilledUnlessACourtSentencedIt() {
        assertKilled("A mob beat a 30-year-old man to death.", 1, 1, 1, false);
        assertKilled("Two traders were hacked to death.", 2, 2, 2, false);
        assertNone("A court sentenced three men to death.");
    }

    @Test
    void aPartitiveThatIsThePredicatesObjectIsTheTollNotASubset() {
        assertKilled("Militiamen stopped a truck, pulled out the drivers and shot dead between three and five of them.",
                3, 3, 5, false);
        assertKilled("The raiders killed two of them.", 2, 2, 2, false);
        assertNone("The camp held 9,000 people, 2,000 of them displaced.");
    }

    @Test
    void theDeadOfTwoClausesJoinedByAndAreOneToll() {
        assertKilled("Three policemen were killed and between four and six rebels died in the fighting.", 7, 7, 9, false);
        assertKilled("Two guards were killed and one attacker was shot dead.", 3, 3, 3, false);
    }

    @Test
    void aShortBracketedAbbreviationInsideTheSubjectKeepsItsFigure() {
        Casualties c = only("Two Border Guard (BG) soldiers were killed and three others injured on Monday.");
        assertThat(c.killedBest()).isEqualTo(2);
        assertThat(c.injured()).isEqualTo(3);
    }

    // ---- seed sentences

    @Test
    void aParticipleBeforeDeadTakesItsVictimsAfterIt() {
        assertKilled("Gunmen shot dead a woman in the market.", 1, 1, 1, false);
        assertKilled("A Houthi sniper shot dead two women on Sunday.", 2, 2, 2, false);
        assertKilled("A community leader was shot dead by armed men.", 1, 1, 1, false);
    }

    @Test
    void anAgeBetweenTheArticleAndThePersonIsNoFigure() {
        assertKilled("A 41-year-old man died of a head wound, the ministry said.", 1, 1, 1, false);
        assertKilled("Gunmen killed a 12-year-old boy.", 1, 1, 1, false);
        assertKilled("A 41 year old woman was killed.", 1, 1, 1, false);
    }

    @Test
    void anAppositionDescribesThePersonCountedAndAddsNoOne() {
        assertKilled("Soldiers returned fire, killing one Palestinian, a 24-year-old man whom officials named.", 1, 1, 1,
                false);
        assertKilled("The blast killed a soldier, a policeman and a civilian.", 3, 3, 3, false);
    }

    @Test
    void theKillingOfNamesItsVictimsAfterOf() {
        assertKilled("The coalition condemns the killing of four construction workers near Oksibil.", 4, 4, 4, false);
    }

    @Test
    void aPrivateIsAPerson() {
        assertKilled("The command said a private was killed during the exchange of fire.", 1, 1, 1, false);
    }

    @Test
    void neutralisedIsKilled() {
        assertKilled("The army said two fighters were neutralised in the exchange of fire.", 2, 2, 2, false);
    }

    @Test
    void aWarsTollAcrossAnAsideIsCumulative() {
        assertKilled("The 2013-2018 civil war, fought largely along ethnic lines between forces loyal to Kiir and "
                + "Machar, killed an estimated 400,000 people.", null, 400000, null, true);
    }

    @Test
    void killingAndWoundingSideBySideAreOneEntry() {
        String sentence = "The convoy was bombed by Syrian fighters killing three civilians and wounding another 12.";
        Casualties c = only(sentence);
        assertThat(c).isEqualTo(new Casualties(3, 3, 3, 12, false, sentence.indexOf("killing"), sentence.indexOf("12") + 2));
        assertThat(sentence.substring(c.start(), c.end())).isEqualTo("killing three civilians and wounding another 12");
    }

    @Test
    void everyFigureOfASentenceCitingATallyIsCumulative() {
        List<Casualties> found = EXTRACTOR.find("At least 360 people have been killed in Lebanon in the hostilities, "
                + "most of them fighters, along with about 70 civilians, according to a Reuters tally.");
        assertThat(found).isNotEmpty().allMatch(Casualties::cumulative);
    }

    @Test
    void numbersJoinedUnderOneDeathPredicateAddUp() {
        assertKilled("On Thursday, clashes on this front cost the lives of 19 jihadists and 12 pro-regime fighters, the OSDH said.",
                31, 31, 31, false);
    }

    @Test
    void anIncludingSubsetIsNotAddedButAnAlongWithFigureIs() {
        assertKilled("The Observatory said 21 anti-government fighters including 18 jihadists were killed in Wednesday's clashes,"
                + " along with 10 government or loyalist fighters.", 31, 31, 31, false);
    }

    @Test
    void readsDigitsAfterAParticiple() {
        String sentence = "Also Tuesday, the minister warned the government, a day after an airstrike targeted a Turkish army convoy"
                + " near the town, killing 3 civilians.";
        Casualties c = only(sentence);
        assertThat(c.killedBest()).isEqualTo(3);
        assertThat(sentence.substring(c.start(), c.end())).isEqualTo("killing 3 civilians");
    }

    @Test
    void aTollRaisedSinceADateIsCumulativeAndItsSubsetIsIgnored() {
        assertKilled("And this, causing a high number of civilian casualties that the Syrian Observatory for Human Rights has"
                + " raised to 965 dead – 238 of them children – since the end of April, when Syrian government troops resumed"
                + " the ground and air offensive in Idlib.", 965, 965, 965, true);
    }

    @Test
    void deathsSinceADateAreCumulative() {
        assertKilled("Some 96 civilians, including 27 children, have died since December 25 in Syrian or Russian strikes in Idleb,"
                + " according to the NGO.", null, 96, null, true);
    }

    @Test
    void aWarClaimingLivesIsCumulative() {
        assertKilled("The war in Syria has claimed the lives of more than 340,000 people since March 2011 and triggered a serious"
                + " humanitarian crisis with millions of displaced people and refugees.", 340_000, 340_000, null, true);
    }

    @Test
    void seedSentencesWithoutCasualtyFiguresGiveNothing() {
        assertNone("At least 25,000 people have had to leave their homes fleeing the fighting in the last 24 hours.");
        assertNone("Turkey and Damascus blame each other, whose goal was to protect the estimated 2.5 million civilians who inhabit Idlib.");
        assertNone("HTS has some 20,000 combatants and has assured that its troops will strengthen one of the 12 positions.");
        assertNone("Jan Sheikhun is in the south of Idlib, the only one of the 14 provinces of the country under insurgent control.");
        assertNone("Intestinal power struggles between insurgent factions have also caused a trail of deaths.");
        assertNone("There are some pockets and explosive devices, there are a few who refuse to withdraw and want to die.");
        assertNone("Khan Sheikhoun was home to about 1 million people, nearly 700,000 of them displaced by fighting.");
        assertNone("The bombings caused dozens of civilian casualties and emptied the town.");
        assertNone("In the letter, they condemn the silence of the world before the death of children and women.");
    }

    // ---- numbers and modifiers

    @Test
    void atLeastGivesALowAndBestFigure() {
        assertKilled("At least 21 people were killed in the attack.", 21, 21, null, false);
    }

    @Test
    void upToAndAsManyAsGiveAnUpperFigure() {
        assertKilled("Up to 30 people were killed.", null, 30, 30, false);
        assertKilled("The strike killed as many as 30 villagers.", null, 30, 30, false);
        assertKilled("Nearly 40 soldiers died.", null, 40, 40, false);
    }

    @Test
    void rangesGiveTheLowerEndAsBest() {
        assertKilled("Between 10 and 15 civilians were killed.", 10, 10, 15, false);
        assertKilled("The raid killed 10 to 15 fighters.", 10, 10, 15, false);
        assertKilled("The raid killed 10-15 fighters.", 10, 10, 15, false);
    }

    @Test
    void numberWordsCombine() {
        assertKilled("Twenty-one soldiers were killed.", 21, 21, 21, false);
        assertKilled("The blast killed two hundred and fifty people.", 250, 250, 250, false);
        assertKilled("A dozen civilians died.", 12, 12, 12, false);
        assertKilled("More than 2.5 million people died in the famine.", 2_500_000, 2_500_000, null, false);
    }

    @Test
    void vagueQuantitiesGiveTheirLiteralMinimumAsLowAndBest() {
        assertKilled("Dozens of people were killed.", 24, 24, null, false);
        assertKilled("The shelling killed hundreds of civilians.", 200, 200, null, false);
        assertKilled("Tens of thousands of people have died.", 20_000, 20_000, null, false);
        assertKilled("Several soldiers were killed.", 3, 3, null, false);
        assertKilled("Scores of people died.", 40, 40, null, false);
    }

    @Test
    void anArticleBeforeASingularPersonIsOne() {
        assertKilled("A soldier was killed and another was wounded.", 1, 1, 1, false);
        assertKilled("Gunmen killed a police officer on Monday.", 1, 1, 1, false);
        assertNone("A number of people were killed.");
    }

    @Test
    void noOneKilledIsZero() {
        assertKilled("No one was killed in the blast.", 0, 0, 0, false);
    }

    // ---- predicates

    @Test
    void readsEveryDeathPredicate() {
        assertKilled("The attack left 12 dead.", 12, 12, 12, false);
        assertKilled("There were 50 deaths.", 50, 50, 50, false);
        assertKilled("Five fatalities were reported.", 5, 5, 5, false);
        assertKilled("The bodies of 7 men were found.", 7, 7, 7, false);
        assertKilled("Nine bodies were recovered.", 9, 9, 9, false);
        assertKilled("Four people lost their lives in the crash.", 4, 4, 4, false);
        assertKilled("Three people were shot dead.", 3, 3, 3, false);
        assertKilled("Two civilians who were reportedly killed.", 2, 2, 2, false);
        assertKilled("The militants executed 6 prisoners.", 6, 6, 6, false);
    }

    @Test
    void killedAndWoundedInHeadlineStyle() {
        Casualties c = only("5 killed, 12 wounded in market attack");
        assertThat(c.killedBest()).isEqualTo(5);
        assertThat(c.injured()).isEqualTo(12);
    }

    @Test
    void injuryAlone() {
        Casualties c = only("Eight people were injured when the bus hit a mine.");
        assertThat(c.killedBest()).isNull();
        assertThat(c.injured()).isEqualTo(8);
    }

    @Test
    void killedOrWoundedOnlyBoundsTheDead() {
        Casualties c = only("Forty people were killed or wounded.");
        assertThat(c.killedLow()).isNull();
        assertThat(c.killedBest()).isNull();
        assertThat(c.killedHigh()).isEqualTo(40);
        assertThat(c.injured()).isNull();
    }

    @Test
    void separateIncidentsAreSeparateEntries() {
        List<Casualties> found = EXTRACTOR.find("Five soldiers were killed in the north on Monday, while three civilians died in"
                + " shelling in the south.");
        assertThat(found).extracting(Casualties::killedBest).containsExactly(5, 3);
    }

    @Test
    void aWoundedClauseDoesNotStealTheKilledFigure() {
        Casualties c = only("One soldier was killed and two others wounded.");
        assertThat(c.killedBest()).isEqualTo(1);
        assertThat(c.injured()).isEqualTo(2);
    }

    @Test
    void aSourceAfterACommaIsNotAConjunct() {
        assertKilled("Gunmen attacked the village late Tuesday, killing 12 civilians including four children, a local official said.",
                12, 12, 12, false);
    }

    @Test
    void theFigureStopsBeforeItsPrepositionalPhrase() {
        String sentence = "The army said it had killed 35 militants in air strikes on Wednesday.";
        Casualties c = only(sentence);
        assertThat(sentence.substring(c.start(), c.end())).isEqualTo("killed 35 militants");
    }

    @Test
    void aPeriodBeforeTheVerbMakesTheFigureCumulative() {
        assertKilled("The fighting over the past week has killed around 100 people.", null, 100, null, true);
    }

    @Test
    void aConjunctFollowedByItsOwnPredicateIsNotAdded() {
        Casualties c = only("The blast killed 3 civilians and 12 soldiers were wounded.");
        assertThat(c.killedBest()).isEqualTo(3);
        assertThat(c.injured()).isEqualTo(12);
    }

    // ---- cumulative totals

    @Test
    void cumulativeMarkersFlagTheFigure() {
        assertKilled("So far, 120 people have been killed.", 120, 120, 120, true);
        assertKilled("The fighting has killed 300 people over the past year.", 300, 300, 300, true);
        assertKilled("Since January, 45 soldiers have died.", 45, 45, 45, true);
        assertKilled("The death toll has risen to 50.", 50, 50, 50, true);
        assertKilled("Some 400 people were killed in total.", null, 400, null, true);
        assertKilled("The conflict has killed more than 5,000 people.", 5000, 5000, null, true);
    }

    @Test
    void aTollFromOneIncidentIsNotCumulative() {
        assertKilled("The death toll from the bombing rose to 25.", 25, 25, 25, false);
        assertKilled("The death toll from Saturday's attack on a market in the state rose to 48, officials said.", 48, 48, 48, false);
        assertKilled("A strike during the conflict killed 5 people.", 5, 5, 5, false);
    }

    // ---- numbers that are not casualties

    @Test
    void ignoresYearsDatesAgesAndThings() {
        assertNone("In 2014 the town was killed off as a market.");
        assertNone("A 25-year-old was killed.");
        assertNone("He was killed on August 20.");
        assertNone("Rebels killed time for 3 days.");
        assertNone("The M5 highway, where people died, was cut.");
        assertNone("Troops destroyed 12 positions, killing fighters.");
    }

    @Test
    void anInfinitiveIsNoReport() {
        assertNone("They threatened to kill 20 hostages.");
    }

    @Test
    void everyCutOfASentenceGivesSpansInsideIt() {
        String text = "BEIRUT: The main insurgent group pulled out of a key rebel town as government forces advanced Tuesday, a day after an airstrike killed 3 civilians. “We won,” Assad said.It was the U.S. view... Some 96 civilians, including 27 children, have died since December 25, and at least 21 were killed on Aug. 21, 2019 – 238 of them children – in the last 24 hours.\n\nTuesday, January 28";
        for (int cut = 0; cut <= text.length(); cut++) {
            String prefix = text.substring(0, cut);
            for (Casualties c : EXTRACTOR.find(prefix)) {
                assertThat(c.start()).isBetween(0, c.end() - 1);
                assertThat(c.end()).isLessThanOrEqualTo(prefix.length());
            }
        }
    }
}
