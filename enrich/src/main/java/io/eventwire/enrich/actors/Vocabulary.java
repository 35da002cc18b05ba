package io.eventwire.enrich.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every token key of the data, numbered, in open-addressing tables that a text token is looked up in straight from
 * the text: no string is built for a token, and a token the data never uses costs one probe.
 *
 * <p>Keys are folded keys (lowercase, no diacritics, see {@link Tokens}) or exact keys ({@link Tokens#EXACT_PREFIX}
 * and the token as written). A table slot is four ints (hash, id, offset and length of the key's characters in one
 * shared array), so that a probe reads one cache line. Immutable and thread safe.
 */
final class Vocabulary {

    static final int ABSENT = -1;

    static final Vocabulary EMPTY = new Vocabulary(List.of());

    private static final int SLOT_INTS = 4;
    private static final int HASH = 0;
    private static final int ID = 1;
    private static final int OFFSET = 2;
    private static final int LENGTH = 3;

    private final Map<String, Integer> ids = new HashMap<>();
    private final String[] keys;
    private final char[] characters;
    private final int[] folded;
    private final int[] exact;
    private final int mask;

    Vocabulary(Collection<String> data) {
        List<String> byId = new ArrayList<>();
        StringBuilder characters = new StringBuilder();
        int slots = Integer.highestOneBit(Math.max(4, data.size()) * 4);
        this.mask = slots - 1;
        this.folded = emptyTable(slots);
        this.exact = emptyTable(slots);
        for (String key : data) {
            if (ids.containsKey(key)) {
                continue;
            }
            int id = byId.size();
            ids.put(key, id);
            byId.add(key);
            boolean isExact = key.startsWith(Tokens.EXACT_PREFIX);
            String written = isExact ? key.substring(Tokens.EXACT_PREFIX.length()) : key;
            put(isExact ? exact : folded, written.hashCode(), id, characters.length(), written.length());
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
        for (int slot = index(hash); folded[slot + LENGTH] != 0; slot = next(slot)) {
            if (folded[slot + HASH] == hash && foldedEquals(folded[slot + OFFSET], folded[slot + LENGTH], text, start, end)) {
                return folded[slot + ID];
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
        for (int slot = index(hash); exact[slot + LENGTH] != 0; slot = next(slot)) {
            if (exact[slot + HASH] == hash && exactEquals(exact[slot + OFFSET], exact[slot + LENGTH], text, start, end)) {
                return exact[slot + ID];
            }
        }
        return ABSENT;
    }

    private void put(int[] table, int hash, int id, int offset, int length) {
        int slot = index(hash);
        while (table[slot + LENGTH] != 0) {
            slot = next(slot);
        }
        table[slot + HASH] = hash;
        table[slot + ID] = id;
        table[slot + OFFSET] = offset;
        table[slot + LENGTH] = length;
    }

    private int index(int hash) {
        int h = hash * 0x9E3779B9;
        return ((h ^ (h >>> 16)) & mask) * SLOT_INTS;
    }

    private int next(int slot) {
        return (slot + SLOT_INTS) & (mask * SLOT_INTS + SLOT_INTS - 1);
    }

    private boolean foldedEquals(int offset, int length, char[] text, int start, int end) {
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

    private static int[] emptyTable(int slots) {
        return new int[slots * SLOT_INTS];
    }
}
