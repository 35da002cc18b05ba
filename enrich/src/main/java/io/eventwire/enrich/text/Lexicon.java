package io.eventwire.enrich.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, case-insensitive map from words to tags that is looked up with a region of a text, without
 * allocating: an open-addressing table keyed by a constant-time sketch of the word (its length and its
 * first two and last characters, lower-cased), so scanners do no arithmetic per character; a probe compares
 * the stored sketch, then the full key.
 *
 * <p>Thread safe. Keys are single words as {@link Tokens} cuts them, or abbreviations with inner periods.
 *
 * @param <T> the tag type
 */
public final class Lexicon<T> {

    private final char[][] keys;
    private final int[] hashes;
    private final Object[] tags;
    private final int mask;
    private final int shift;
    private final int size;
    private final int maxKeyLength;
    /** One bit per (first letter, length) pair some key has: most words are ruled out before hashing. */
    private final long[] shapes = new long[(SHAPES + 63) / 64];

    private static final int SHAPES = 27 * 32;

    private Lexicon(Map<String, T> entries) {
        int capacity = Integer.highestOneBit(Math.max(8, entries.size() * 4)) << 1;
        this.keys = new char[capacity][];
        this.hashes = new int[capacity];
        this.tags = new Object[capacity];
        this.mask = capacity - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        this.size = entries.size();
        this.maxKeyLength = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
        entries.forEach((key, tag) -> {
            char[] chars = key.toCharArray();
            int h = hash(chars, 0, chars.length);
            int slot = slotOf(h);
            while (hashes[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = chars;
            hashes[slot] = h;
            tags[slot] = tag;
            int shape = shape(chars[0], chars.length);
            shapes[shape >>> 6] |= 1L << shape;
        });
    }

    /** Builds a lexicon; later puts of the same word replace earlier ones. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Accumulates entries for a {@link Lexicon}. Not thread safe. */
    public static final class Builder<T> {
        private final Map<String, T> entries = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder<T> put(String word, T tag) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            entries.put(word.toLowerCase(Locale.ROOT), tag);
            return this;
        }

        public Builder<T> putAll(Iterable<String> words, T tag) {
            words.forEach(word -> put(word, tag));
            return this;
        }

        public Lexicon<T> build() {
            return new Lexicon<>(entries);
        }
    }

    /** The tag of {@code text[start, end)}, compared case-insensitively, or null. */
    @SuppressWarnings("unchecked")
    public @Nullable T get(CharSequence text, int start, int end) {
        int slot = find(text, start, end);
        return slot < 0 ? null : (T) tags[slot];
    }

    /** The tag of a whole word, or null. */
    public @Nullable T get(CharSequence word) {
        return get(word, 0, word.length());
    }

    /** The table slot of {@code chars[start, end)}, compared case-insensitively, or -1 when it is not a key. */
    int slot(char[] chars, int start, int end) {
        int length = end - start;
        if (length == 0 || length > maxKeyLength || !hasShape(chars[start], length)) {
            return -1;
        }
        int h = hash(chars, start, end);
        int slot = slotOf(h);
        int stored;
        while ((stored = hashes[slot]) != 0) {
            if (stored == h && keys[slot].length == length && matches(keys[slot], chars, start)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The tag of {@code chars[start, end)}, compared case-insensitively, or null. */
    @Nullable T get(char[] chars, int start, int end) {
        int slot = slot(chars, start, end);
        return slot < 0 ? null : tagAt(slot);
    }

    /** The tag stored at a slot {@link #slot} returned. */
    @SuppressWarnings("unchecked")
    T tagAt(int slot) {
        return (T) tags[slot];
    }

    /**
     * Whether any word of {@code text} (a run of letters, as {@link Tokens} cuts words) is in this lexicon: one
     * pass, no allocation. Lets a caller skip tokenizing texts that cannot match.
     */
    public boolean containsAnyWordOf(String text) {
        char[] chars = text.toCharArray();
        int n = chars.length;
        int start = -1;
        for (int i = 0; i < n; i++) {
            if (Tokens.isLetter(chars[i])) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                if (slot(chars, start, i) >= 0) {
                    return true;
                }
                start = -1;
            }
        }
        return start >= 0 && slot(chars, start, n) >= 0;
    }

    public int size() {
        return size;
    }

    private int find(CharSequence text, int start, int end) {
        int length = end - start;
        if (length <= 0 || length > maxKeyLength || !hasShape(text.charAt(start), length)) {
            return -1;
        }
        int h = sketch(fold(text.charAt(start)), fold(text.charAt(Math.min(start + 1, end - 1))), fold(text.charAt(end - 1)),
                length);
        int slot = slotOf(h);
        int stored;
        while ((stored = hashes[slot]) != 0) {
            if (stored == h && keys[slot].length == length && matches(keys[slot], text, start)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static boolean matches(char[] key, char[] chars, int start) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lower(chars[start + i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(char[] key, CharSequence text, int start) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lower(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] chars, int start, int end) {
        return sketch(fold(chars[start]), fold(chars[Math.min(start + 1, end - 1)]), fold(chars[end - 1]), end - start);
    }

    /** A word's length and its first two and last characters: constant work per word; never 0 (an empty slot). */
    private static int sketch(int first, int second, int last, int length) {
        return (((first * 31 + second) * 31 + last) * 31 + length) | 1;
    }

    /**
     * Case folding for hashing only: ASCII upper and lower case share a value (the case bit set), which
     * {@link #lower} agrees with on letters and leaves other characters alone, so equal words hash equally.
     */
    private static int fold(char c) {
        return c < 128 ? c | 0x20 : Character.toLowerCase(c);
    }

    private boolean hasShape(char first, int length) {
        int shape = shape(first, length);
        return (shapes[shape >>> 6] & (1L << shape)) != 0;
    }

    /** A bucket for the lower-cased first letter (a-z, or any other) times 32 lengths (the last for 31 and up). */
    private static int shape(char first, int length) {
        int c = fold(first);
        int letter = c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0;
        return letter * 32 + Math.min(length, 31);
    }

    /** Fibonacci hashing: the top bits of the hash times the golden ratio. */
    private int slotOf(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }
}
