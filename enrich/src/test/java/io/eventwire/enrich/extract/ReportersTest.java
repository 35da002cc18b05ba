package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportersTest {

    private final Reporters reporters = Reporters.standard();

    @Test
    void namesTheSourceOfTheLongestPhraseAtTheFirstWordThatOpensOne() {
        assertThat(find("The Syrian Observatory for Human Rights said 12 were killed"))
                .contains("Syrian Observatory for Human Rights");
        assertThat(find("The UN said the camp was shelled")).contains("United Nations");
        assertThat(find("According to the Ministry of Defence, the town fell")).contains("Military sources");
        assertThat(find("Figures from SOHR and the army differ")).contains("Syrian Observatory for Human Rights");
    }

    @Test
    void findsNoSourceWhereNoPhraseStandsWhole() {
        assertThat(find("The united front held the town")).isEmpty();
        assertThat(find("Residents")).contains("Activists");
        assertThat(find("Ministry of Defence")).isEmpty();
        assertThat(find("SOHR’s figures differ")).isEmpty(); // a possessive is another word
    }

    private Optional<String> find(String sentence) {
        Tokens tokens = Tokens.of(sentence, 0, sentence.length());
        return reporters.find(tokens, 0, tokens.size());
    }
}
