package io.eventwire.enrich.text;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A text cut into tokens in one pass: {@link Kind#WORD} (a run of letters), {@link Kind#NUMBER} (a run of
 * digits, with inner {@code ,} or {@code .} between digits: "340,000", "2.5") and {@link Kind#PUNCT} (any
 * other non-space character, one a token). Whitespace separates tokens and is not a token. Words are tagged
 * through a {@link Lexicon}; numbers and punctuation are never tagged.
 *
 * <p>Indexes outside {@code [0, size())} are allowed in the query methods and answer as "nothing there"
 * (null tag, not a word, no character), which keeps grammar code free of bounds checks. Immutable.
 *
 * @param <T> the lexicon's tag type
 */
public final class Tokens<T> {

    /** What a token is. */
    public enum Kind { WORD, NUMBER, PUNCT }

    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LETTER;
            ASCII[c - 32] = LETTER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
        for (char c : new char[] {' ', '\n', '\t', '\r', '\f', 0x0b}) {
            ASCII[c] = SPACE;
        }
    }

    /** {@link #info} of a number token. */
    private static final int NUMBER_INFO = -1;
    /** {@link #info} of a punctuation token. */
    private static final int PUNCT_INFO = -2;

    private final char[] chars;
    private final Lexicon<T> lexicon;
    private final int size;
    private final int[] starts;
    private final int[] ends;
    /** Per token: for words, the lexicon slot plus one (0 when untagged); else NUMBER_INFO or PUNCT_INFO. */
    private final int[] info;

    private Tokens(char[] chars, Lexicon<T> lexicon, int size, int[] starts, int[] ends, int[] info) {
        this.chars = chars;
        this.lexicon = lexicon;
        this.size = size;
        this.starts = starts;
        this.ends = ends;
        this.info = info;
    }

    /** Cuts {@code text} into tokens, tagging words found in {@code lexicon}. */
    public static <T> Tokens<T> of(CharSequence text, Lexicon<T> lexicon) {
        char[] cs = text instanceof String s ? s.toCharArray() : text.toString().toCharArray();
        int n = cs.length;
        int capacity = n / 3 + 16;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int[] info = new int[capacity];
        int size = 0;
        int i = 0;
        while (i < n) {
            byte type = classOf(cs[i]);
            if (type == SPACE) {
                i++;
                continue;
            }
            int j = i + 1;
            int tokenInfo;
            if (type == LETTER) {
                while (j < n) {
                    char c = cs[j];
                    if (c < 128 ? ASCII[c] != LETTER : classOf(c) != LETTER) {
                        break;
                    }
                    j++;
                }
                tokenInfo = lexicon.slot(cs, i, j) + 1;
            } else if (type == DIGIT) {
                while (j < n && (isDigit(cs[j]) || (j + 1 < n && (cs[j] == ',' || cs[j] == '.') && isDigit(cs[j + 1])))) {
                    j++;
                }
                tokenInfo = NUMBER_INFO;
            } else {
                tokenInfo = PUNCT_INFO;
            }
            if (size == starts.length) {
                int grown = size * 2;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                info = Arrays.copyOf(info, grown);
            }
            starts[size] = i;
            ends[size] = j;
            info[size] = tokenInfo;
            size++;
            i = j;
        }
        return new Tokens<>(cs, lexicon, size, starts, ends, info);
    }

    /**
     * The same tokens tagged through another lexicon: the text is not cut again, so readers with different
     * lexicons can share one pass over a sentence. Tokens already tagged through {@code other} are returned as
     * they are.
     */
    @SuppressWarnings("unchecked")
    public <U> Tokens<U> with(Lexicon<U> other) {
        if (other == lexicon) {
            return (Tokens<U>) this;
        }
        int[] tagged = new int[size];
        for (int i = 0; i < size; i++) {
            tagged[i] = info[i] >= 0 ? other.slot(chars, starts[i], ends[i]) + 1 : info[i];
        }
        return new Tokens<>(chars, other, size, starts, ends, tagged);
    }

    /** Whether some word token is in {@code lexicon}; the same answer as {@link Lexicon#containsAnyWordOf}. */
    public boolean hasAnyWordOf(Lexicon<?> lexicon) {
        for (int i = 0; i < size; i++) {
            if (info[i] >= 0 && lexicon.slot(chars, starts[i], ends[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return size;
    }

    /** Index in the source of token {@code i}'s first character. */
    public int start(int i) {
        return starts[i];
    }

    /** Index in the source after token {@code i}'s last character. */
    public int end(int i) {
        return ends[i];
    }

    public @Nullable Kind kind(int i) {
        if (!in(i)) {
            return null;
        }
        return info[i] >= 0 ? Kind.WORD : info[i] == NUMBER_INFO ? Kind.NUMBER : Kind.PUNCT;
    }

    public boolean isWord(int i) {
        return in(i) && info[i] >= 0;
    }

    public boolean isNumber(int i) {
        return in(i) && info[i] == NUMBER_INFO;
    }

    /** The lexicon tag of word {@code i}, or null (not a known word, not a word, or out of range). */
    public @Nullable T tag(int i) {
        return in(i) && info[i] > 0 ? lexicon.tagAt(info[i] - 1) : null;
    }

    /** True when token {@code i} is the punctuation character {@code c}. */
    public boolean isPunct(int i, char c) {
        return in(i) && info[i] == PUNCT_INFO && chars[starts[i]] == c;
    }

    /** True when token {@code i} is punctuation among {@code chars}. */
    public boolean isPunctAny(int i, String punctuation) {
        return in(i) && info[i] == PUNCT_INFO && punctuation.indexOf(chars[starts[i]]) >= 0;
    }

    /** True when token {@code i} is the word {@code lowerCaseWord}, compared case-insensitively. */
    public boolean is(int i, String lowerCaseWord) {
        if (!in(i) || ends[i] - starts[i] != lowerCaseWord.length()) {
            return false;
        }
        int s = starts[i];
        for (int k = 0; k < lowerCaseWord.length(); k++) {
            if (Lexicon.lower(chars[s + k]) != lowerCaseWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when token {@code i} starts with an upper-case letter. */
    public boolean isCapitalized(int i) {
        return in(i) && Character.isUpperCase(chars[starts[i]]);
    }

    /** True when tokens {@code i - 1} and {@code i} touch (no whitespace between them). */
    public boolean touchesPrevious(int i) {
        return i > 0 && in(i) && ends[i - 1] == starts[i];
    }

    /** Number of characters of token {@code i}. */
    public int length(int i) {
        return in(i) ? ends[i] - starts[i] : 0;
    }

    /** True when token {@code i}'s text ends with {@code suffix} (lower case, compared case-insensitively). */
    public boolean endsWith(int i, String suffix) {
        if (!in(i) || ends[i] - starts[i] < suffix.length()) {
            return false;
        }
        int s = ends[i] - suffix.length();
        for (int k = 0; k < suffix.length(); k++) {
            if (Lexicon.lower(chars[s + k]) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Token {@code i}'s text (allocates). */
    public String text(int i) {
        return new String(chars, starts[i], ends[i] - starts[i]);
    }

    /**
     * The value of number token {@code i}: digits with {@code ,} thousands separators and an optional
     * decimal {@code .} ("340,000" is 340000, "2.5" is 2.5). A comma followed by other than three digits is
     * read as a decimal comma. NaN when {@code i} is not a number.
     */
    public double number(int i) {
        if (!isNumber(i)) {
            return Double.NaN;
        }
        double value = 0;
        double scale = 0;
        int e = ends[i];
        for (int k = starts[i]; k < e; k++) {
            char c = chars[k];
            if (c == ',' && !(k + 4 == e || (k + 4 < e && !isDigit(chars[k + 4])))) {
                scale = 1;
            } else if (c == '.') {
                scale = 1;
            } else if (c != ',') {
                if (scale > 0) {
                    scale /= 10;
                    value += (c - '0') * scale;
                } else {
                    value = value * 10 + (c - '0');
                }
            }
        }
        return value;
    }

    private boolean in(int i) {
        return i >= 0 && i < size;
    }

    /** Whitespace, including the no-break and other Unicode spaces. */
    public static boolean isSpace(char c) {
        if (c < 128) {
            return ASCII[c] == SPACE;
        }
        return c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200b') || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff' || c == '\u0085';
    }

    private static byte classOf(char c) {
        if (c < 128) {
            return ASCII[c];
        }
        if (isSpace(c)) {
            return SPACE;
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK ? LETTER : OTHER;
    }

    /** A letter as {@link #of} cuts words: ASCII letters, Unicode letters and combining marks. */
    static boolean isLetter(char c) {
        return c < 128 ? ASCII[c] == LETTER : classOf(c) == LETTER;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
