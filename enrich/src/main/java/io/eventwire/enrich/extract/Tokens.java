package io.eventwire.enrich.extract;

import java.util.Arrays;

/**
 * The words of a text with their offsets: runs of letters and digits, keeping inner apostrophes,
 * hyphens and dots ("pro-regime", "n't", "u.n."), lowercased with typographic apostrophes folded.
 * Immutable once built.
 */
final class Tokens {

    private static final boolean[] ASCII_LETTER_OR_DIGIT = asciiLettersAndDigits();

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] lower;
    private final int[] hashes;
    private final int size;

    private Tokens(String text, int[] starts, int[] ends, String[] lower, int[] hashes, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.lower = lower;
        this.hashes = hashes;
        this.size = size;
    }

    /** Tokenizes {@code text[from, to)}; offsets stay those of {@code text}. */
    static Tokens of(String text, int from, int to) {
        char[] chars = new char[to - from];
        text.getChars(from, to, chars, 0);
        int capacity = Math.max(8, chars.length / 4);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        String[] lower = new String[capacity];
        int[] hashes = new int[capacity];
        int n = 0;
        int i = 0;
        int length = chars.length;
        while (i < length) {
            if (!isLetterOrDigit(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            boolean alreadyFolded = true;
            int hash = 0;
            while (i < length) {
                char c = chars[i];
                if (isLetterOrDigit(c)) {
                    alreadyFolded &= !changesWhenFolded(c);
                } else if (isInner(chars, i)) {
                    alreadyFolded &= c != '’';
                } else {
                    break;
                }
                hash = 31 * hash + c;
                i++;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
                lower = Arrays.copyOf(lower, n * 2);
                hashes = Arrays.copyOf(hashes, n * 2);
            }
            starts[n] = start + from;
            ends[n] = i + from;
            lower[n] = alreadyFolded ? text.substring(start + from, i + from) : folded(chars, start, i);
            hashes[n] = alreadyFolded ? hash : lower[n].hashCode();
            n++;
        }
        return new Tokens(text, starts, ends, lower, hashes, n);
    }

    /** The word lowercased character by character, typographic apostrophes made plain. */
    private static String folded(char[] chars, int start, int end) {
        char[] word = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = chars[i];
            word[i - start] = c == '’' ? '\'' : Character.toLowerCase(c);
        }
        return new String(word);
    }

    /** {@link Character#isLetterOrDigit(char)}, answered from a table for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** Whether {@link #folded} would write the character differently (apostrophes aside). */
    private static boolean changesWhenFolded(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.toLowerCase(c) != c;
    }

    private static boolean isInner(char[] chars, int i) {
        char c = chars[i];
        boolean joiner = c == '-' || c == '\'' || c == '’' || c == '.';
        return joiner && i + 1 < chars.length && i > 0 && isLetterOrDigit(chars[i + 1])
                && isLetterOrDigit(chars[i - 1]) && (c != '.' || isAbbreviationDot(chars, i));
    }

    /** A dot inside a word only in dotted abbreviations such as "u.n." or "u.s.", not between sentences. */
    private static boolean isAbbreviationDot(char[] chars, int i) {
        return i + 2 < chars.length && chars[i + 2] == '.' && Character.isLetter(chars[i - 1])
                && (i < 2 || !Character.isLetter(chars[i - 2]));
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
        return lower[index];
    }

    /** {@code lower(index).hashCode()}, computed while the text was read. */
    int hash(int index) {
        return hashes[index];
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

    /** Index of the first token starting at or after {@code offset}, or {@link #size()}. */
    int indexAt(int offset) {
        int index = Arrays.binarySearch(starts, 0, size, offset);
        return index >= 0 ? index : -index - 1;
    }
}
