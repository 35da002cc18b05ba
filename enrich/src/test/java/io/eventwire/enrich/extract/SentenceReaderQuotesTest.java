package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceReaderQuotesTest {

    @Test
    void aSentenceWithoutQuotationMarksOrWithOnlyShortQuotesHasNoSpan() {
        assertThat(SentenceReader.longQuoteSpans("Troops shelled the town on Monday.")).isEmpty();
        assertThat(SentenceReader.longQuoteSpans("\"No,\" he said, “never” again.")).isEmpty();
    }

    @Test
    void spansTheWordsBetweenTheMarksOfALongQuote() {
        String text = "He said \"we will fight them in every village and every town\" on Monday.";
        int open = text.indexOf('"');
        int close = text.lastIndexOf('"');

        assertThat(SentenceReader.longQuoteSpans(text)).containsExactly(open + 1, close);
    }

    @Test
    void spansTheStartOfASentenceThatClosesAQuoteOpenedBefore() {
        String text = "Then they charged us with batons and beat many of us,\" said a student leader.";

        assertThat(SentenceReader.longQuoteSpans(text)).containsExactly(0, text.indexOf('"'));
    }

    @Test
    void aQuoteLeftOpenRunsToTheEndAndEachLongQuoteHasItsSpan() {
        String text = "“They came at night and burned all the houses of the village,” one said; "
                + "another: “we fled into the bush with nothing, and the fighters followed us";
        int secondOpen = text.lastIndexOf('“');

        assertThat(SentenceReader.longQuoteSpans(text)).containsExactly(1, text.indexOf('”'), secondOpen + 1,
                Integer.MAX_VALUE);
    }

    @Test
    void spansRandomTextAsAWalkOverEveryCharacterDoes() {
        Random random = new Random(7);
        String[] pieces = {"\"", "“", "”", " ", "  ", ",", ".", "!", "?", ";", "word", "Word", "9", "é", "x",
            "a b c d", "one two three four five six seven eight"};
        for (int run = 0; run < 50_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String sentence = text.toString();
            assertThat(SentenceReader.longQuoteSpans(sentence)).as(sentence).containsExactly(walked(sentence));
        }
    }

    /** The spans as a plain walk over every character reads them: the reference for the searching reader. */
    private static int[] walked(String text) {
        List<Integer> spans = new ArrayList<>();
        int close = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                break;
            }
            if (c == '”') {
                close = i;
                break;
            }
            if (c == '"') {
                int next = i + 1;
                while (next < text.length() && text.charAt(next) == ' ') {
                    next++;
                }
                boolean closes = i > 0 && ",.?!".indexOf(text.charAt(i - 1)) >= 0 && next > i + 1
                        && next < text.length() && Character.isLowerCase(text.charAt(next));
                close = closes ? i : -1;
                break;
            }
        }
        if (close >= 0 && words(text, 0, close) >= 8) {
            spans.add(0);
            spans.add(close);
        }
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                if (words(text, open, i) >= 8) {
                    spans.add(open + 1);
                    spans.add(i);
                }
                open = -1;
            }
        }
        if (open >= 0 && words(text, open, text.length()) >= 8) {
            spans.add(open + 1);
            spans.add(Integer.MAX_VALUE);
        }
        return spans.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int words(String text, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
