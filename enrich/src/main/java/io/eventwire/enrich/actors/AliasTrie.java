package io.eventwire.enrich.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every alias of the actor data in one trie over tokens, with country slots: an alias such as "{c} army" has a
 * slot edge that matches one country word or several coordinated ones ("Russian and Syrian"). Built by
 * {@link ActorData}, then compiled into a {@link Matcher}.
 */
final class AliasTrie {

    /** A slot in an alias: which country words it takes and whether the country fills the actor's placeholder. */
    enum Slot {
        /** {@code {c}}: a country name, demonym or capital; fills {@code {country}}. */
        COUNTRY("{c}", CountryTable.NAME | CountryTable.DEMONYM | CountryTable.CAPITAL, true),
        /** {@code {d}}: a demonym only ("Israeli strike", never "London bombing"); fills {@code {country}}. */
        DEMONYM("{d}", CountryTable.DEMONYM, true),
        /** {@code {x}}: any country word, which does not fill the placeholder ("{x}-backed rebels"). */
        ANY("{x}", CountryTable.NAME | CountryTable.DEMONYM | CountryTable.CAPITAL, false);

        private static final Slot[] ALL = values();

        final String marker;
        final int accepted;
        final boolean fills;

        Slot(String marker, int accepted, boolean fills) {
            this.marker = marker;
            this.accepted = accepted;
            this.fills = fills;
        }
    }

    /**
     * What an alias stands for. {@code ref} is null for "ignore" phrases, which hide what they contain and
     * produce no mention ("Reporters Without Borders" hides RSF, "Save the Children" hides children).
     */
    record Entry(@Nullable ActorRef ref, float confidence, boolean needsContext, String where) {}

    /** A match: tokens [start, end), its entry, the country words that fill the placeholder (may be empty). */
    record Match(int start, int end, Entry entry, List<CountryTable.Word> countries) {}

    private static final List<String> COORDINATORS = List.of("and", "or");

    private final TokenTrie.Builder<Entry> root = new TokenTrie.Builder<>();
    private int aliases;

    int size() {
        return aliases;
    }

    /**
     * Adds one alias, given as token keys and slots in order.
     *
     * @return the entry already stored for the same steps when it differs from {@code entry}, else null
     */
    @Nullable Entry add(List<Object> steps, Entry entry) {
        TokenTrie.Builder<Entry> node = root;
        for (Object step : steps) {
            node = step instanceof Slot slot ? node.slot(slot.ordinal()) : node.child((String) step);
        }
        Entry existing = node.value();
        if (existing != null) {
            boolean same = Objects.equals(existing.ref(), entry.ref()) && existing.needsContext() == entry.needsContext();
            return same ? null : existing;
        }
        node.value(entry);
        aliases++;
        return null;
    }

    /** Every token key of the aliases, for the vocabulary. */
    void collectKeys(Set<String> keys) {
        root.collectKeys(keys);
        keys.addAll(COORDINATORS);
    }

    /** The trie compiled against a vocabulary holding every key of {@link #collectKeys(Set)}. */
    Matcher compile(Vocabulary vocabulary, CountryTable.Matcher countries) {
        return new Matcher(root.compile(vocabulary, Slot.ALL.length), countries, vocabulary);
    }

    /** Finds aliases in texts read with the vocabulary it was compiled against. Immutable, thread safe. */
    static final class Matcher {
        /** Bits of each hash filter: 2^16, 8 KB. */
        private static final int FILTER_BITS = 1 << 16;
        /** {@link #starts} flag: an alias or a country word in a slot starts with the key. */
        private static final byte STARTS = 1;
        /** {@link #starts} flag: an alias can end after the key alone (itself, or a country word in a slot). */
        private static final byte ENDS_ALONE = 2;
        /** {@link #starts} flag: an alias starting with the key goes on with a slot ("pro {c} forces"). */
        private static final byte SLOT_SECOND = 4;
        /**
         * {@link #starts} flag: the key alone is a country word, with which an alias that starts with a slot may
         * start ("Syrian" in "{c} army"); such an alias goes on after it, see {@link #mayFollowCountryWord}.
         */
        private static final byte COUNTRY_WORD = 8;

        private final TokenTrie.Node<Entry> root;
        private final CountryTable.Matcher countries;
        private final int[] coordinators;
        /** By key id: {@link #STARTS}, {@link #ENDS_ALONE}, {@link #SLOT_SECOND} flags, or 0. */
        private final byte[] starts;
        /** By key id: whether a country word can start with the key. */
        private final boolean[] countryStarts;
        /** By key id: whether the key can follow a country word in an alias that starts with a slot ("army"). */
        private final boolean[] slotFollowers;
        /** Hash filters of the folded and exact keys that can start an alias: no bit, no start, no lookup. */
        private final long[] foldedFilter = new long[FILTER_BITS / 64];
        private final long[] exactFilter = new long[FILTER_BITS / 64];
        /**
         * Hash filter of (first key hash, second key hash) pairs of the aliases and country words that take two
         * words or more: most words that start an alias only in company ("the", "a") are not followed by such a word.
         */
        private final long[] pairFilter = new long[FILTER_BITS / 64];
        /**
         * Hash filter of the keys that start an alias which may end after them or go on with a slot: the others
         * ("the", "a") need a second word in {@link #pairFilter}, which is tested before their key is looked up.
         */
        private final long[] unpairedFilter = new long[FILTER_BITS / 64];

        private Matcher(TokenTrie.Node<Entry> root, CountryTable.Matcher countries, Vocabulary vocabulary) {
            this.root = root;
            this.countries = countries;
            this.coordinators = COORDINATORS.stream().mapToInt(vocabulary::id).toArray();
            this.starts = new byte[vocabulary.size()];
            this.countryStarts = new boolean[vocabulary.size()];
            for (int id : countries.firstIds()) {
                countryStarts[id] = true;
            }
            for (int id : root.childIds()) {
                TokenTrie.Node<Entry> first = root.next(id);
                addStart(id, vocabulary, first.value != null, first.childIds());
                starts[id] |= first.hasSlots() ? SLOT_SECOND : 0;
            }
            this.slotFollowers = new boolean[vocabulary.size()];
            if (root.hasSlots()) {
                boolean slotAlone = collectSlotFollowers();
                for (int id : countries.firstIds()) {
                    boolean whole = countries.isWholeWord(id);
                    addStart(id, vocabulary, whole && slotAlone, countries.secondIds(id));
                    starts[id] |= whole ? COUNTRY_WORD : 0;
                }
            }
            for (int id = 0; id < starts.length; id++) {
                if ((starts[id] & (ENDS_ALONE | SLOT_SECOND | COUNTRY_WORD)) != 0) {
                    set(unpairedFilter, keyHash(vocabulary, id));
                }
            }
        }

        /**
         * Flags the keys that follow a slot at the root ("army" after "{c}" in "{c} army").
         *
         * @return whether an alias can end with a root slot, or go on with another slot: then a country word alone
         *         may be a mention, or start one whatever follows it
         */
        private boolean collectSlotFollowers() {
            boolean alone = false;
            for (Slot slot : Slot.ALL) {
                TokenTrie.Node<Entry> node = root.slot(slot.ordinal());
                if (node == null) {
                    continue;
                }
                alone |= node.value != null || node.hasSlots();
                for (int id : node.childIds()) {
                    slotFollowers[id] = true;
                }
            }
            return alone;
        }

        private void addStart(int id, Vocabulary vocabulary, boolean endsAlone, int[] secondIds) {
            starts[id] |= endsAlone ? STARTS | ENDS_ALONE : STARTS;
            set(isExact(vocabulary, id) ? exactFilter : foldedFilter, keyHash(vocabulary, id));
            for (int second : secondIds) {
                set(pairFilter, pairHash(keyHash(vocabulary, id), keyHash(vocabulary, second)));
            }
        }

        private static boolean isExact(Vocabulary vocabulary, int id) {
            return vocabulary.key(id).startsWith(Tokens.EXACT_PREFIX);
        }

        /** The hash a text token has for the key: {@link Tokens#hash} for folded keys, else {@link Tokens#exactHash}. */
        private static int keyHash(Vocabulary vocabulary, int id) {
            String key = vocabulary.key(id);
            return isExact(vocabulary, id) ? key.substring(Tokens.EXACT_PREFIX.length()).hashCode() : key.hashCode();
        }

        private static int pairHash(int firstHash, int secondHash) {
            int h = (firstHash * 0x9E3779B9 + secondHash) * 0x85EBCA6B;
            return h ^ (h >>> 16);
        }

        private boolean startsCountryWord(Tokens tokens, int token) {
            int id = tokens.id(token);
            int exactId = tokens.exactId(token);
            return id >= 0 && countryStarts[id] || exactId >= 0 && countryStarts[exactId];
        }

        /**
         * Whether any alias can start at the token: a cheap test that rules out most words of a text. False means
         * that {@link #longestAt} finds nothing there.
         */
        boolean canStartAt(Tokens tokens, int token) {
            int hash = tokens.hash(token);
            if (isSet(foldedFilter, hash) && mayStartWith(hash, tokens, token)
                    && canStartWith(tokens.id(token), hash, tokens, token)) {
                return true;
            }
            if (!tokens.isCapitals(token)) {
                return false;
            }
            int exactHash = tokens.exactHash(token);
            return isSet(exactFilter, exactHash) && mayStartWith(exactHash, tokens, token)
                    && canStartWith(tokens.exactId(token), exactHash, tokens, token);
        }

        /**
         * Marks every token at which {@link #canStartAt} may be true, from the tokens' hashes alone: a token whose
         * folded hash is in {@link #foldedFilter} and in {@link #unpairedFilter}, or whose pair with the next token's
         * hash is in {@link #pairFilter}, or that is or precedes a token in capitals (exact keys). The separators
         * are not looked at, so more tokens are marked than can start, but no fewer. The filters are tested without
         * branching on them: a third of a text's words pass the first, at random, and a branch per word would be
         * mispredicted as often; a search then visits only the marked tokens, a fifth of a text's.
         */
        void markStarts(Tokens tokens, Starts starts) {
            int size = tokens.size;
            long[] bits = starts.reset(size);
            int hash = size == 0 ? 0 : tokens.hash(0);
            long capitals = size == 0 ? 0 : tokens.isCapitals(0) ? 1 : 0;
            // the marks of 64 tokens are gathered in a local and stored once, not or-ed into memory token by token
            long marks = 0;
            for (int token = 0; token < size; token++) {
                int next = token + 1;
                // past the last token the pair is tested with a made-up hash 0: a few more marks, never fewer
                int nextHash = next < size ? tokens.hash(next) : 0;
                long nextCapitals = next < size && tokens.isCapitals(next) ? 1 : 0;
                long mark = bit(foldedFilter, hash)
                        & (bit(unpairedFilter, hash) | bit(pairFilter, pairHash(hash, nextHash)) | nextCapitals)
                        | capitals;
                marks |= mark << token;
                if ((token & 63) == 63 || next == size) {
                    bits[token >>> 6] = marks;
                    marks = 0;
                }
                hash = nextHash;
                capitals = nextCapitals;
            }
        }

        /** The filter's bit for the hash, as 0 or 1. */
        private static long bit(long[] filter, int hash) {
            int bit = hash & (FILTER_BITS - 1);
            return filter[bit >>> 6] >>> bit & 1;
        }

        /** By hashes alone, before the key of the token is looked up: whether an alias may start with it there. */
        private boolean mayStartWith(int hash, Tokens tokens, int token) {
            return isSet(unpairedFilter, hash) || mayBeSecond(hash, tokens, token + 1);
        }

        /**
         * Whether an alias can start with the key (of the hash) at the token: it starts with the key and may end
         * right there, or the next token, joined softly, may be its second word.
         */
        private boolean canStartWith(int id, int hash, Tokens tokens, int token) {
            int flags = id >= 0 ? starts[id] : 0;
            if ((flags & ENDS_ALONE) != 0) {
                return true;
            }
            int next = token + 1;
            return flags != 0 && (mayBeSecond(hash, tokens, next) || (flags & SLOT_SECOND) != 0
                    && next < tokens.size && tokens.isSoftBefore(next) && startsCountryWord(tokens, next)
                    || (flags & COUNTRY_WORD) != 0 && mayFollowCountryWord(tokens, next));
        }

        /**
         * Whether the token can go on from a country word of one token before it in an alias that starts with a
         * slot: as a word after the slot ("Syrian army"), or as the next country word of a run ("Russian and
         * Syrian", "Russian, Syrian", "Syrian-Russian"). A third of the words that pass the other filters are
         * country words, and most of them stand alone ("in Syria.", "Turkey said"): this rules them out before the
         * trie is walked. (A country word of several tokens goes on with its second token: see the pair filter.)
         */
        private boolean mayFollowCountryWord(Tokens tokens, int token) {
            if (token >= tokens.size) {
                return false;
            }
            byte gap = tokens.gapBefore(token);
            if (gap != Tokens.SOFT) {
                return gap == Tokens.COMMA;
            }
            int id = tokens.id(token);
            int exactId = tokens.exactId(token);
            if (id >= 0 && (slotFollowers[id] || countryStarts[id])
                    || exactId >= 0 && (slotFollowers[exactId] || countryStarts[exactId])) {
                return true;
            }
            // "and", "or" go on with a run only before a country word: "Turkey and the rebels" is no run
            int after = token + 1;
            return id >= 0 && isCoordinator(id) && after < tokens.size && tokens.isSoftBefore(after)
                    && startsCountryWord(tokens, after);
        }

        /** Whether the token, joined softly, may be the second word of an alias whose first key has the hash. */
        private boolean mayBeSecond(int firstHash, Tokens tokens, int token) {
            return token < tokens.size && tokens.isSoftBefore(token)
                    && (isSet(pairFilter, pairHash(firstHash, tokens.hash(token)))
                    || tokens.isCapitals(token) && isSet(pairFilter, pairHash(firstHash, tokens.exactHash(token))));
        }

        private static void set(long[] filter, int hash) {
            int bit = hash & (FILTER_BITS - 1);
            filter[bit >>> 6] |= 1L << bit;
        }

        private static boolean isSet(long[] filter, int hash) {
            int bit = hash & (FILTER_BITS - 1);
            return (filter[bit >>> 6] & 1L << bit) != 0;
        }

        /**
         * The longest alias starting at a token; of two as long, the one with fewer slots (a named "Syrian National
         * Army" beats the pattern "{c} national army"); null when none starts there.
         *
         * @param best scratch space, reused from call to call by one thread
         */
        @Nullable Match longestAt(Tokens tokens, int start, Best best) {
            best.reset();
            walk(root, tokens, start, start, 0, List.of(), best);
            return best.entry == null ? null : new Match(start, best.end, best.entry, best.countries);
        }

        private void walk(TokenTrie.Node<Entry> node, Tokens tokens, int start, int i, int slots,
                          List<CountryTable.Word> filled, Best best) {
            if (node.value != null) {
                best.offer(i, slots, node.value, filled);
            }
            // most aliases end in a leaf: then the token after the match is not classified nor looked up
            if (node.isLeaf() || i >= tokens.size || i > start && !tokens.isSoftBefore(i)) {
                return;
            }
            TokenTrie.Node<Entry> next = node.next(tokens.id(i));
            if (next != null) {
                walk(next, tokens, start, i + 1, slots, filled, best);
            }
            next = node.next(tokens.exactId(i));
            if (next != null) {
                walk(next, tokens, start, i + 1, slots, filled, best);
            }
            if (node.hasSlots()) {
                walkSlots(node, tokens, start, i, slots, filled, best);
            }
        }

        private void walkSlots(TokenTrie.Node<Entry> node, Tokens tokens, int start, int i, int slots,
                               List<CountryTable.Word> filled, Best best) {
            if (!startsCountryWord(tokens, i)) {
                return;
            }
            CountryTable.Word first = countries.wordAt(tokens, i, CountryTable.NAME | CountryTable.DEMONYM
                    | CountryTable.CAPITAL);
            if (first == null) {
                return;
            }
            List<CountryTable.Word> run = List.of();
            int runAccepted = 0;
            for (Slot slot : Slot.ALL) {
                TokenTrie.Node<Entry> next = node.slot(slot.ordinal());
                if (next == null || (first.kinds() & slot.accepted) == 0) {
                    continue;
                }
                // slots that accept the same kinds of word ({c} and {x}) share one run
                if (slot.accepted != runAccepted) {
                    run = countryRun(tokens, first, slot.accepted);
                    runAccepted = slot.accepted;
                }
                int end = run.get(run.size() - 1).end();
                walk(next, tokens, start, end, slots + 1, slot.fills ? run : filled, best);
            }
        }

        /**
         * A country word with the ones coordinated to it: "Russian and Syrian", "Russian, Syrian and Iranian",
         * "Syrian-Russian", "Russian/Syrian".
         */
        private List<CountryTable.Word> countryRun(Tokens tokens, CountryTable.Word first, int accepted) {
            List<CountryTable.Word> run = new ArrayList<>(2);
            run.add(first);
            CountryTable.Word word = first;
            while (true) {
                int j = word.end();
                if (j >= tokens.size) {
                    break;
                }
                CountryTable.Word next = null;
                byte gap = tokens.gapBefore(j);
                if (gap == Tokens.COMMA || gap == Tokens.SOFT && isJoiner(tokens.separator(j - 1, j))) {
                    next = countries.wordAt(tokens, j, accepted);
                }
                if (next == null && gap != Tokens.HARD && isCoordinator(tokens.id(j)) && j + 1 < tokens.size
                        && tokens.isSoftBefore(j + 1)) {
                    next = countries.wordAt(tokens, j + 1, accepted);
                }
                if (next == null) {
                    break;
                }
                run.add(next);
                word = next;
            }
            return run;
        }

        private boolean isCoordinator(int id) {
            for (int coordinator : coordinators) {
                if (id == coordinator) {
                    return true;
                }
            }
            return false;
        }

        /** A hyphen or slash without spaces between two country words joins them ("Syrian-Russian"). */
        private static boolean isJoiner(char separator) {
            return separator != 0 && !Character.isWhitespace(separator) && !Tokens.isApostrophe(separator);
        }
    }

    /**
     * The tokens of one text at which an alias may start ({@link Matcher#markStarts}), one bit a token; reused from
     * text to text by one thread.
     */
    static final class Starts {
        private long[] bits = new long[16];
        private int size;

        /** The bits for a text of {@code size} tokens, each of their words to be written whole by the caller. */
        private long[] reset(int size) {
            int words = (size + 63) >>> 6;
            if (bits.length < words) {
                bits = new long[Math.max(words, bits.length * 2)];
            }
            this.size = size;
            return bits;
        }

        /** Marks one more token. */
        void mark(int token) {
            bits[token >>> 6] |= 1L << token;
        }

        /** Whether the token is marked. */
        boolean isMarked(int token) {
            return (bits[token >>> 6] >>> token & 1) != 0;
        }

        /** The first marked token from {@code token} on, or the token count when none is. */
        int next(int token) {
            if (token >= size) {
                return size;
            }
            int word = token >>> 6;
            long rest = bits[word] & -1L << token;
            while (rest == 0) {
                if (++word << 6 >= size) {
                    return size;
                }
                rest = bits[word];
            }
            return Math.min(size, word << 6 | Long.numberOfTrailingZeros(rest));
        }
    }

    /** The best match seen so far while walking the trie from one token. */
    static final class Best {
        private int end;
        private int slots;
        private @Nullable Entry entry;
        private List<CountryTable.Word> countries = List.of();

        void reset() {
            end = -1;
            slots = 0;
            entry = null;
            countries = List.of();
        }

        void offer(int end, int slots, Entry entry, List<CountryTable.Word> countries) {
            if (end > this.end || end == this.end && slots < this.slots) {
                this.end = end;
                this.slots = slots;
                this.entry = entry;
                this.countries = countries;
            }
        }
    }
}
