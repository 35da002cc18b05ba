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
    void codesTheFirstThreeAsciiLettersTheSameInEitherCase() {
        String text = "Raid RAIDS rai ra 9mm ÉmeutE al-Bab raZ";
        Tokens tokens = Tokens.of(text, 0, text.length());
        int rai = (('r' - 'a') * 26 + ('a' - 'a')) * 26 + ('i' - 'a');
        assertThat(tokens.asciiTrigram(0)).isEqualTo(rai);
        assertThat(tokens.asciiTrigram(1)).isEqualTo(rai);
        assertThat(tokens.asciiTrigram(2)).isEqualTo(rai);
        assertThat(tokens.asciiTrigram(3)).isEqualTo(-1); // two letters
        assertThat(tokens.asciiTrigram(4)).isEqualTo(-1); // a digit
        assertThat(tokens.asciiTrigram(5)).isEqualTo(-1); // a letter beyond ASCII
        assertThat(tokens.asciiTrigram(6)).isEqualTo(-1); // a hyphen
        assertThat(tokens.asciiTrigram(7)).isEqualTo(Tokens.asciiTrigram('r', 'a', 'z'))
                .isEqualTo((('r' - 'a') * 26 + ('a' - 'a')) * 26 + ('z' - 'a'));
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

    @Test
    void cutsRandomTextAsASimpleReadingOfTheRulesDoes() {
        String alphabet = "abcXYZ019 -'’.,;\"()éÉşİß–\n";
        java.util.Random random = new java.util.Random(7);
        Tokens reused = Tokens.reusable();
        for (int round = 0; round < 3000; round++) {
            char[] chars = new char[random.nextInt(40)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String text = new String(chars);
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            reused.read(text, from, text.length());
            List<String> cut = new ArrayList<>();
            for (int t = 0; t < reused.size(); t++) {
                cut.add(reused.start(t) + "-" + reused.end(t) + " " + reused.lower(t) + " " + reused.hash(t));
            }
            assertThat(cut).as("[%s] from %d", text, from).isEqualTo(reference(text, from));
        }
    }

    /**
     * The words of {@code text[from, ...)} by the rules as written, character by character: runs of letters and
     * digits, with a hyphen or apostrophe between two such characters, or a dot between a lone letter and a letter
     * or digit followed by another dot ("u.n."), kept inside.
     */
    private static List<String> reference(String text, int from) {
        List<String> cut = new ArrayList<>();
        int i = from;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder word = new StringBuilder();
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || isInner(text, from, i))) {
                char c = text.charAt(i++);
                word.append(c == '’' ? '\'' : Character.toLowerCase(c));
            }
            cut.add(start + "-" + i + " " + word + " " + word.toString().hashCode());
            i++;
        }
        return cut;
    }

    private static boolean isInner(String text, int from, int i) {
        char c = text.charAt(i);
        boolean between = i > from && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
        if (c == '-' || c == '\'' || c == '’') {
            return between;
        }
        return c == '.' && between && i + 2 < text.length() && text.charAt(i + 2) == '.'
                && Character.isLetter(text.charAt(i - 1)) && (i - 2 < from || !Character.isLetter(text.charAt(i - 2)));
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
