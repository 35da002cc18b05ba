package io.eventwire.enrich.extract;

import java.util.Map;

/**
 * Bit sets of tags for lowercased words, looked up from a token's characters without making its string: an
 * open-addressing table of the words, each with the tags it carries. {@link Tokens#tags} asks it once per token
 * and keeps the answer, so a word's cue classes ("is it a reporting verb, a locative, a denial?") cost one bit
 * test each after that. Immutable and thread safe.
 */
final class WordTags {

    private final String[] keys;
    /** {@link String#hashCode()} of each key, compared before the key's letters are. */
    private final int[] hashes;
    private final long[] tags;
    private final int mask;
    /**
     * One bit per {@link #FILTER_BITS} hash values, set for the hashes of the keys: most words of a text are in no
     * table, and this 1 KB answers for them without touching the table's arrays.
     */
    private final long[] filter = new long[FILTER_BITS / 64];
    private static final int FILTER_BITS = 1 << 13;

    /** The table of {@code tagsByWord}; each word lowercase, each value a set of tag bits (bit 63 unused). */
    WordTags(Map<String, Long> tagsByWord) {
        int capacity = Integer.highestOneBit(Math.max(4, tagsByWord.size() * 3)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        tags = new long[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, Long> entry : tagsByWord.entrySet()) {
            String word = entry.getKey();
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("tag bit 63 is reserved: " + word);
            }
            int slot = hash(word) & mask;
            while (keys[slot] != null && !keys[slot].equals(word)) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = word;
            hashes[slot] = word.hashCode();
            filter[(word.hashCode() & (FILTER_BITS - 1)) >>> 6] |= 1L << word.hashCode();
            tags[slot] |= entry.getValue();
        }
    }

    /** The tags of token {@code index} of {@code tokens} (its lowercased form), 0 for a word not in the table. */
    long of(Tokens tokens, int index) {
        return find(tokens, index, tokens.length(index), tokens.hash(index));
    }

    /** The tags of the first {@code length} letters of token {@code index}, 0 when it is shorter or they have none. */
    long ofPrefix(Tokens tokens, int index, int length) {
        if (tokens.length(index) < length) {
            return 0;
        }
        int hash = 0;
        for (int k = 0; k < length; k++) {
            hash = 31 * hash + tokens.lowerChar(index, k);
        }
        return find(tokens, index, length, hash);
    }

    /** The tags of the first {@code length} letters of token {@code index}, whose string hash is {@code hash}. */
    private long find(Tokens tokens, int index, int length, int hash) {
        if ((filter[(hash & (FILTER_BITS - 1)) >>> 6] & 1L << hash) == 0) {
            return 0;
        }
        int slot = spread(hash) & mask;
        for (String key = keys[slot]; key != null; key = keys[slot]) {
            if (hashes[slot] == hash && key.length() == length && tokens.startsWith(index, key)) {
                return tags[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /** {@link String#hashCode()} of the word, spread so that close hashes land apart. */
    private static int hash(String word) {
        return spread(word.hashCode());
    }

    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
