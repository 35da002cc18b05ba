package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTagsTest {

    private static final WordTags TABLE = new WordTags(Map.of("said", 1L, "didn't", 2L, "in", 4L | 8L,
            "çağlayan", 16L));

    @Test
    void tagsAWordWhateverItsCaseOrApostrophe() {
        Tokens tokens = Tokens.of("SAID Said didn’t IN Çağlayan", 0, 28);
        assertThat(TABLE.of(tokens, 0)).isEqualTo(1L);
        assertThat(TABLE.of(tokens, 1)).isEqualTo(1L);
        assertThat(TABLE.of(tokens, 2)).isEqualTo(2L);
        assertThat(TABLE.of(tokens, 3)).isEqualTo(12L);
        assertThat(TABLE.of(tokens, 4)).isEqualTo(16L);
    }

    @Test
    void aWordNotInTheTableOrOnlyPrefixedByOneHasNoTags() {
        Tokens tokens = Tokens.of("sai saids inn x", 0, 15);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(TABLE.of(tokens, i)).isZero();
        }
    }

    @Test
    void tokensRememberTheTagsOfEachWord() {
        Tokens tokens = Tokens.of("they said so", 0, 12);
        assertThat(tokens.tags(1, TABLE)).isEqualTo(1L);
        assertThat(tokens.tags(1, TABLE)).isEqualTo(1L);
        assertThat(tokens.tags(0, TABLE)).isZero();
    }

    @Test
    void tokensGiveTheUnionOfTheTagsOfARangeAskedOnceOrAgain() {
        Tokens tokens = Tokens.reusable().read("they said in Çağlayan", 0, 21);
        assertThat(tokens.tagsIn(0, 4, TABLE)).isEqualTo(1L | 12L | 16L);
        assertThat(tokens.tagsIn(0, 4, TABLE)).isEqualTo(1L | 12L | 16L);
        assertThat(tokens.tagsIn(0, 2, TABLE)).isEqualTo(1L);
        assertThat(tokens.tagsIn(2, 2, TABLE)).isZero();
        tokens.read("in", 0, 2);
        assertThat(tokens.tagsIn(0, 1, TABLE)).isEqualTo(12L);
    }

    @Test
    void theTopBitIsReserved() {
        assertThatThrownBy(() -> new WordTags(Map.of("x", Long.MIN_VALUE))).isInstanceOf(IllegalArgumentException.class);
    }
}
