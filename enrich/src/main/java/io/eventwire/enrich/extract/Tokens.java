package io.eventwire.enrich.extract;

import java.util.Arrays;

/**
 * The words of a text with their offsets: runs of letters and digits, keeping inner apostrophes,
 * hyphens and dots ("pro-regime", "n't", "u.n."), lowercased with typographic apostrophes folded.
 * Immutable once built.
 */
final class Tokens {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] lower;
    private final int size;

    private Tokens(String text, int[] starts, int[] ends, String[] lower, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.lower = lower;
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
        int n = 0;
        int i = 0;
        int length = chars.length;
        while (i < length) {
            if (!Character.isLetterOrDigit(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && (Character.isLetterOrDigit(chars[i]) || isInner(chars, i))) {
                i++;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
                lower = Arrays.copyOf(lower, n * 2);
            }
            starts[n] = start + from;
            ends[n] = i + from;
            lower[n] = folded(chars, start, i);
            n++;
        }
        return new Tokens(text, starts, ends, lower, n);
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

    private static boolean isInner(char[] chars, int i) {
        char c = chars[i];
        boolean joiner = c == '-' || c == '\'' || c == '’' || c == '.';
        return joiner && i + 1 < chars.length && i > 0 && Character.isLetterOrDigit(chars[i + 1])
                && Character.isLetterOrDigit(chars[i - 1]) && (c != '.' || isAbbreviationDot(chars, i));
    }

    /** A dot inside a word only in dotted abbreviations such as "u.n." or "u.s.", not between sentences. */
    private static boolean isAbbreviationDot(char[] chars, int i) {
        return i + 2 < chars.length && chars[i + 2] == '.' && Character.isLetter(chars[i - 1])
                && (i < 2 || !Character.isLetter(chars[i - 2]));
    }

    int size() {
        return size;
    }

    String lower(int index) {
        return lower[index];
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
