package io.eventwire.enrich.geo;

/**
 * The transliteration-aware keys of one folded word (lower-case ASCII letters and digits), written into caller
 * buffers so that scanning text allocates nothing. Three keys, from strict to loose:
 * <ul>
 *   <li><b>exact</b>: the folded word itself ("deir", "zor");</li>
 *   <li><b>light</b>: every run of vowels (a e i o u, and y unless it stands before a vowel at the start or
 *       between vowels) becomes one "a", "dj" becomes "j", "sch"/"tch"/"ck" become "sh"/"ch"/"k", a final h after
 *       a vowel (Arabic ta marbuta, "-ah"/"-eh") is dropped and doubled letters merge: "Raqqa", "Raqqah" and
 *       "Raqa" all give "raqa", "Zour" and "Zor" give "zar";</li>
 *   <li><b>skeleton</b>: consonant classes with vowels (and w) dropped and a leading vowel kept as "A":
 *       sh/ch/sch/tch/š → S; kh/k/q/c(hard)/ck/x → K; j/dj/zh/dzh/dsch → J; gh/g → G; ts/tz → C; ph → f; th → t;
 *       dh → d. "Qamishli", "Kamishli" and "Qameshli" all give "KmSl"; "Tchad" and "Chad" give "Sd". A
 *       second skeleton reads a plain j as the Spanish jota (j → K: "Jarkov" for Kharkov, "Jartum" for Khartoum).</li>
 * </ul>
 * Arabic articles (al, el, an, ash, ...) are whole words and are dropped by the caller for the light and skeleton
 * keys (see {@link #isArticle}).
 */
final class NameKeys {

    static final char SKELETON_LEADING_VOWEL = 'A';

    /** The articles {@link #isArticle} knows, for documentation and tests. */
    static final String[] ARTICLES = {
        "al", "el", "il", "ul", "an", "ar", "as", "ash", "at", "az", "ad", "adh", "ath", "ed", "ud", "es", "esh", "et",
        "ez", "er", "en", "ech", "eth",
    };

    private NameKeys() {
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** An Arabic definite article as romanised on its own or before a hyphen ("al", "el", "ash", "ez", ...). */
    static boolean isArticle(char[] word, int off, int len) {
        if (len == 2) {
            char a = word[off];
            char b = word[off + 1];
            return switch (a) {
                case 'a' -> b == 'l' || b == 'n' || b == 'r' || b == 's' || b == 't' || b == 'z' || b == 'd';
                case 'e' -> b == 'l' || b == 'd' || b == 's' || b == 't' || b == 'z' || b == 'r' || b == 'n';
                case 'i', 'u' -> b == 'l' || a == 'u' && b == 'd';
                default -> false;
            };
        }
        if (len == 3) {
            char a = word[off];
            char b = word[off + 1];
            char c = word[off + 2];
            return (a == 'a' || a == 'e') && c == 'h' && (b == 's' || b == 't' || b == 'c' && a == 'e' || b == 'd' && a == 'a');
        }
        return false;
    }

    /** y is a consonant at the start of a word or between vowels when a vowel follows ("Yemen", "Mayadin"). */
    private static boolean consonantY(char[] w, int off, int i, int len) {
        boolean vowelNext = i + 1 < len && isVowel(w[off + i + 1]);
        return vowelNext && (i == 0 || isVowel(w[off + i - 1]));
    }

    private static boolean vowelLike(char[] w, int off, int i, int len) {
        char c = w[off + i];
        return isVowel(c) || c == 'y' && !consonantY(w, off, i, len);
    }

    /**
     * Writes the light key of {@code w[off..off+len)} to {@code out} at {@code at}; returns its length.
     * {@code out} needs room for {@code len} chars.
     */
    static int light(char[] w, int off, int len, char[] out, int at) {
        int o = at;
        int i = 0;
        while (i < len) {
            char c = w[off + i];
            if (vowelLike(w, off, i, len)) {
                while (i < len && vowelLike(w, off, i, len)) {
                    i++;
                }
                if (o == at || out[o - 1] != 'a') {
                    out[o++] = 'a';
                }
                continue;
            }
            if (c == 'h' && i == len - 1 && o > at && out[o - 1] == 'a') {
                i++;
                continue;
            }
            int advance = 1;
            if (c == 'd' && i + 1 < len && w[off + i + 1] == 'j') {
                c = 'j';
                advance = 2;
            } else if (c == 'c' && i + 1 < len && w[off + i + 1] == 'k') {
                c = 'k';
                advance = 2;
            } else if ((c == 's' || c == 't') && i + 2 < len && w[off + i + 1] == 'c' && w[off + i + 2] == 'h') {
                // sch -> sh, tch -> ch
                if (c == 's') {
                    if (o == at || out[o - 1] != 's') {
                        out[o++] = 's';
                    }
                    c = 'h';
                } else {
                    if (o == at || out[o - 1] != 'c') {
                        out[o++] = 'c';
                    }
                    c = 'h';
                }
                advance = 3;
            }
            if (o == at || out[o - 1] != c) {
                out[o++] = c;
            }
            i += advance;
        }
        return o - at;
    }

    /**
     * Writes the skeleton of {@code w[off..off+len)} to {@code out} at {@code at} and, when the word has a plain
     * j, the Spanish-jota variant to {@code alt} at {@code altAt}. Returns
     * {@code length | consonants << 8 | (hasAlt ? 1 << 16 : 0)}; the variant has the same length.
     */
    static int skeleton(char[] w, int off, int len, char[] out, int at, char[] alt, int altAt) {
        int o = 0;
        int consonants = 0;
        boolean hasAlt = false;
        boolean afterVowel = true;
        if (len > 0 && vowelLike(w, off, 0, len)) {
            out[at] = SKELETON_LEADING_VOWEL;
            alt[altAt] = SKELETON_LEADING_VOWEL;
            o = 1;
        }
        int i = 0;
        while (i < len) {
            char c = w[off + i];
            if (c == 'w' || vowelLike(w, off, i, len)) {
                afterVowel = true;
                i++;
                continue;
            }
            if (c == 'h' && i == len - 1 && afterVowel && i > 0) {
                i++;
                continue;
            }
            char next = i + 1 < len ? w[off + i + 1] : 0;
            char next2 = i + 2 < len ? w[off + i + 2] : 0;
            char next3 = i + 3 < len ? w[off + i + 3] : 0;
            char symbol;
            char altSymbol = 0;
            int advance = 1;
            if ((c == 't' || c == 'd') && next == 's' && next2 == 'c' && next3 == 'h') {
                symbol = c == 't' ? 'S' : 'J';
                advance = 4;
            } else if (c == 's' && next == 'c' && next2 == 'h' || c == 't' && next == 'c' && next2 == 'h') {
                symbol = 'S';
                advance = 3;
            } else if (c == 'd' && next == 'z' && next2 == 'h') {
                symbol = 'J';
                advance = 3;
            } else if ((c == 's' || c == 'c') && next == 'h') {
                symbol = 'S';
                advance = 2;
            } else if (c == 'z' && next == 'h' || c == 'd' && next == 'j') {
                symbol = 'J';
                advance = 2;
            } else if (c == 'k' && next == 'h' || c == 'c' && next == 'k') {
                symbol = 'K';
                advance = 2;
            } else if (c == 'g' && next == 'h') {
                symbol = 'G';
                advance = 2;
            } else if (c == 'p' && next == 'h') {
                symbol = 'f';
                advance = 2;
            } else if ((c == 't' || c == 'd') && next == 'h') {
                symbol = c;
                advance = 2;
            } else if (c == 't' && (next == 's' || next == 'z')) {
                symbol = 'C';
                advance = 2;
            } else {
                switch (c) {
                    case 'k', 'q', 'x' -> symbol = 'K';
                    case 'c' -> symbol = next == 'e' || next == 'i' || next == 'y' ? 's' : 'K';
                    case 'j' -> {
                        symbol = 'J';
                        altSymbol = 'K';
                        hasAlt = true;
                    }
                    case 'g' -> symbol = 'G';
                    default -> symbol = c;
                }
            }
            if (altSymbol == 0) {
                altSymbol = symbol;
            }
            boolean merge = !afterVowel && o > 0 && out[at + o - 1] == symbol && alt[altAt + o - 1] == altSymbol;
            if (!merge) {
                out[at + o] = symbol;
                alt[altAt + o] = altSymbol;
                o++;
                consonants++;
            }
            afterVowel = false;
            i += advance;
        }
        return o | consonants << 8 | (hasAlt ? 1 << 16 : 0);
    }

    /** Whether the folded word starts (ends) with a vowel sound; doubled letters do not merge across a vowel. */
    static boolean startsWithVowel(char[] w, int off, int len) {
        return len > 0 && (w[off] == 'w' || vowelLike(w, off, 0, len));
    }

    static boolean endsWithVowel(char[] w, int off, int len) {
        return len > 0 && (w[off + len - 1] == 'w' || vowelLike(w, off, len - 1, len)
                || w[off + len - 1] == 'h' && len > 1 && vowelLike(w, off, len - 2, len));
    }
}
