package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
}
