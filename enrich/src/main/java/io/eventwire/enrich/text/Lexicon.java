package io.eventwire.enrich.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, case-insensitive map from words to tags that is looked up with a region of a text, without
 * allocating: an open-addressing table keyed by a hash of the lower-cased characters.
 *
 * <p>Thread safe. Keys are single words as {@link Tokens} cuts them (letters only, or digits only).
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
            int h = hash(key, 0, key.length());
            int slot = slotOf(h);
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key.toCharArray();
            hashes[slot] = h;
            tags[slot] = tag;
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
        int h = hash(text, start, end);
        int slot = slotOf(h);
        char[] key;
        while ((key = keys[slot]) != null) {
            if (hashes[slot] == h && matches(key, text, start, end)) {
                return (T) tags[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /**
     * The tag of {@code chars[start, end)} whose running hash ({@code h = 31 * h + lower(c)} over its
     * characters, from 0) is {@code rawHash}, for callers that hash while they scan.
     */
    @SuppressWarnings("unchecked")
    @Nullable T get(char[] chars, int start, int end, int rawHash) {
        int length = end - start;
        if (length > maxKeyLength) {
            return null;
        }
        int slot = slotOf(rawHash);
        char[] key;
        while ((key = keys[slot]) != null) {
            if (hashes[slot] == rawHash && key.length == length && matches(key, chars, start)) {
                return (T) tags[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** The tag of {@code chars[start, end)}, compared case-insensitively, or null. */
    @Nullable T get(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lower(chars[i]);
        }
        return get(chars, start, end, h);
    }

    /**
     * Whether any word of {@code text} (a run of letters, as {@link Tokens} cuts words) is in this lexicon: one
     * pass, no allocation. Lets a caller skip tokenizing texts that cannot match.
     */
    public boolean containsAnyWordOf(String text) {
        int n = text.length();
        int start = -1;
        int h = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Tokens.isLetter(c)) {
                if (start < 0) {
                    start = i;
                    h = 0;
                }
                h = 31 * h + lower(c);
            } else if (start >= 0) {
                if (i - start <= maxKeyLength && containsHashed(text, start, i, h)) {
                    return true;
                }
                start = -1;
            }
        }
        return start >= 0 && n - start <= maxKeyLength && containsHashed(text, start, n, h);
    }

    private boolean containsHashed(String text, int start, int end, int hash) {
        int slot = slotOf(hash);
        char[] key;
        while ((key = keys[slot]) != null) {
            if (hashes[slot] == hash && matches(key, text, start, end)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    /** The tag of a whole word, or null. */
    public @Nullable T get(CharSequence word) {
        return get(word, 0, word.length());
    }

    public int size() {
        return size;
    }

    private static boolean matches(char[] key, char[] chars, int start) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lower(chars[start + i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(char[] key, CharSequence text, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lower(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lower(text.charAt(i));
        }
        return h;
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
