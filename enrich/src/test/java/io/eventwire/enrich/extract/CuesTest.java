package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuesTest {

    private final Cues cues = Cues.standard();

    @Test
    void aModalMakesTheEventUnreal() {
        assertThat(unreal("an agreement that would allow the army to retake parts of the province", "retake")).isTrue();
    }

    @Test
    void anInfinitiveAfterTryingIsUnreal() {
        assertThat(unreal("regime forces trying to retake a strategic military base", "retake")).isTrue();
    }

    @Test
    void aDenialIsUnreal() {
        assertThat(unreal("The group denied that its fighters withdrew from the town", "withdrew")).isTrue();
    }

    @Test
    void aClauseThatADenialGovernsFromAfarIsUnreal() {
        assertThat(unreal("A spokesman denied reports circulating on social media that fighters had entered the city",
                "entered")).isTrue();
    }

    @Test
    void aClauseAfterAReportIsStillAFact() {
        assertThat(unreal("A spokesman said on state television on Monday that fighters had entered the city",
                "entered")).isFalse();
    }

    @Test
    void theSubjectSearchSkipsARelativeClauseSetOffByCommas() {
        String sentence = "The coalition, which backs the government, carried out strikes";
        Tokens tokens = Tokens.of(sentence, 0, sentence.length());
        assertThat(tokens.lower(cues.subjectSearchStart(tokens, 0, index(tokens, "carried")))).isEqualTo("the");
    }

    @Test
    void aNegatedVerbIsUnreal() {
        assertThat(unreal("Troops didn't enter the town", "enter")).isTrue();
    }

    @Test
    void aPlainReportIsReal() {
        assertThat(unreal("Government troops moved into the northern neighborhoods", "moved")).isFalse();
        assertThat(unreal("Troops were able to enter parts of the town overnight", "enter")).isFalse();
    }

    @Test
    void anEarlierCaptureIsBackground() {
        assertThat(background("After having captured the city in August, they entered the town", "captured")).isTrue();
        assertThat(background("After the capture of the town, troops are likely to move north", "capture")).isTrue();
    }

    @Test
    void aDayAfterIsNotBackground() {
        assertThat(background("a day after an airstrike targeted a convoy", "airstrike")).isFalse();
    }

    @Test
    void aNounPeopleFleeIsNotAReport() {
        String sentence = "Thousands have left their homes fleeing the fighting";
        Tokens tokens = Tokens.of(sentence, 0, sentence.length());

        assertThat(cues.isFledFrom(tokens, 0, index(tokens, "fighting"))).isTrue();
    }

    private boolean unreal(String sentence, String trigger) {
        Tokens tokens = Tokens.of(sentence, 0, sentence.length());
        return cues.isUnreal(tokens, 0, index(tokens, trigger), true);
    }

    private boolean background(String sentence, String trigger) {
        Tokens tokens = Tokens.of(sentence, 0, sentence.length());
        return cues.isBackground(tokens, 0, index(tokens, trigger));
    }

    private static int index(Tokens tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.lower(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " is not in the sentence");
    }
}
