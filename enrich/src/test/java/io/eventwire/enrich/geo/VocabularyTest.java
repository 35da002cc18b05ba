package io.eventwire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void readsAsciiCapitalsAsLowerCaseAndNothingElse() {
        Vocabulary vocabulary = new Vocabulary();
        assertThat(code(vocabulary, "of")).isEqualTo(Vocabulary.OF | Vocabulary.PARTICLE | Vocabulary.HYPHEN_PARTICLE);
        assertThat(code(vocabulary, "OF")).isEqualTo(code(vocabulary, "of"));
        assertThat(code(vocabulary, "Province")).isEqualTo(Vocabulary.REGION);
        assertThat(code(vocabulary, "e")).isEqualTo(Vocabulary.HYPHEN_PARTICLE);
        assertThat(code(vocabulary, "provinc")).isZero();
        assertThat(code(vocabulary, "provincé")).isZero();
        assertThat(code(vocabulary, "provincesx")).isZero();
        assertThat(code(vocabulary, "0")).isZero();
    }

    @Test
    void keepsFindingEveryWordAsTitlesAreAdded() {
        Vocabulary vocabulary = new Vocabulary();
        for (int i = 0; i < 3000; i++) {
            vocabulary.addTitle("title" + i);
        }
        vocabulary.addTitle("of");
        assertThat(code(vocabulary, "Title0")).isEqualTo(Vocabulary.TITLE);
        assertThat(code(vocabulary, "title2999")).isEqualTo(Vocabulary.TITLE);
        assertThat(code(vocabulary, "title3000")).isZero();
        assertThat(code(vocabulary, "of")).isEqualTo(
                Vocabulary.OF | Vocabulary.PARTICLE | Vocabulary.HYPHEN_PARTICLE | Vocabulary.TITLE);
        assertThat(code(vocabulary, "northwestern")).isEqualTo(Vocabulary.DIRECTION);
    }

    @Test
    void findsAsWrittenOnlyTheWordsOfAsciiLettersAndDigits() {
        Vocabulary vocabulary = new Vocabulary();
        vocabulary.addTitle("émir");
        vocabulary.addTitle("sheikh");
        assertThat(plainCode(vocabulary, "Sheikh")).isEqualTo(Vocabulary.TITLE);
        assertThat(plainCode(vocabulary, "Province")).isEqualTo(Vocabulary.REGION);
        assertThat(code(vocabulary, "émir")).isEqualTo(Vocabulary.TITLE);
        assertThat(plainCode(vocabulary, "émir")).isZero();
        assertThat(plainCode(vocabulary, "provincé")).isZero();
    }

    @Test
    void readsAWordAsWrittenWhenPlainAndFoldedOtherwise() {
        Vocabulary vocabulary = new Vocabulary();
        vocabulary.addTitle("émir");
        Tokens tokens = new Tokens();
        tokens.tokenize("The Émir of Dër Province near Émir");
        assertThat(tokens.vocabularyCode(0, vocabulary)).isEqualTo(Vocabulary.THE);
        assertThat(tokens.vocabularyCode(1, vocabulary)).isZero(); // folded to "emir", which is no word here
        assertThat(tokens.vocabularyCode(2, vocabulary)).isEqualTo(
                Vocabulary.OF | Vocabulary.PARTICLE | Vocabulary.HYPHEN_PARTICLE);
        assertThat(tokens.vocabularyCode(3, vocabulary)).isEqualTo(Vocabulary.PARTICLE | Vocabulary.HYPHEN_PARTICLE);
        assertThat(tokens.vocabularyCode(4, vocabulary)).isEqualTo(Vocabulary.REGION);
        assertThat(tokens.vocabularyCode(5, vocabulary)).isEqualTo(Vocabulary.NEAR);
        assertThat(tokens.isNonLatin(6)).isFalse();
        assertThat(tokens.vocabularyCode(6, vocabulary)).isZero(); // folded first this time
    }

    private static int plainCode(Vocabulary vocabulary, String word) {
        char[] chars = ("-" + word + "-").toCharArray();
        return vocabulary.plainCode(chars, 1, word.length());
    }

    private static int code(Vocabulary vocabulary, String word) {
        char[] chars = ("-" + word + "-").toCharArray();
        return vocabulary.code(chars, 1, word.length());
    }
}
