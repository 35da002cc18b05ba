package io.eventwire.enrich.actors;

import java.text.Normalizer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A text cut into word tokens for alias matching: maximal runs of letters and digits, with the separators between
 * them classified. Apostrophes, hyphens and slashes separate tokens ("Hay'at" is "hay" "at", "Assad's" is "assad"
 * "s", "al-Sham" is "al" "sham"), so every spelling of an alias that differs only by those characters or their
 * typographic variants matches the same tokens.
 *
 * <p>Each token has a folded key (lowercase, diacritics removed) and, when it is written in capitals only
 * ("HTS", "M23"), an exact key: {@link #EXACT_PREFIX} followed by the token as written. Abbreviations in the
 * data are keyed exactly, so "HTS" never matches "hts" and "IS" never matches "is". Matching uses the keys' ids in
 * a {@link Vocabulary}, found while the text is read, without building a string per token.
 */
final class Tokens {

    /** Tokens separated only by spaces, one line break, a hyphen, an apostrophe or a slash: one phrase. */
    static final byte SOFT = 0;
    /** Tokens separated by a comma (and spaces): may be coordinated country words, never one phrase. */
    static final byte COMMA = 1;
    /** Any other separator (sentence punctuation, brackets, quotes, paragraph breaks, dashes between spaces). */
    static final byte HARD = 2;

    static final String EXACT_PREFIX = "=";

    /** ASCII character types; letter cases are bits, so that the cases seen in a token can be or-ed. */
    private static final byte OTHER = -1;
    private static final byte DIGIT = 0;
    private static final byte UPPER = 1;
    private static final byte LOWER = 2;
    private static final byte[] ASCII_TYPES = asciiTypes();
    private static final int TYPE_SHIFT = 16;
    /**
     * Per ASCII character: 0 when it is no token character, else its lower case with its type (a case bit, or
     * {@link #DIGIT}) shifted above it by {@link #TYPE_SHIFT}; one table read a character while a token is read.
     * Every non-ASCII character reads the last entry, {@link #NON_ASCII}, which is 0.
     */
    private static final int[] TOKEN_CHARS = asciiTokenChars();
    /** The index in {@link #TOKEN_CHARS} of every non-ASCII char: 0 there, as for a separator. */
    private static final char NON_ASCII = 128;
    /** Whether each non-ASCII char is a token char, one bit a char: the test in a table read, not in calls. */
    private static final long[] NON_ASCII_TOKEN_CHARS = nonAsciiTokenChars();

    private static final char[] FOLD = foldTable(0x2000);

    /** The text read last. */
    String text = "";
    /** How many tokens it has. */
    int size;
    private final Vocabulary vocabulary;
    private char[] chars;
    private int[] starts;
    private int[] ends;
    private int[] hashes;
    private boolean[] capitals;
    /** Key ids, looked up when first asked for: 0 not yet, else id + 2 (so {@link Vocabulary#ABSENT} is 1). */
    private int[] ids;
    private int[] exactIds;

    private Tokens(Vocabulary vocabulary, int textLength) {
        this.vocabulary = vocabulary;
        int capacity = capacityFor(textLength);
        chars = new char[textLength + 2];
        starts = new int[capacity];
        ends = new int[capacity];
        hashes = new int[capacity];
        capitals = new boolean[capacity];
        ids = new int[capacity];
        exactIds = new int[capacity];
    }

    /** Tokens of data text (aliases, country words), read for their keys. */
    static Tokens of(String text) {
        return of(text, Vocabulary.EMPTY);
    }

    /**
     * Tokens of a text, whose key ids are looked up in the vocabulary when asked for. Not thread safe: the ids
     * are cached as they are looked up.
     */
    static Tokens of(String text, Vocabulary vocabulary) {
        return new Tokens(vocabulary, text.length()).read(text);
    }

    /**
     * A reader whose arrays are reused from text to text by one thread ({@link #read}): a 4 KB article needs some
     * 25 KB of them, which stay in the nearest caches instead of being allocated and zeroed anew for every article.
     */
    static Tokens reusable(Vocabulary vocabulary) {
        return new Tokens(vocabulary, 4096);
    }

    /** Expected tokens of a text: a token and its separator take five characters or more in running text. */
    private static int capacityFor(int textLength) {
        return textLength / 5 + 8;
    }

    /**
     * Reads {@code text}, replacing the text read before: the tokens and ids of that text are gone.
     *
     * @return this
     */
    Tokens read(String text) {
        int length = text.length();
        if (chars.length < length + 2) {
            chars = new char[Math.max(length + 2, chars.length * 2)];
        }
        text.getChars(0, length, chars, 0);
        // two spaces after the text end its last token, so that reading a token never tests for the text's end
        chars[length] = ' ';
        chars[length + 1] = ' ';
        char[] chars = this.chars;
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            if (!isTokenChar(c)) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            int typed = 0;
            // two token chars a step: 31 * (31 * h + a) + b, one multiplication in the chain instead of two; a
            // non-ASCII char reads as 0 here (the last table entry), like a separator, and is seen to below
            int a = TOKEN_CHARS[Math.min(c, NON_ASCII)];
            int b = TOKEN_CHARS[Math.min(chars[i + 1], NON_ASCII)];
            // one test of both (the smaller is 0 when either is), so one branch to mispredict at a token's end
            while (Math.min(a, b) != 0) {
                typed |= a | b;
                hash = 961 * hash + 31 * (char) a + (char) b;
                i += 2;
                a = TOKEN_CHARS[Math.min(chars[i], NON_ASCII)];
                b = TOKEN_CHARS[Math.min(chars[i + 1], NON_ASCII)];
            }
            // a token of odd length has one char left, a (a is 0 for an even length): taken in without a branch,
            // since lengths are odd or even at random and a test would be mispredicted at every other token
            int odd = (a | -a) >>> 31;
            hash += (30 * hash + (char) a) & -odd;
            typed |= a;
            i += odd;
            c = chars[i];
            int cases = typed >>> TYPE_SHIFT;
            if (c >= 128 && isTokenChar(c)) {
                i = tokenEnd(chars, i, length);
                hash = foldedHash(chars, start, i);
                cases = cases(chars, start, i);
            }
            int end = i;
            // the character that ended the token is no token character: go on after it
            i++;
            if (n == starts.length) {
                grow();
            }
            starts[n] = start;
            ends[n] = end;
            hashes[n] = hash;
            capitals[n] = cases == UPPER;
            n++;
        }
        this.text = text;
        this.size = n;
        Arrays.fill(ids, 0, n, 0);
        Arrays.fill(exactIds, 0, n, 0);
        return this;
    }

    private void grow() {
        int grown = starts.length * 2;
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        hashes = Arrays.copyOf(hashes, grown);
        capitals = Arrays.copyOf(capitals, grown);
        ids = new int[grown];
        exactIds = new int[grown];
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    /** Id of the folded key in the vocabulary the tokens were read with, or {@link Vocabulary#ABSENT}. */
    int id(int token) {
        int id = ids[token];
        if (id == 0) {
            id = vocabulary.folded(chars, starts[token], ends[token], hashes[token]) + 2;
            ids[token] = id;
        }
        return id - 2;
    }

    /** Id of the exact key, or {@link Vocabulary#ABSENT} (also when the token is not in capitals only). */
    int exactId(int token) {
        if (!capitals[token]) {
            return Vocabulary.ABSENT;
        }
        int id = exactIds[token];
        if (id == 0) {
            id = vocabulary.exact(chars, starts[token], ends[token], exactHash(token)) + 2;
            exactIds[token] = id;
        }
        return id - 2;
    }

    /** The {@link String#hashCode()} of the folded key. */
    int hash(int token) {
        return hashes[token];
    }

    /** The {@link String#hashCode()} of the exact key (without {@link #EXACT_PREFIX}), when in capitals only. */
    int exactHash(int token) {
        int hash = 0;
        for (int i = starts[token]; i < ends[token]; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    boolean isCapitals(int token) {
        return capitals[token];
    }

    /** Lowercase key without diacritics. */
    String key(int token) {
        StringBuilder folded = new StringBuilder(ends[token] - starts[token]);
        for (int i = starts[token]; i < ends[token]; i++) {
            char c = fold(text.charAt(i));
            if (c != 0) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    /** {@link #EXACT_PREFIX} and the token as written when it has capitals and no lowercase letter, else null. */
    @Nullable String exactKey(int token) {
        return capitals[token] ? EXACT_PREFIX + text.substring(starts[token], ends[token]) : null;
    }

    /** The key under which a data token is stored: its exact key when written in capitals only, else its folded key. */
    String dataKey(int token) {
        String exact = exactKey(token);
        return exact != null ? exact : key(token);
    }

    /**
     * How the token is separated from the one before it ({@link #HARD} for the first token). Worked out when
     * asked: matching asks only about the tokens after a possible start of an alias, a few in a text.
     */
    byte gapBefore(int token) {
        if (token == 0) {
            return HARD;
        }
        int previousEnd = ends[token - 1];
        int start = starts[token];
        if (start - previousEnd == 1 && chars[previousEnd] == ' ') {
            return SOFT;
        }
        return gapKind(chars, previousEnd, start, previousEnd - starts[token - 1] == 1);
    }

    boolean isSoftBefore(int token) {
        return gapBefore(token) == SOFT;
    }

    /** The one character between two tokens, or 0 when there are none or several. */
    char separator(int left, int right) {
        return starts[right] - ends[left] == 1 ? chars[ends[left]] : 0;
    }

    /** The text between two tokens. */
    String between(int left, int right) {
        return text.substring(ends[left], starts[right]);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == 'ʻ' || c == '`' || c == '´' || c == '′';
    }

    /** A character's lowercase base letter; 0 for a combining mark, which folded keys leave out. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑' || c == '‒' || c == '–' || c == '−';
    }

    private static boolean isTokenChar(char c) {
        return c < 128 ? ASCII_TYPES[c] != OTHER : isNonAsciiTokenChar(c);
    }

    private static boolean isNonAsciiTokenChar(char c) {
        return (NON_ASCII_TOKEN_CHARS[c >>> 6] >>> c & 1) != 0;
    }

    private static long[] nonAsciiTokenChars() {
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (!isApostrophe(ch) && (Character.isLetterOrDigit(ch) || Character.getType(ch) == Character.NON_SPACING_MARK)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /**
     * Classifies the separator between two tokens. A dot is soft only after a one-letter token (initials such as
     * "U.S."); a hyphen with spaces around it is a dash, hence hard; two line breaks end a paragraph.
     */
    private static byte gapKind(char[] text, int from, int to, boolean afterInitial) {
        byte kind = SOFT;
        boolean space = false;
        boolean hyphen = false;
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\r') {
                space = true;
            } else if (c == '\n') {
                space = true;
                newlines++;
            } else if (isHyphen(c)) {
                hyphen = true;
            } else if (c == ',') {
                kind = COMMA;
            } else if (!(isApostrophe(c) || c == '/' || c == '.' && afterInitial)) {
                return HARD;
            }
        }
        return newlines > 1 || hyphen && (space || kind == COMMA) ? HARD : kind;
    }

    private static int[] asciiTokenChars() {
        int[] info = new int[NON_ASCII + 1];
        for (char c = 0; c < 128; c++) {
            info[c] = ASCII_TYPES[c] == OTHER ? 0 : ASCII_TYPES[c] << TYPE_SHIFT | fold(c);
        }
        return info;
    }

    private static byte[] asciiTypes() {
        byte[] types = new byte[128];
        for (char c = 0; c < 128; c++) {
            types[c] = c >= 'a' && c <= 'z' ? LOWER : c >= 'A' && c <= 'Z' ? UPPER : c >= '0' && c <= '9' ? DIGIT : OTHER;
        }
        return types;
    }

    /** Where a token that holds non-ASCII characters ends. */
    private static int tokenEnd(char[] chars, int from, int length) {
        int i = from;
        while (i < length && isTokenChar(chars[i])) {
            i++;
        }
        return i;
    }

    /** The {@link String#hashCode()} of the folded key of a token. */
    private static int foldedHash(char[] chars, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char folded = fold(chars[i]);
            hash = folded == 0 ? hash : 31 * hash + folded;
        }
        return hash;
    }

    private static int cases(char[] chars, int start, int end) {
        int cases = 0;
        for (int i = start; i < end; i++) {
            cases |= Character.isUpperCase(chars[i]) ? UPPER : Character.isLowerCase(chars[i]) ? LOWER : 0;
        }
        return cases;
    }

    /** For every character below {@code size}: its lowercase base letter, or 0 for a combining mark. */
    private static char[] foldTable(int size) {
        char[] table = new char[size];
        for (char c = 0; c < size; c++) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char first = base.isEmpty() ? c : base.charAt(0);
            table[c] = Character.toLowerCase(Character.isLetterOrDigit(first) ? first : c);
        }
        return table;
    }
}
