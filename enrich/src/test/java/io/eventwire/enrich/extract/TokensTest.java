package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void keepsInnerHyphensApostrophesAndAbbreviationDots() {
        assertThat(words("Pro-regime forces didn’t enter, the U.N. said.")).containsExactly(
                "pro-regime", "forces", "didn't", "enter", "the", "u.n", "said");
    }

    @Test
    void foldsCaseAndNonAsciiLetters() {
        assertThat(words("ÇAĞLAYAN Idlib's")).containsExactly("çağlayan", "idlib's");
    }

    @Test
    void offsetsStayThoseOfTheWholeText() {
        Tokens tokens = Tokens.of("skip  two words", 6, 15);
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.start(0)).isEqualTo(6);
        assertThat(tokens.end(1)).isEqualTo(15);
        assertThat(tokens.indexAt(10)).isEqualTo(1);
    }

    @Test
    void lettersAndLengthAreThoseOfTheLowerCaseWord() {
        Tokens tokens = Tokens.of("Shelling hit al-Bab’s ÇAĞLAYAN", 0, 30);
        for (int i = 0; i < tokens.size(); i++) {
            String lower = tokens.lower(i);
            assertThat(tokens.length(i)).isEqualTo(lower.length());
            for (int k = 0; k < lower.length(); k++) {
                assertThat(tokens.lowerChar(i, k)).isEqualTo(lower.charAt(k));
            }
        }
    }

    @Test
    void comparesWordsAndSuffixesAsTheLowerCaseWord() {
        Tokens tokens = Tokens.of("They DIDN’T say That", 0, 20);
        assertThat(tokens.endsWith(1, "n't")).isTrue();
        assertThat(tokens.endsWith(1, "didn't")).isTrue();
        assertThat(tokens.endsWith(0, "they!")).isFalse();
        assertThat(tokens.isWord(3, "that")).isTrue();
        assertThat(tokens.isWord(3, "tha")).isFalse();
        assertThat(tokens.isWord(2, "says")).isFalse();
    }

    @Test
    void findsTheTokenAtAnOffsetInAnyOrder() {
        String text = "one two  three four";
        Tokens tokens = Tokens.of(text, 0, text.length());
        int[] offsets = {0, 4, 5, 19, 3, 7, 9, 0, 14, 15, 8};
        int[] expected = {0, 1, 2, 4, 1, 2, 2, 0, 3, 3, 2};
        for (int k = 0; k < offsets.length; k++) {
            assertThat(tokens.indexAt(offsets[k])).as("offset %d", offsets[k]).isEqualTo(expected[k]);
        }
    }

    @Test
    void aReusedReaderReadsEachTextAsAFreshOneDoes() {
        WordTags table = new WordTags(java.util.Map.of("said", 1L, "u.n", 2L, "forces", 4L));
        Tokens reused = Tokens.reusable();
        String longText = "Pro-regime forces didn’t enter, the U.N. said. ".repeat(300);
        for (String text : List.of(longText, "They said", "", "ÇAĞLAYAN forces said", "x U.N said")) {
            Tokens fresh = Tokens.of(text, 0, text.length());
            reused.read(text, 0, text.length());
            assertThat(describe(reused, table)).as(text).isEqualTo(describe(fresh, table));
        }
    }

    private static List<String> describe(Tokens tokens, WordTags table) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.start(i) + "-" + tokens.end(i) + " " + tokens.lower(i) + " " + tokens.hash(i) + " "
                    + tokens.tags(i, table) + " " + tokens.indexAt(tokens.start(i)));
        }
        return out;
    }

    private static List<String> words(String text) {
        Tokens tokens = Tokens.of(text, 0, text.length());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.lower(i));
        }
        return words;
    }
}
