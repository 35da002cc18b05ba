package io.eventwire.enrich.extract;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The words of a text with their offsets: runs of letters and digits, keeping inner apostrophes,
 * hyphens and dots ("pro-regime", "n't", "u.n."), lowercased with typographic apostrophes folded.
 * A word is made a string only when asked for: most words of an article are only ever ruled out by
 * their first letters. Not thread safe: the strings are cached as they are made.
 */
final class Tokens {

    private static final boolean[] ASCII_LETTER_OR_DIGIT = asciiLettersAndDigits();
    /** Per ASCII character, its lower case when it is a letter or digit, else 0. */
    private static final char[] ASCII_WORD_CHAR = asciiWordChars();
    /** Per ASCII character, its letter's place in the alphabet (either case), else -1. */
    private static final byte[] ASCII_LETTER_INDEX = asciiLetterIndexes();
    /** How many {@link #asciiTrigram} codes there are. */
    static final int TRIGRAMS = 26 * 26 * 26;

    private String text = "";
    /** {@code text[from, to)}, the part tokenized: read by index, faster than the string. */
    private char[] chars;
    private int from;
    private int[] starts;
    private int[] ends;
    /** Per token, {@link String#hashCode()} of its lowercased form, summed up while cutting. */
    private int[] hashes;
    private int size;
    /** The lowercased words, each made on first use. */
    private String[] lower;
    /** The tables asked so far and, per table and token, the tags with {@link #KNOWN} once looked up. */
    private WordTags[] taggedBy = new WordTags[0];
    private long[][] tagged = new long[0][];
    /**
     * The table asked last and its tags: callers ask one table for run after run of tokens (the trigger words of
     * a sentence, then the cue words of a clause), so most calls need not search {@link #taggedBy}.
     */
    private @Nullable WordTags lastTable;
    private long @Nullable [] lastTagged;
    /** The answer {@link #indexAt} gave last. */
    private int lastIndexAt;
    /** The table and the range {@link #tagsIn} was asked for last, and its answer. */
    private @Nullable WordTags rangeTable;
    private int rangeFrom;
    private int rangeTo;
    private long rangeTags;
    private static final long KNOWN = Long.MIN_VALUE;

    private Tokens(int textLength) {
        int capacity = Math.max(8, textLength / 4);
        chars = new char[textLength];
        starts = new int[capacity];
        ends = new int[capacity];
        hashes = new int[capacity];
        lower = new String[capacity];
    }

    /** Tokenizes {@code text[from, to)}; offsets stay those of {@code text}. */
    static Tokens of(String text, int from, int to) {
        return new Tokens(to - from).read(text, from, to);
    }

    /**
     * A reader whose arrays are reused from text to text by one thread ({@link #read}): a 4 KB article needs some
     * 30 KB of them, which stay in the nearest caches instead of being allocated and zeroed anew for every article.
     */
    static Tokens reusable() {
        return new Tokens(4096);
    }

    /**
     * Tokenizes {@code text[from, to)}, replacing the text read before: its tokens, words and tags are gone.
     * Offsets stay those of {@code text}.
     *
     * @return this
     */
    Tokens read(String text, int from, int to) {
        int length = to - from;
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        text.getChars(from, to, chars, 0);
        char[] chars = this.chars;
        int[] starts = this.starts;
        int[] ends = this.ends;
        int[] hashes = this.hashes;
        int n = 0;
        int i = 0;
        while (i < length) {
            char first = chars[i];
            char lower = first < 128 ? ASCII_WORD_CHAR[first] : Character.isLetterOrDigit(first) ? folded(first) : 0;
            if (lower == 0) {
                i++;
                continue;
            }
            int start = i;
            int hash = lower;
            i++;
            // two plain ASCII word chars a step: 31 * (31 * h + a) + b, one multiplication in the chain instead of two
            while (i + 1 < length) {
                char a = chars[i];
                char b = chars[i + 1];
                char lowerA = a < 128 ? ASCII_WORD_CHAR[a] : 0;
                char lowerB = b < 128 ? ASCII_WORD_CHAR[b] : 0;
                if (lowerA == 0 || lowerB == 0) {
                    break;
                }
                hash = 961 * hash + 31 * lowerA + lowerB;
                i += 2;
            }
            for (; i < length; i++) {
                char c = chars[i];
                lower = c < 128 ? ASCII_WORD_CHAR[c] : 0;
                if (lower == 0) {
                    if (!isLetterOrDigit(c) && !isInner(chars, i, length)) {
                        break;
                    }
                    lower = folded(c);
                }
                hash = 31 * hash + lower;
            }
            int end = i;
            // the character that ended the word is no letter or digit, so it starts none: go on after it
            i++;
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
                hashes = Arrays.copyOf(hashes, n * 2);
            }
            starts[n] = start + from;
            ends[n] = end + from;
            hashes[n] = hash;
            n++;
        }
        this.text = text;
        this.from = from;
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
        this.size = n;
        if (lower.length < n) {
            lower = new String[starts.length];
        } else {
            Arrays.fill(lower, 0, n, null);
        }
        for (int t = 0; t < tagged.length; t++) {
            if (tagged[t].length < n) {
                tagged[t] = new long[starts.length];
            } else {
                Arrays.fill(tagged[t], 0, n, 0L);
            }
        }
        lastTable = null;
        lastTagged = null;
        lastIndexAt = 0;
        rangeTable = null;
        return this;
    }

    /** The character lowercased, a typographic apostrophe made plain. */
    private static char folded(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return c == '’' ? '\'' : Character.toLowerCase(c);
    }

    /** The word lowercased character by character, typographic apostrophes made plain. */
    private static String folded(String text, int start, int end) {
        int unchanged = start;
        while (unchanged < end && folded(text.charAt(unchanged)) == text.charAt(unchanged)) {
            unchanged++;
        }
        if (unchanged == end) {
            return text.substring(start, end);
        }
        char[] word = new char[end - start];
        text.getChars(start, unchanged, word, 0);
        for (int i = unchanged; i < end; i++) {
            word[i - start] = folded(text.charAt(i));
        }
        return new String(word);
    }

    /** {@link Character#isLetterOrDigit(char)}, answered from a table for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    private static boolean isInner(char[] chars, int i, int length) {
        char c = chars[i];
        boolean joiner = c == '-' || c == '\'' || c == '’' || c == '.';
        return joiner && i + 1 < length && i > 0 && isLetterOrDigit(chars[i + 1])
                && isLetterOrDigit(chars[i - 1]) && (c != '.' || isAbbreviationDot(chars, i, length));
    }

    /** A dot inside a word only in dotted abbreviations such as "u.n." or "u.s.", not between sentences. */
    private static boolean isAbbreviationDot(char[] chars, int i, int length) {
        return i + 2 < length && chars[i + 2] == '.' && Character.isLetter(chars[i - 1])
                && (i < 2 || !Character.isLetter(chars[i - 2]));
    }

    private static char[] asciiWordChars() {
        char[] table = new char[128];
        for (char c = 0; c < 128; c++) {
            table[c] = Character.isLetterOrDigit(c) ? folded(c) : 0;
        }
        return table;
    }

    private static byte[] asciiLetterIndexes() {
        byte[] table = new byte[128];
        for (char c = 0; c < 128; c++) {
            table[c] = (byte) (c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' : -1);
        }
        return table;
    }

    private static boolean[] asciiLettersAndDigits() {
        boolean[] table = new boolean[128];
        for (char c = 0; c < 128; c++) {
            table[c] = Character.isLetterOrDigit(c);
        }
        return table;
    }

    int size() {
        return size;
    }

    String lower(int index) {
        String word = lower[index];
        if (word == null) {
            word = folded(text, starts[index], ends[index]);
            lower[index] = word;
        }
        return word;
    }

    /** Character {@code k} of {@code lower(index)}, without making the string. */
    char lowerChar(int index, int k) {
        return folded(chars[starts[index] - from + k]);
    }

    /**
     * The first three characters of token {@code index} as one code below {@link #TRIGRAMS}, the same for either
     * case, or -1 when the token is shorter or one of them is no ASCII letter: read straight from the characters,
     * for a table that rules out most tokens with one read.
     */
    int asciiTrigram(int index) {
        int start = starts[index] - from;
        if (ends[index] - from - start < 3) {
            return -1;
        }
        return asciiTrigram(chars[start], chars[start + 1], chars[start + 2]);
    }

    /** {@link #asciiTrigram(int)} of three characters. */
    static int asciiTrigram(char first, char second, char third) {
        if ((first | second | third) >= 128) {
            return -1;
        }
        int a = ASCII_LETTER_INDEX[first];
        int b = ASCII_LETTER_INDEX[second];
        int c = ASCII_LETTER_INDEX[third];
        return (a | b | c) < 0 ? -1 : (a * 26 + b) * 26 + c;
    }

    /** Whether {@code lower(index)} is {@code word} (lowercase), read without making the string. */
    boolean isWord(int index, String word) {
        return length(index) == word.length() && endsWith(index, word);
    }

    /** Whether {@code lower(index)} starts with {@code prefix} (lowercase), read without making the string. */
    boolean startsWith(int index, String prefix) {
        int start = starts[index] - from;
        int length = prefix.length();
        if (ends[index] - from - start < length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (folded(chars[start + k]) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code lower(index)} ends with {@code suffix} (lowercase), read without making the string. */
    boolean endsWith(int index, String suffix) {
        int end = ends[index] - from;
        int length = suffix.length();
        if (end - (starts[index] - from) < length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (folded(chars[end - length + k]) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code lower(index).hashCode()}, without making the string. */
    int hash(int index) {
        return hashes[index];
    }

    /** {@code lower(index).length()}, without making the string. */
    int length(int index) {
        return ends[index] - starts[index];
    }

    /**
     * The tags {@code table} gives token {@code index}, looked up once per token: the cue words of a sentence
     * are asked for many times over.
     */
    long tags(int index, WordTags table) {
        long[] known = tagsOf(table);
        long tags = known[index];
        if (tags == 0) {
            tags = table.of(this, index) | KNOWN;
            known[index] = tags;
        }
        return tags & ~KNOWN;
    }

    /**
     * The union of the tags {@code table} gives tokens {@code [from, to)}. A trigger's cue words are asked class by
     * class over the same words before it ("is one of them unreal? a claim? background?"): the union of the range
     * asked last answers each later class with one bit test instead of another walk over the words.
     */
    long tagsIn(int from, int to, WordTags table) {
        if (table == rangeTable && from == rangeFrom && to == rangeTo) {
            return rangeTags;
        }
        long union = 0;
        for (int i = from; i < to; i++) {
            union |= tags(i, table);
        }
        rangeTable = table;
        rangeFrom = from;
        rangeTo = to;
        rangeTags = union;
        return union;
    }

    private long[] tagsOf(WordTags table) {
        if (table == lastTable) {
            return lastTagged;
        }
        lastTable = table;
        lastTagged = searchTagsOf(table);
        return lastTagged;
    }

    private long[] searchTagsOf(WordTags table) {
        for (int t = 0; t < taggedBy.length; t++) {
            if (taggedBy[t] == table) {
                return tagged[t];
            }
        }
        int t = taggedBy.length;
        taggedBy = Arrays.copyOf(taggedBy, t + 1);
        tagged = Arrays.copyOf(tagged, t + 1);
        taggedBy[t] = table;
        tagged[t] = new long[starts.length];
        return tagged[t];
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    String text() {
        return text;
    }

    /**
     * Index of the first token starting at or after {@code offset}, or {@link #size()}. Sentences are read in
     * order, each asking for its start and its end, so the answer is tried first at and right after the last one.
     */
    int indexAt(int offset) {
        int last = lastIndexAt;
        for (int index = last; index <= last + 1 && index <= size; index++) {
            if ((index == size || starts[index] >= offset) && (index == 0 || starts[index - 1] < offset)) {
                lastIndexAt = index;
                return index;
            }
        }
        int index = Arrays.binarySearch(starts, 0, size, offset);
        lastIndexAt = index >= 0 ? index : -index - 1;
        return lastIndexAt;
    }
}
