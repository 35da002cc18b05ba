package io.eventwire.enrich.geo;

import java.util.Arrays;

/**
 * Open-addressing map from 64-bit name keys to chains of entry ids. Filled while loading, then only read:
 * safe to share between threads once published through a final field.
 */
final class KeyIndex {

    private long[] keys;
    private int[] heads;
    private int mask;
    private int size;
    /** Chain links, two ints each: the entry, then the next link (-1 at the end). */
    private int[] chains = new int[2048];
    private int chainSize;

    KeyIndex(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
        keys = new long[capacity];
        heads = new int[capacity];
        mask = capacity - 1;
    }

    /** Adds {@code entry} under {@code key} unless it is already the most recent entry there. */
    void add(long key, int entry) {
        if ((size + 1) * 2 > keys.length) {
            rehash();
        }
        int slot = slot(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            heads[slot] = -1;
            size++;
        } else if (heads[slot] >= 0 && chains[heads[slot] << 1] == entry) {
            return;
        }
        if (chainSize << 1 == chains.length) {
            chains = Arrays.copyOf(chains, chains.length * 2);
        }
        chains[chainSize << 1] = entry;
        chains[(chainSize << 1) + 1] = heads[slot];
        heads[slot] = chainSize++;
    }

    /** The first chain link of {@code key}, or -1. Walk with {@link #entry} and {@link #next}. */
    int first(long key) {
        int slot = (int) mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return heads[slot];
            }
            if (k == 0) {
                return -1;
            }
            slot = slot + 1 & mask;
        }
    }

    boolean contains(long key) {
        return first(key) >= 0;
    }

    int entry(int link) {
        return chains[link << 1];
    }

    int next(int link) {
        return chains[(link << 1) + 1];
    }

    int size() {
        return size;
    }

    /** Releases spare capacity of the chains after loading. */
    void trim() {
        chains = Arrays.copyOf(chains, chainSize << 1);
    }

    private int slot(long key) {
        int slot = (int) mix(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        return key ^ key >>> 29;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
