package io.eventwire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharInfoTest {

    @Test
    void agreesWithCharacterOnEveryChar() {
        int disagreements = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            int info = CharInfo.of(ch);
            int kind = info & CharInfo.CLASS;
            boolean startsWord = kind == CharInfo.LOWER || kind == CharInfo.UPPER || kind == CharInfo.DIGIT;
            boolean wordChar = Character.isLetterOrDigit(ch) || Character.getType(ch) == Character.NON_SPACING_MARK
                    || Character.getType(ch) == Character.COMBINING_SPACING_MARK;
            if (startsWord != Character.isLetterOrDigit(ch)
                    || ((info & CharInfo.WORD_CHAR) != 0) != wordChar
                    || ((info & CharInfo.LETTER) != 0) != Character.isLetter(ch)
                    || ((info & CharInfo.UPPER_CASE) != 0) != Character.isUpperCase(ch)
                    || ((info & CharInfo.APOSTROPHE) != 0) != Fold.isApostrophe(ch)) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
    }

    @Test
    void readsTheCaseAWordStartsWith() {
        assertThat(CharInfo.startCase(CharInfo.of('A'))).isEqualTo(CharInfo.STARTS_CAPITAL);
        assertThat(CharInfo.startCase(CharInfo.of('\u01c5'))).isEqualTo(CharInfo.STARTS_CAPITAL); // title case
        assertThat(CharInfo.startCase(CharInfo.of('7'))).isEqualTo(CharInfo.STARTS_DIGIT);
        assertThat(CharInfo.startCase(CharInfo.of('\u0663'))).isEqualTo(CharInfo.STARTS_DIGIT);
        assertThat(CharInfo.startCase(CharInfo.of('z'))).isEqualTo(CharInfo.STARTS_LOWER);
        assertThat(CharInfo.startCase(CharInfo.of('\u4e2d'))).isZero();
    }
}
