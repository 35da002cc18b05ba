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

    private static int code(Vocabulary vocabulary, String word) {
        char[] chars = ("-" + word + "-").toCharArray();
        return vocabulary.code(chars, 1, word.length());
    }
}
