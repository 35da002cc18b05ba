package io.eventwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    private static final Lexicon<String> LEXICON = Lexicon.<String>builder().put("Killed", "DEATH").put("août", "MONTH").build();

    @Test
    void cutsWordsNumbersAndPunctuationWithOffsets() {
        Tokens<String> tokens = Tokens.of("Wednesday's clashes: 340,000 died.", LEXICON);
        assertThat(tokens.size()).isEqualTo(8);
        assertThat(tokens.text(0)).isEqualTo("Wednesday");
        assertThat(tokens.isPunct(1, '\'')).isTrue();
        assertThat(tokens.text(2)).isEqualTo("s");
        assertThat(tokens.touchesPrevious(2)).isTrue();
        assertThat(tokens.isPunct(4, ':')).isTrue();
        assertThat(tokens.isNumber(5)).isTrue();
        assertThat(tokens.start(5)).isEqualTo(21);
        assertThat(tokens.end(5)).isEqualTo(28);
        assertThat(tokens.touchesPrevious(5)).isFalse();
    }

    @Test
    void tagsWordsCaseInsensitivelyIncludingNonAsciiLetters() {
        Tokens<String> tokens = Tokens.of("KILLED in Août", LEXICON);
        assertThat(tokens.tag(0)).isEqualTo("DEATH");
        assertThat(tokens.tag(1)).isNull();
        assertThat(tokens.tag(2)).isEqualTo("MONTH");
        assertThat(tokens.tag(-1)).isNull();
        assertThat(tokens.tag(3)).isNull();
    }

    @Test
    void retagsThroughAnotherLexiconAndKeepsTokensAlreadyTaggedThroughIt() {
        Tokens<String> tokens = Tokens.of("KILLED in Août", LEXICON);
        Lexicon<String> other = Lexicon.<String>builder().put("in", "PREPOSITION").build();

        Tokens<String> retagged = tokens.with(other);

        assertThat(tokens.with(LEXICON)).isSameAs(tokens);
        assertThat(retagged.tag(0)).isNull();
        assertThat(retagged.tag(1)).isEqualTo("PREPOSITION");
        assertThat(retagged.with(LEXICON).tag(2)).isEqualTo("MONTH");
    }

    @Test
    void readsNumbersWithThousandsSeparatorsAndDecimals() {
        Tokens<String> tokens = Tokens.of("340,000 2.5 1,200.5 2,5 12", LEXICON);
        assertThat(tokens.number(0)).isEqualTo(340_000);
        assertThat(tokens.number(1)).isEqualTo(2.5);
        assertThat(tokens.number(2)).isEqualTo(1200.5);
        assertThat(tokens.number(3)).isEqualTo(2.5);
        assertThat(tokens.number(4)).isEqualTo(12);
    }

    @Test
    void aSentenceFinalPeriodIsNotPartOfTheNumber() {
        Tokens<String> tokens = Tokens.of("killed 12.", LEXICON);
        assertThat(tokens.text(1)).isEqualTo("12");
        assertThat(tokens.isPunct(2, '.')).isTrue();
    }

    @Test
    void comparesWordsCaseInsensitively() {
        Tokens<String> tokens = Tokens.of("The THE", LEXICON);
        assertThat(tokens.is(0, "the")).isTrue();
        assertThat(tokens.is(1, "the")).isTrue();
        assertThat(tokens.is(1, "then")).isFalse();
        assertThat(tokens.isCapitalized(0)).isTrue();
    }

    @Test
    void aLexiconTellsWhetherATextHoldsAnyOfItsWords() {
        assertThat(LEXICON.containsAnyWordOf("Three were KILLED.")).isTrue();
        assertThat(LEXICON.containsAnyWordOf("fin août")).isTrue();
        assertThat(LEXICON.containsAnyWordOf("Nobody was killedx or skilled")).isFalse();
        assertThat(LEXICON.containsAnyWordOf("")).isFalse();
    }

    @Test
    void looksUpWordsOfAnyFirstLetterAndLength() {
        Lexicon<String> lexicon = Lexicon.<String>builder().put("zyzzyvaszyzzyvaszyzzyvaszyzzyvas", "Z").put("é", "E").build();
        Tokens<String> tokens = Tokens.of("Zyzzyvaszyzzyvaszyzzyvaszyzzyvas zyzzyvaszyzzyvaszyzzyvaszyzzyvasx É yes", lexicon);
        assertThat(tokens.tag(0)).isEqualTo("Z");
        assertThat(tokens.tag(1)).isNull();
        assertThat(tokens.tag(2)).isEqualTo("E");
        assertThat(tokens.tag(3)).isNull();
    }
}
