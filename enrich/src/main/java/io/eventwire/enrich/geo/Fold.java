package io.eventwire.enrich.geo;

import java.text.Normalizer;

/**
 * Folds one character of a name to lower-case ASCII: diacritics stripped (NFD), Latin letters outside ASCII
 * spelled out ("ß" to "ss", "š" to "sh", "ḫ" to "kh"), apostrophes and ayn/hamza marks dropped. The table is
 * built once; lookups do not allocate.
 */
final class Fold {

    /** The character separates words (space, punctuation, hyphen). */
    static final String SEPARATOR = " ";
    /** The character is dropped inside a word (apostrophes, ʿ ʾ, combining marks). */
    static final String DROP = "";
    /** A letter outside the Latin script; names with it are not matched. */
    static final String NON_LATIN = "?";

    private static final int TABLE_SIZE = 0x2100;
    private static final String[] TABLE = new String[TABLE_SIZE];
    private static final String APOSTROPHES = "'`\u00b4\u02bb\u02bc\u02bd\u02be\u02bf\u2018\u2019\u2032\u02c8";
    private static final String[][] SPECIAL = {
        {"ß", "ss"}, {"æ", "ae"}, {"Æ", "ae"}, {"œ", "oe"}, {"Œ", "oe"}, {"ø", "o"}, {"Ø", "o"}, {"ł", "l"}, {"Ł", "l"},
        {"đ", "d"}, {"Đ", "d"}, {"ð", "dh"}, {"Ð", "dh"}, {"þ", "th"}, {"Þ", "th"}, {"ı", "i"}, {"ħ", "h"}, {"Ħ", "h"},
        {"ŧ", "t"}, {"ŋ", "ng"}, {"ſ", "s"}, {"ĸ", "k"}, {"ĳ", "ij"}, {"Ĳ", "ij"},
        // carons and dotted/underlined letters of Slavic and scholarly Arabic romanisation
        {"š", "sh"}, {"Š", "sh"}, {"č", "ch"}, {"Č", "ch"}, {"ž", "zh"}, {"Ž", "zh"}, {"ǧ", "j"}, {"Ǧ", "j"},
        {"ġ", "gh"}, {"Ġ", "gh"}, {"ḫ", "kh"}, {"Ḫ", "kh"}, {"ẖ", "kh"}, {"ṯ", "th"}, {"Ṯ", "th"}, {"ḏ", "dh"}, {"Ḏ", "dh"},
    };

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = compute((char) c);
        }
        for (String[] special : SPECIAL) {
            TABLE[special[0].charAt(0)] = special[1];
        }
        for (int i = 0; i < APOSTROPHES.length(); i++) {
            TABLE[APOSTROPHES.charAt(i)] = DROP;
        }
    }

    private Fold() {
    }

    /** The folded form of {@code c}: lower-case ASCII letters or digits, {@link #SEPARATOR}, {@link #DROP} or {@link #NON_LATIN}. */
    static String of(char c) {
        if (c < TABLE_SIZE) {
            return TABLE[c];
        }
        if (Character.isLetter(c)) {
            return NON_LATIN;
        }
        return Character.getType(c) == Character.NON_SPACING_MARK ? DROP : SEPARATOR;
    }

    static boolean isApostrophe(char c) {
        if (c < 128) {
            return c == '\'' || c == '`';
        }
        return c == '\u2019' || c == '\u2018' || c == '\u02bf' || c == '\u02be' || APOSTROPHES.indexOf(c) >= 0;
    }

    private static String compute(char c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return String.valueOf(c);
        }
        if (c >= 'A' && c <= 'Z') {
            return String.valueOf((char) (c + 32));
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return DROP;
        }
        if (Character.isDigit(c)) {
            return SEPARATOR;
        }
        if (!Character.isLetter(c)) {
            return SEPARATOR;
        }
        if (!Character.UnicodeScript.of(c).equals(Character.UnicodeScript.LATIN)) {
            return NON_LATIN;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (d >= 'a' && d <= 'z') {
                out.append(d);
            } else if (d >= 'A' && d <= 'Z') {
                out.append((char) (d + 32));
            }
        }
        return out.length() == 0 ? NON_LATIN : out.toString();
    }
}
