package io.eventwire.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordShinglesTest {

    @Test
    void wordsAreLowerCaseLettersAndDigitsWithoutPunctuation() {
        assertThat(WordShingles.words("“Forces took full CONTROL,” he said — 21 were killed."))
                .containsExactly("forces", "took", "full", "control", "he", "said", "21", "were", "killed");
    }

    @Test
    void apostrophesAndDashesOfAnyStyleSplitWordsAlike() {
        assertThat(WordShingles.words("the group’s north-west")).containsExactly("the", "group", "s", "north", "west");
        assertThat(WordShingles.words("the group's north–west")).containsExactly("the", "group", "s", "north", "west");
    }

    @Test
    void keepsAccentedLettersInTheirWord() {
        assertThat(WordShingles.words("Café ÜBER naïve")).containsExactly("café", "über", "naïve");
    }

    @Test
    void hasNoShingleWhenTheTextIsShorterThanOne() {
        assertThat(WordShingles.hashes(WordShingles.words("three words only"), 4)).isEmpty();
    }

    @Test
    void countsEachDistinctShingleOnce() {
        assertThat(WordShingles.hashes(WordShingles.words("a b a b a b"), 2)).hasSize(2);
        assertThat(WordShingles.hashes(WordShingles.words("one two three four five"), 4)).hasSize(2);
    }

    @Test
    void caseAndPunctuationDoNotChangeTheShingles() {
        assertThat(WordShingles.hashes(WordShingles.words("Fighters clashed near the town, a monitor said."), 4))
                .containsExactly(WordShingles.hashes(WordShingles.words("fighters clashed near the town a monitor said"), 4));
    }

    @Test
    void hashesAreTheSameInEveryRun() {
        assertThat(WordShingles.hashes(WordShingles.words("fighters clashed near the"), 4))
                .containsExactly(-3_499_697_954_559_735_784L);
    }
}
