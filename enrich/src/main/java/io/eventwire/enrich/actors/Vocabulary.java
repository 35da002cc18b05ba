package io.eventwire.enrich.actors;

import java.util.Collection;

/**
 * Every token key of the data, numbered, in open-addressing tables that a text token is looked up in straight from
 * the text: no string is built for a token, and a token the data never uses (most of them) costs one probe.
 *
 * <p>Keys are folded keys (lowercase, no diacritics, see {@link Tokens}) or exact keys ({@link Tokens#EXACT_PREFIX}
 * and the token as written). Immutable and thread safe.
 */
final class Vocabulary {

    static final int ABSENT = -1;

    static final Vocabulary EMPTY = new Vocabulary(java.util.List.of());

    private final char[][] foldedKeys;
    private final int[] foldedHashes;
    private final int[] foldedIds;
    private final char[][] exactKeys;
    private final int[] exactHashes;
    private final int[] exactIds;
    private final java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    private final String[] keys;

    Vocabulary(Collection<String> keys) {
        int size = Integer.highestOneBit(Math.max(4, keys.size()) * 4);
        foldedKeys = new char[size][];
        foldedHashes = new int[size];
        foldedIds = new int[size];
        exactKeys = new char[size][];
        exactHashes = new int[size];
        exactIds = new int[size];
        java.util.List<String> byId = new java.util.ArrayList<>();
        for (String key : keys) {
            if (ids.containsKey(key)) {
                continue;
            }
            int id = ids.size();
            ids.put(key, id);
            byId.add(key);
            if (key.startsWith(Tokens.EXACT_PREFIX)) {
                put(exactKeys, exactHashes, exactIds, key.substring(Tokens.EXACT_PREFIX.length()), id);
            } else {
                put(foldedKeys, foldedHashes, foldedIds, key, id);
            }
        }
        this.keys = byId.toArray(String[]::new);
    }

    /** The key of an id. */
    String key(int id) {
        return keys[id];
    }

    /** The id of a key of the data, or {@link #ABSENT}. */
    int id(String key) {
        Integer id = ids.get(key);
        return id == null ? ABSENT : id;
    }

    int size() {
        return ids.size();
    }

    /**
     * The id of the folded key of a text token.
     *
     * @param hash the {@link String#hashCode()} of the folded key, computed while the token was read
     */
    int folded(char[] text, int start, int end, int hash) {
        int mask = foldedKeys.length - 1;
        for (int slot = mix(hash) & mask; foldedKeys[slot] != null; slot = (slot + 1) & mask) {
            if (foldedHashes[slot] == hash && foldedEquals(foldedKeys[slot], text, start, end)) {
                return foldedIds[slot];
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
        int mask = exactKeys.length - 1;
        for (int slot = mix(hash) & mask; exactKeys[slot] != null; slot = (slot + 1) & mask) {
            if (exactHashes[slot] == hash && exactEquals(exactKeys[slot], text, start, end)) {
                return exactIds[slot];
            }
        }
        return ABSENT;
    }

    private static void put(char[][] keys, int[] hashes, int[] ids, String key, int id) {
        int mask = keys.length - 1;
        int hash = key.hashCode();
        int slot = mix(hash) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key.toCharArray();
        hashes[slot] = hash;
        ids[slot] = id;
    }

    private static boolean foldedEquals(char[] key, char[] text, int start, int end) {
        int k = 0;
        for (int i = start; i < end; i++) {
            char folded = Tokens.fold(text[i]);
            if (folded == 0) {
                continue;
            }
            if (k == key.length || key[k++] != folded) {
                return false;
            }
        }
        return k == key.length;
    }

    private static boolean exactEquals(char[] key, char[] text, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int k = 0; k < key.length; k++) {
            if (key[k] != text[start + k]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
