package io.eventwire.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aReusedReaderReadsEachTextAsAFreshOneDoes() {
        Vocabulary vocabulary = new Vocabulary(List.of("syrian", "army", "=HTS", "al", "bab"));
        Tokens reused = Tokens.reusable(vocabulary);
        String longText = "The Syrian Army, backed by Russian and Iranian forces, shelled Idlib. ".repeat(200);
        for (String text : List.of(longText, "HTS fighters – near al-Bab’s outskirts", "", "Señor Ñandú/Köln U.S.")) {
            assertThat(describe(reused.read(text))).as(text).isEqualTo(describe(Tokens.of(text, vocabulary)));
        }
    }

    private static List<String> describe(Tokens tokens) {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < tokens.size; t++) {
            out.add(tokens.start(t) + "-" + tokens.end(t) + " " + tokens.key(t) + " " + tokens.hash(t) + " "
                    + tokens.isCapitals(t) + " " + tokens.gapBefore(t) + " " + tokens.id(t) + " " + tokens.exactId(t));
        }
        return out;
    }
}
