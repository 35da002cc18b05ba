package io.eventwire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void marksTheWordsOfTitleCaseLinesOnly() {
        Tokens tokens = new Tokens();
        tokens.tokenize("Rebels Seize Key Town Near Aleppo\nThe army said it still held Idlib and Hama.\n\n"
                + "Fighting In Daraa\nGunmen Attack Convoy Outside Mogadishu");
        assertThat(titleWords(tokens)).containsExactly("Rebels", "Seize", "Key", "Town", "Near", "Aleppo", "Gunmen",
                "Attack", "Convoy", "Outside", "Mogadishu");
    }

    @Test
    void leavesTitleLinesUnmarkedWithoutLayout() {
        Tokens tokens = new Tokens();
        String text = "Rebels Seize Key Town Near Aleppo";
        tokens.tokenize(text, 0, text.length(), false);
        assertThat(titleWords(tokens)).isEmpty();
    }

    private static List<String> titleWords(Tokens tokens) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.count(); i++) {
            if (tokens.has(i, Tokens.TITLE_LINE)) {
                StringBuilder word = new StringBuilder();
                for (int k = tokens.start(i); k < tokens.end(i); k++) {
                    word.append(tokens.charAt(k));
                }
                words.add(word.toString());
            }
        }
        return words;
    }
}
