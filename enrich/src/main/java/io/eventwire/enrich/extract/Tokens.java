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
        int capacity = Math.max(8, (to - from) / 4);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        String[] lower = new String[capacity];
        char[] folded = fold(text, from, to);
        int n = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || isInner(text, i, to))) {
                i++;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
                lower = Arrays.copyOf(lower, n * 2);
            }
            starts[n] = start;
            ends[n] = i;
            lower[n] = new String(folded, start - from, i - start);
            n++;
        }
        return new Tokens(text, starts, ends, lower, n);
    }

    /** The text lowercased character by character, typographic apostrophes made plain; same length. */
    private static char[] fold(String text, int from, int to) {
        char[] folded = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            folded[i - from] = c == '’' ? '\'' : Character.toLowerCase(c);
        }
        return folded;
    }

    private static boolean isInner(String text, int i, int to) {
        char c = text.charAt(i);
        boolean joiner = c == '-' || c == '\'' || c == '’' || c == '.';
        return joiner && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)) && i > 0
                && Character.isLetterOrDigit(text.charAt(i - 1)) && (c != '.' || isAbbreviationDot(text, i));
    }

    /** A dot inside a word only in dotted abbreviations such as "u.n." or "u.s.", not between sentences. */
    private static boolean isAbbreviationDot(String text, int i) {
        return i + 2 < text.length() && text.charAt(i + 2) == '.' && Character.isLetter(text.charAt(i - 1))
                && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
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
