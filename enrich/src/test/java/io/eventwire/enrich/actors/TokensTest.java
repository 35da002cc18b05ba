package io.eventwire.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokensTest {

    /** Characters of the random texts: letters of both cases, digits, every kind of separator, accents, marks. */
    private static final String ALPHABET = "aZm9 ,.\n\n-–/'’()\"éÉÑßı\u0301\u00a0\tXYqu";

    @Test
    void readsRandomTextsAsASimpleReferenceDoes() {
        Random random = new Random(7);
        Tokens reused = Tokens.reusable(Vocabulary.EMPTY);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String written = text.toString();
            assertThat(describeForReference(reused.read(written))).as(written).isEqualTo(reference(written));
        }
    }

    private static List<String> describeForReference(Tokens tokens) {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < tokens.size; t++) {
            out.add(tokens.start(t) + "-" + tokens.end(t) + " " + tokens.hash(t) + " " + tokens.isCapitals(t) + " "
                    + tokens.gapBefore(t));
        }
        return out;
    }

    /** Tokens as the class comment defines them, read one character at a time with no fast path. */
    private static List<String> reference(String text) {
        List<String> out = new ArrayList<>();
        int previousStart = -1;
        int previousEnd = -1;
        int i = 0;
        while (i < text.length()) {
            if (!isTokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder key = new StringBuilder();
            boolean upper = false;
            boolean lower = false;
            while (i < text.length() && isTokenChar(text.charAt(i))) {
                char c = text.charAt(i++);
                upper |= Character.isUpperCase(c);
                lower |= Character.isLowerCase(c);
                if (Tokens.fold(c) != 0) {
                    key.append(Tokens.fold(c));
                }
            }
            byte gap = previousEnd < 0 ? Tokens.HARD
                    : referenceGap(text.substring(previousEnd, start), previousEnd - previousStart == 1);
            out.add(start + "-" + i + " " + key.toString().hashCode() + " " + (upper && !lower) + " " + gap);
            previousStart = start;
            previousEnd = i;
        }
        return out;
    }

    private static boolean isTokenChar(char c) {
        return !Tokens.isApostrophe(c)
                && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    private static byte referenceGap(String separator, boolean afterInitial) {
        boolean hyphen = separator.matches("(?s).*[-–].*");
        boolean space = separator.matches("(?s).*[ \t\u00a0\r\n].*");
        boolean comma = separator.contains(",");
        boolean paragraph = separator.chars().filter(c -> c == '\n').count() > 1;
        String allowed = afterInitial ? "[ \t\u00a0\r\n,/'’.–-]*" : "[ \t\u00a0\r\n,/'’–-]*";
        if (!separator.matches(allowed) || paragraph || hyphen && (space || comma)) {
            return Tokens.HARD;
        }
        return comma ? Tokens.COMMA : Tokens.SOFT;
    }

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
