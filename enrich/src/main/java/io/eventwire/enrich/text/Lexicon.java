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

    private final String[] keys;
    private final Object[] tags;
    private final int mask;
    private final int size;

    private Lexicon(Map<String, T> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        this.keys = new String[capacity];
        this.tags = new Object[capacity];
        this.mask = capacity - 1;
        this.size = entries.size();
        entries.forEach((key, tag) -> {
            int slot = hash(key, 0, key.length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
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
        int slot = hash(text, start, end) & mask;
        String key;
        while ((key = keys[slot]) != null) {
            if (matches(key, text, start, end)) {
                return (T) tags[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** The tag of a whole word, or null. */
    public @Nullable T get(CharSequence word) {
        return get(word, 0, word.length());
    }

    public int size() {
        return size;
    }

    private static boolean matches(String key, CharSequence text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != lower(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lower(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }
}
