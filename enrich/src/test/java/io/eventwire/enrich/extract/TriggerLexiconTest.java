package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

    private final TriggerLexicon lexicon = TriggerLexicon.standard();

    @Test
    void readsATerritorialTakeoverWithItsWinnerAsSubject() {
        TriggerLexicon.Match match = only("Regime forces took full control of the town on Wednesday.");

        assertThat(match.rule().subEventType()).isEqualTo(TriggerRule.TERRITORY);
        assertThat(match.rule().roles()).isEqualTo(TriggerRule.Roles.WINNER);
    }

    @Test
    void readsAWithdrawalWithItsLoserAsSubject() {
        TriggerLexicon.Match match = only("Insurgents had withdrawn from the town overnight.");

        assertThat(match.rule().roles()).isEqualTo(TriggerRule.Roles.LOSER);
    }

    @Test
    void prefersTheLongestPhraseAndSkipsAGap() {
        TriggerLexicon.Match match = only("The jihadists have lost several villages south of this base.");

        assertThat(match.rule().pattern()).startsWith("lost|lose|loses|losing *");
    }

    @Test
    void eachWordForAFirefightIsAClashOnItsOwn() {
        for (String word : List.of("firefight", "gunfight", "skirmishes", "shootout", "shoot-out", "gun battle")) {
            TriggerLexicon.Match match = only("A " + word + " broke out near the market.");

            assertThat(match.rule().subEventType()).as(word).isEqualTo("Armed clash");
        }
    }

    @Test
    void typesAnAirstrikeAndAPassiveBombing() {
        assertThat(only("An airstrike targeted a convoy.").rule().subEventType()).isEqualTo("Air/drone strike");
        TriggerLexicon.Match bombed = only("The convoy was bombed by fighter jets.");
        assertThat(bombed.rule().roles()).isEqualTo(TriggerRule.Roles.BY);
    }

    @Test
    void typesRocketSalvosAsShelling() {
        TriggerLexicon.Match match = only("Rebels have fired rocket salvos at the positions.");

        assertThat(match.rule().subEventType()).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void typesABombOnlyAircraftDropAsAnAirStrike() {
        for (String bomb : List.of("glide bomb", "glide-bomb", "guided bomb", "guided aerial bomb", "aerial bombs")) {
            TriggerLexicon.Match match = only("A " + bomb + " destroyed the school.");

            assertThat(match.rule().subEventType()).as(bomb).isEqualTo("Air/drone strike");
        }
    }

    @Test
    void typesAMunitionDroppedFromADroneAsADroneStrikeNotARoadsideBomb() {
        assertThat(only("A quadcopter dropped an explosive device on the checkpoint.").rule().subEventType())
                .isEqualTo("Air/drone strike");
        List<TriggerLexicon.Match> dropped = find("A grenade dropped from a drone hit the truck.");
        assertThat(dropped).extracting(m -> m.rule().subEventType()).containsExactly("Grenade", "Air/drone strike");
        assertThat(dropped.get(1).rule().priority()).isGreaterThan(dropped.get(0).rule().priority());
    }

    @Test
    void typesFiringAtSomeoneAsAnAttackButNotWarningShots() {
        assertThat(only("Border guards fired light weapons at the patrol.").rule().subEventType())
                .isEqualTo(TriggerRule.ATTACK);
        assertThat(find("Guards fired warning shots at the crowd.")).isEmpty();
    }

    @Test
    void typesNeutralisedAsAKilling() {
        assertThat(only("Five bandits were neutralized.").rule().subEventType()).isEqualTo(TriggerRule.ATTACK);
    }

    @Test
    void typesABombDefusedOrNeutralisedAsDisruptedWeaponsUse() {
        assertThat(only("Sappers defused two roadside bombs.").rule().subEventType())
                .isEqualTo("Disrupted weapons use");
        assertThat(only("The army neutralised an explosive device.").rule().subEventType())
                .isEqualTo("Disrupted weapons use");
    }

    @Test
    void readsRepellingAnAttackWithTheDefenderAsSubject() {
        assertThat(only("The garrison repulsed them.").rule().roles()).isEqualTo(TriggerRule.Roles.DEFENDER);
    }

    @Test
    void findsNothingInAPlainSentence() {
        assertThat(find("The minister met his counterpart in the capital.")).isEmpty();
    }

    @Test
    void everyConcreteSubEventTypeIsInTheTaxonomy() {
        Taxonomy.standard().check(lexicon.rules());
    }

    @Test
    void comparesAWordWithTheStemsOfItsBeginningAndMatchesEachPatternOnce() {
        TriggerLexicon stems = new TriggerLexicon(List.of(
                new TriggerRule("counterattack~|counter-attack~", "Armed clash", TriggerRule.Roles.NOUN, 35),
                new TriggerRule("counteroffensive~ launched", "Armed clash", TriggerRule.Roles.AGENT, 40),
                new TriggerRule("émeute~", "Violent demonstration", TriggerRule.Roles.NOUN, 20),
                new TriggerRule("in clash~", "Armed clash", TriggerRule.Roles.NOUN, 30)));

        assertThat(find(stems, "The counteroffensive launched at dawn")).extracting(m -> m.rule().priority(),
                TriggerLexicon.Match::from, TriggerLexicon.Match::to).containsExactly(tuple(40, 1, 3));
        assertThat(find(stems, "a counter-attack and counterattacks")).extracting(m -> m.rule().priority(),
                TriggerLexicon.Match::from).containsExactly(tuple(35, 1), tuple(35, 3));
        assertThat(find(stems, "Émeutes à Dakar")).extracting(m -> m.rule().priority()).containsExactly(20);
        assertThat(find(stems, "killed in clashes in the country's council")).extracting(m -> m.rule().priority(),
                TriggerLexicon.Match::from, TriggerLexicon.Match::to).containsExactly(tuple(30, 1, 3));
    }

    @Test
    void readsPatternsThatStartWithAOneOrTwoCharacterWord() {
        TriggerLexicon shortWords = new TriggerLexicon(List.of(
                new TriggerRule("a|an blast", "Remote explosive/landmine/IED", TriggerRule.Roles.NOUN, 50),
                new TriggerRule("é attaque", TriggerRule.ATTACK, TriggerRule.Roles.NOUN, 40),
                new TriggerRule("9 killed", TriggerRule.ATTACK, TriggerRule.Roles.NOUN, 30)));

        assertThat(find(shortWords, "A blast, an blast, as blast, b blast")).extracting(TriggerLexicon.Match::from)
                .containsExactly(0, 2);
        assertThat(find(shortWords, "É attaque; 9 killed; 19 killed")).extracting(m -> m.rule().priority())
                .containsExactly(40, 30);
    }

    @Test
    void findsWordsAndStemsThatShareTheirFirstThreeLetters() {
        TriggerLexicon shared = new TriggerLexicon(List.of(
                new TriggerRule("raid~", TriggerRule.ATTACK, TriggerRule.Roles.NOUN, 20),
                new TriggerRule("rain of shells", "Shelling/artillery/missile attack", TriggerRule.Roles.NOUN, 30),
                new TriggerRule("rampag~", "Mob violence", TriggerRule.Roles.NOUN, 25)));

        assertThat(find(shared, "Raids, a RAIN OF SHELLS and a Rampage; rains, rams and rain")).extracting(
                m -> m.rule().priority(), TriggerLexicon.Match::from).containsExactly(tuple(20, 0), tuple(30, 2),
                tuple(25, 7));
    }

    @Test
    void triesTheWordAfterAFirstWordWhosePatternsAllGoOnWithAWord() {
        TriggerLexicon goingOn = new TriggerLexicon(List.of(
                new TriggerRule("was|were shot dead", TriggerRule.ATTACK, TriggerRule.Roles.BY, 30),
                new TriggerRule("was bombed", "Air/drone strike", TriggerRule.Roles.BY, 20),
                new TriggerRule("raided [the] village~", TriggerRule.ATTACK, TriggerRule.Roles.AGENT, 25),
                new TriggerRule("raided", TriggerRule.ATTACK, TriggerRule.Roles.AGENT, 10)));

        assertThat(find(goingOn, "He was shot dead; it was bombed; they were shot; it was raided; they raided the "
                + "villages; they raided homes")).extracting(m -> m.rule().priority(), TriggerLexicon.Match::from)
                .containsExactly(tuple(30, 1), tuple(20, 5), tuple(10, 12), tuple(25, 14), tuple(10, 18));
    }

    @Test
    void aWordPatternWinsOverAStemPatternOfEqualPriorityAndLength() {
        TriggerLexicon both = new TriggerLexicon(List.of(
                new TriggerRule("attack~", "Armed clash", TriggerRule.Roles.NOUN, 10),
                new TriggerRule("attacked", TriggerRule.ATTACK, TriggerRule.Roles.AGENT, 10)));

        assertThat(find(both, "Gunmen attacked a convoy")).extracting(m -> m.rule().subEventType())
                .containsExactly(TriggerRule.ATTACK);
    }

    private TriggerLexicon.Match only(String sentence) {
        List<TriggerLexicon.Match> matches = find(sentence);
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }

    private List<TriggerLexicon.Match> find(String sentence) {
        return find(lexicon, sentence);
    }

    private static List<TriggerLexicon.Match> find(TriggerLexicon lexicon, String sentence) {
        Tokens tokens = Tokens.of(sentence, 0, sentence.length());
        return lexicon.find(tokens, 0, tokens.size());
    }
}
