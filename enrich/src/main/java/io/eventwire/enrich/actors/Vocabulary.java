package io.eventwire.enrich.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every token key of the data, numbered, in open-addressing tables that a text token is looked up in straight from
 * the text: no string is built for a token.
 *
 * <p>Keys are folded keys (lowercase, no diacritics, see {@link Tokens}) or exact keys ({@link Tokens#EXACT_PREFIX}
 * and the token as written). A bit filter over the keys' hashes answers for most words the data never uses; a table
 * slot is four ints (hash, id, and where the key's characters are in one shared array), so that a lookup reads the
 * slot and the characters and nothing in between. Immutable and thread safe.
 */
final class Vocabulary {

    static final int ABSENT = -1;

    static final Vocabulary EMPTY = new Vocabulary(List.of());

    /** Bits of the filters in front of the tables: 2^16 bits, 8 KB, few enough to stay in the nearest cache. */
    private static final int FILTER_BITS = 1 << 16;

    /** Ints per table slot: hash, id + 1, offset and length of the key's characters. */
    private static final int SLOT = 4;

    private final Map<String, Integer> ids = new HashMap<>();
    private final String[] keys;
    private final char[] characters;
    /** Open-addressing tables of (hash, id + 1, offset, length) slots; id + 1 = 0 marks an empty slot. */
    private final int[] folded;
    private final int[] exact;
    private final long[] foldedFilter = new long[FILTER_BITS / 64];
    private final long[] exactFilter = new long[FILTER_BITS / 64];
    private final int mask;

    Vocabulary(Collection<String> data) {
        List<String> byId = new ArrayList<>();
        StringBuilder characters = new StringBuilder();
        int slots = Integer.highestOneBit(Math.max(4, data.size()) * 4);
        this.mask = slots - 1;
        this.folded = new int[slots * SLOT];
        this.exact = new int[slots * SLOT];
        for (String key : data) {
            if (ids.containsKey(key)) {
                continue;
            }
            int id = byId.size();
            ids.put(key, id);
            byId.add(key);
            boolean isExact = key.startsWith(Tokens.EXACT_PREFIX);
            String written = isExact ? key.substring(Tokens.EXACT_PREFIX.length()) : key;
            put(isExact ? exact : folded, isExact ? exactFilter : foldedFilter, written.hashCode(), id,
                    characters.length(), written.length());
            characters.append(written);
        }
        this.keys = byId.toArray(String[]::new);
        this.characters = characters.toString().toCharArray();
    }

    /** The id of a key of the data, or {@link #ABSENT}. */
    int id(String key) {
        Integer id = ids.get(key);
        return id == null ? ABSENT : id;
    }

    /** The key of an id. */
    String key(int id) {
        return keys[id];
    }

    int size() {
        return keys.length;
    }

    /**
     * The id of the folded key of a text token.
     *
     * @param hash the {@link String#hashCode()} of the folded key, computed while the token was read
     */
    int folded(char[] text, int start, int end, int hash) {
        if (!isSet(foldedFilter, hash)) {
            return ABSENT;
        }
        for (int slot = index(hash); folded[slot + 1] != 0; slot = next(slot)) {
            if (folded[slot] == hash && foldedEquals(folded[slot + 2], folded[slot + 3], text, start, end)) {
                return folded[slot + 1] - 1;
            }
        }
        return ABSENT;
    }

    /**
     * The id of the exact key of a text token (the token as written).
     *
     * @param hash the {@link String#hashCode()} of the token as written
     */
    int exact(char[] text, int start, int end, int hash) {
        if (!isSet(exactFilter, hash)) {
            return ABSENT;
        }
        for (int slot = index(hash); exact[slot + 1] != 0; slot = next(slot)) {
            if (exact[slot] == hash && exactEquals(exact[slot + 2], exact[slot + 3], text, start, end)) {
                return exact[slot + 1] - 1;
            }
        }
        return ABSENT;
    }

    private void put(int[] table, long[] filter, int hash, int id, int offset, int length) {
        int slot = index(hash);
        while (table[slot + 1] != 0) {
            slot = next(slot);
        }
        table[slot] = hash;
        table[slot + 1] = id + 1;
        table[slot + 2] = offset;
        table[slot + 3] = length;
        filter[(hash & (FILTER_BITS - 1)) >>> 6] |= 1L << hash;
    }

    private static boolean isSet(long[] filter, int hash) {
        return (filter[(hash & (FILTER_BITS - 1)) >>> 6] & 1L << hash) != 0;
    }

    private int index(int hash) {
        int h = hash * 0x9E3779B9;
        return ((h ^ (h >>> 16)) & mask) * SLOT;
    }

    private int next(int slot) {
        return (slot + SLOT) & (mask * SLOT + SLOT - 1);
    }

    /**
     * Whether the text token folds to the key. Folding drops combining marks only, so a token shorter than the key
     * cannot match, and one as long as the key matches character by character: the common case, compared without
     * the tests for dropped marks.
     */
    private boolean foldedEquals(int offset, int length, char[] text, int start, int end) {
        int tokenLength = end - start;
        if (tokenLength < length) {
            return false;
        }
        if (tokenLength == length) {
            for (int k = 0; k < length; k++) {
                if (characters[offset + k] != Tokens.fold(text[start + k])) {
                    return false;
                }
            }
            return true;
        }
        int k = offset;
        int keyEnd = offset + length;
        for (int i = start; i < end; i++) {
            char c = Tokens.fold(text[i]);
            if (c == 0) {
                continue;
            }
            if (k == keyEnd || characters[k++] != c) {
                return false;
            }
        }
        return k == keyEnd;
    }

    private boolean exactEquals(int offset, int length, char[] text, int start, int end) {
        if (length != end - start) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (characters[offset + k] != text[start + k]) {
                return false;
            }
        }
        return true;
    }
}
