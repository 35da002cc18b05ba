package io.eventwire.enrich.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Counts per key (country codes, actor names) for the few keys one article has, without a map: and which key is the
 * most counted, picked among equals as a {@code HashMap<String, Integer>} filled by {@link Map#merge} in the same order
 * picks it when its entries are walked (a loop keeping the first of the highest, {@code Stream.max}): that order is
 * arbitrary, but the extraction has always broken ties by it. Each key keeps the value it was first added with.
 *
 * <p>Up to {@value #SMALL} keys the map's walk is worked out: its table has 16 slots (it grows when a merge finds
 * more than 12 keys in it, or when an eighth key comes to one slot), a key sits in slot {@code (h ^ h >>> 16) & 15}
 * of its hash code, the walk goes slot by slot, and {@code merge} puts a new key first in its slot. Past
 * {@value #SMALL} keys, or when a new key would be the eighth of its slot, the counts move to such a map. (An article
 * names more than seven countries often enough that the map showed in profiles of the extraction.) Used by one
 * thread.
 */
final class Tally<V> {

    static final int SMALL = 12;
    private static final int SLOTS = 16;
    /** A merge grows the table instead of adding a key to a slot that holds this many. */
    private static final int SLOT_LIMIT = 7;

    private final String[] keys = new String[SMALL];
    private final int[] counts = new int[SMALL];
    private final Object[] firsts = new Object[SMALL];
    private int size;
    private @Nullable Map<String, Integer> map;
    private @Nullable Map<String, V> firstOf;

    /** Adds {@code weight} to {@code key}'s count; {@code first} is kept as the key's value when the key is new. */
    void add(String key, int weight, V first) {
        if (map != null) {
            map.merge(key, weight, Integer::sum);
            firstOf.putIfAbsent(key, first);
            return;
        }
        for (int k = 0; k < size; k++) {
            if (keys[k].equals(key)) {
                counts[k] += weight;
                return;
            }
        }
        if (size < SMALL && keysInSlot(slot(key)) < SLOT_LIMIT) {
            keys[size] = key;
            counts[size] = weight;
            firsts[size] = first;
            size++;
            return;
        }
        map = new HashMap<>();
        firstOf = new HashMap<>();
        for (int k = 0; k < size; k++) {
            // no key was added twice to the map, and none of these merges grows it: the same map as one merge a time
            map.merge(keys[k], counts[k], Integer::sum);
            firstOf.put(keys[k], value(k));
        }
        map.merge(key, weight, Integer::sum);
        firstOf.putIfAbsent(key, first);
    }

    boolean isEmpty() {
        return map == null ? size == 0 : map.isEmpty();
    }

    /** The count of {@code key}, 0 if it was never added. */
    int count(String key) {
        if (map != null) {
            return map.getOrDefault(key, 0);
        }
        for (int k = 0; k < size; k++) {
            if (keys[k].equals(key)) {
                return counts[k];
            }
        }
        return 0;
    }

    /** The value {@code key} was first added with, or null. */
    @Nullable V first(String key) {
        if (map != null) {
            return firstOf.get(key);
        }
        for (int k = 0; k < size; k++) {
            if (keys[k].equals(key)) {
                return value(k);
            }
        }
        return null;
    }

    /** The most counted key, the first of equals in the map's walk; null when there is none. */
    @Nullable String most() {
        return most(null);
    }

    /** The most counted key whose first value passes {@code filter} (all when null), as {@link #most()} picks it. */
    @Nullable String most(@Nullable Predicate<V> filter) {
        if (map != null) {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> entry : map.entrySet()) {
                if ((filter == null || filter.test(firstOf.get(entry.getKey())))
                        && (best == null || entry.getValue() > most)) {
                    best = entry.getKey();
                    most = entry.getValue();
                }
            }
            return best;
        }
        int best = -1;
        int bestSlot = 0;
        for (int k = 0; k < size; k++) {
            if (filter != null && !filter.test(value(k))) {
                continue;
            }
            int slot = slot(keys[k]);
            // of equal counts, the lower slot, and in one slot the key added later, comes first in the walk
            if (best < 0 || counts[k] > counts[best] || counts[k] == counts[best] && slot <= bestSlot) {
                best = k;
                bestSlot = slot;
            }
        }
        return best < 0 ? null : keys[best];
    }

    private int keysInSlot(int slot) {
        int in = 0;
        for (int k = 0; k < size; k++) {
            in += slot(keys[k]) == slot ? 1 : 0;
        }
        return in;
    }

    private static int slot(String key) {
        int h = key.hashCode();
        return (h ^ h >>> 16) & SLOTS - 1;
    }

    @SuppressWarnings("unchecked")
    private V value(int k) {
        return (V) firsts[k];
    }
}
