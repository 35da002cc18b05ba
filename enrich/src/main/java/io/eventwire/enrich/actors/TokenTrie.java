package io.eventwire.enrich.actors;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A trie over token keys, built with string keys and then compiled against a {@link Vocabulary} into nodes whose
 * edges are sorted key ids, so that walking it along a text costs no allocation. Nodes may also have numbered
 * slot edges (country slots of aliases). Compiled nodes are immutable.
 *
 * @param <V> what a node holds when a key sequence ends there
 */
final class TokenTrie<V> {

    /** A node while the trie is built. */
    static final class Builder<V> {
        private final Map<String, Builder<V>> next = new HashMap<>(4);
        private final Map<Integer, Builder<V>> slots = new TreeMap<>();
        private @Nullable V value;

        Builder<V> child(String key) {
            return next.computeIfAbsent(key, k -> new Builder<>());
        }

        Builder<V> slot(int slot) {
            return slots.computeIfAbsent(slot, s -> new Builder<>());
        }

        @Nullable V value() {
            return value;
        }

        void value(V value) {
            this.value = value;
        }

        /** Every key of this node and the nodes below it. */
        void collectKeys(Set<String> keys) {
            keys.addAll(next.keySet());
            next.values().forEach(child -> child.collectKeys(keys));
            slots.values().forEach(child -> child.collectKeys(keys));
        }

        Node<V> compile(Vocabulary vocabulary, int slotCount) {
            int[] ids = new int[next.size()];
            Node<V>[] children = nodes(next.size());
            Integer[] order = new Integer[next.size()];
            String[] keys = next.keySet().toArray(String[]::new);
            for (int k = 0; k < keys.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(vocabulary.id(keys[a]), vocabulary.id(keys[b])));
            for (int k = 0; k < keys.length; k++) {
                ids[k] = vocabulary.id(keys[order[k]]);
                children[k] = next.get(keys[order[k]]).compile(vocabulary, slotCount);
            }
            Node<V>[] slotChildren = slots.isEmpty() ? null : nodes(slotCount);
            slots.forEach((slot, child) -> slotChildren[slot] = child.compile(vocabulary, slotCount));
            Node<V>[] dense = ids.length < DENSE_FROM ? null : nodes(vocabulary.size());
            for (int k = 0; dense != null && k < ids.length; k++) {
                dense[ids[k]] = children[k];
            }
            return new Node<>(ids, children, dense, slotChildren, value);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <V> Node<V>[] nodes(int size) {
        return new Node[size];
    }

    /** Nodes with this many children index them by key id directly (the roots), others search sorted ids. */
    private static final int DENSE_FROM = 32;

    /** A compiled node. */
    static final class Node<V> {
        private final int[] ids;
        private final Node<V>[] children;
        private final Node<V> @Nullable [] dense;
        private final Node<V> @Nullable [] slots;
        final @Nullable V value;

        private Node(int[] ids, Node<V>[] children, Node<V> @Nullable [] dense, Node<V> @Nullable [] slots,
                     @Nullable V value) {
            this.ids = ids;
            this.children = children;
            this.dense = dense;
            this.slots = slots;
            this.value = value;
        }

        /** The child along a key id, or null ({@link Vocabulary#ABSENT} has none). */
        @Nullable Node<V> next(int id) {
            if (id < 0 || ids.length == 0) {
                return null;
            }
            if (dense != null) {
                return dense[id];
            }
            int k = Arrays.binarySearch(ids, id);
            return k < 0 ? null : children[k];
        }

        /** The child along a text token: by its folded key, else by its exact key. */
        @Nullable Node<V> next(Tokens tokens, int token) {
            Node<V> child = next(tokens.id(token));
            return child != null ? child : next(tokens.exactId(token));
        }

        /** The key ids of this node's children. */
        int[] childIds() {
            return ids.clone();
        }

        @Nullable Node<V> slot(int slot) {
            return slots == null ? null : slots[slot];
        }

        boolean hasSlots() {
            return slots != null;
        }

        /** Whether no edge leaves the node: a walk that reaches it need not look at the next token. */
        boolean isLeaf() {
            return ids.length == 0 && slots == null;
        }
    }

    private TokenTrie() {
    }
}
