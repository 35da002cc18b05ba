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

    @Test
    void cutsPossessivesApostrophesAndDottedAbbreviations() {
        Tokens tokens = new Tokens();
        tokens.tokenize("Syria’s Ma'arrat al-Numan, the U.S. envoy's d'Ivoire trip.");
        assertThat(words(tokens)).containsExactly("Syria", "Ma'arrat", "al", "Numan", "the", "U.S.", "envoy", "d'Ivoire",
                "trip");
    }

    @Test
    void cutsANameIntoTheWordsOfRunningText() {
        String name = "Ma’arrat al-Nuʿman U.S.A Jisr ash-Shughur's";
        Tokens text = new Tokens();
        text.tokenize(name);
        Tokens names = new Tokens();
        names.tokenizeName(name, 0, name.length());
        assertThat(words(names)).isEqualTo(words(text)).containsExactly("Ma’arrat", "al", "Nuʿman", "U.S.", "A",
                "Jisr", "ash", "Shughur");
    }

    @Test
    void stepsFromOneCapitalisedWordOrArticleBeforeOneToTheNext() {
        Tokens tokens = new Tokens();
        tokens.tokenize("the army entered al-Hol and then Raqqa near the border");
        List<Integer> starts = new ArrayList<>();
        for (int i = tokens.nextPossibleNameStart(0); i < tokens.count(); i = tokens.nextPossibleNameStart(i + 1)) {
            starts.add(i);
        }
        assertThat(starts).containsExactly(3, 4, 7);
    }

    @Test
    void looksUpVocabularyWordsAsWrittenAndFolded() {
        Vocabulary vocabulary = new Vocabulary();
        Tokens tokens = new Tokens();
        tokens.tokenize("Province province PROVINCE provincé provinces Idlib de dé neighbourhoods");
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < tokens.count(); i++) {
            codes.add(tokens.vocabularyCode(i, vocabulary));
        }
        int region = Vocabulary.REGION;
        int particle = Vocabulary.PARTICLE | Vocabulary.HYPHEN_PARTICLE;
        assertThat(codes).containsExactly(region, region, region, region, region, 0, particle, particle, Vocabulary.CITY_PART);
    }

    private static List<String> words(Tokens tokens) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.count(); i++) {
            StringBuilder word = new StringBuilder();
            for (int k = tokens.start(i); k < tokens.end(i); k++) {
                word.append(tokens.charAt(k));
            }
            words.add(word.toString());
        }
        return words;
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
