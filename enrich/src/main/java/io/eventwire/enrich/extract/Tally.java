package io.eventwire.enrich.extract;

import java.util.Arrays;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Counts per key (country codes, actor names) for the few keys one article has, without a map, and which key is the
 * most counted. Of keys counted equally, the one added first wins: the first named in the article. Each key keeps the
 * value it was first added with. Used by one thread.
 */
final class Tally<V> {

    private static final int INITIAL = 8;

    private String[] keys = new String[INITIAL];
    private int[] counts = new int[INITIAL];
    private Object[] firsts = new Object[INITIAL];
    private int size;

    /** Adds {@code weight} to {@code key}'s count; {@code first} is kept as the key's value when the key is new. */
    void add(String key, int weight, V first) {
        int k = indexOf(key);
        if (k >= 0) {
            counts[k] += weight;
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
            firsts = Arrays.copyOf(firsts, size * 2);
        }
        keys[size] = key;
        counts[size] = weight;
        firsts[size] = first;
        size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The count of {@code key}, 0 if it was never added. */
    int count(String key) {
        int k = indexOf(key);
        return k < 0 ? 0 : counts[k];
    }

    /** The value {@code key} was first added with, or null. */
    @Nullable V first(String key) {
        int k = indexOf(key);
        return k < 0 ? null : value(k);
    }

    /** The most counted key, the first added of equals; null when there is none. */
    @Nullable String most() {
        return most(null);
    }

    /** The most counted key whose first value passes {@code filter} (all when null), as {@link #most()} picks it. */
    @Nullable String most(@Nullable Predicate<V> filter) {
        int best = -1;
        for (int k = 0; k < size; k++) {
            if ((filter == null || filter.test(value(k))) && (best < 0 || counts[k] > counts[best])) {
                best = k;
            }
        }
        return best < 0 ? null : keys[best];
    }

    private int indexOf(String key) {
        for (int k = 0; k < size; k++) {
            if (keys[k].equals(key)) {
                return k;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private V value(int k) {
        return (V) firsts[k];
    }
}
