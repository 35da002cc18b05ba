package io.eventwire.enrich.geo;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Looks spans of words of one text up in the {@link KeyIndex}: exact, light and skeleton keys, candidates
 * deduplicated at their best tier, and the verdict (stop word, demonym, country or place). One per
 * {@link PlaceFinder}; not thread safe.
 */
final class SpanMatcher {

    static final byte NO_TIER = -1;
    static final byte SKELETON = 0;
    static final byte LIGHT = 1;
    static final byte EXACT = 2;

    static final int NONE = 0;
    static final int STOP = 1;
    static final int DEMONYM = 2;
    static final int COUNTRY = 3;
    static final int PLACE = 4;

    private final GazetteerData data;
    private final Tokens tokens;
    private final Tokens.SpanKeys keys = new Tokens.SpanKeys();
    private final int[] seenEpoch;
    private final int[] seenAt;
    private int epoch;

    private int[] candidates = new int[64];
    private byte[] candidateTiers = new byte[64];
    private int candidateCount;
    private int stopCategory;
    private byte stopTier;
    private int countryEntry;
    private byte countryTier;
    private int demonymEntry;
    private byte demonymTier;
    private byte placeTier;

    SpanMatcher(GazetteerData data, Tokens tokens) {
        this.data = data;
        this.tokens = tokens;
        this.seenEpoch = new int[data.entryCount];
        this.seenAt = new int[data.entryCount];
    }

    /** Forgets what belongs to the previous text (the cache of results stays: it depends only on words). */
    void newText() {
        firstWordChecked = -1;
    }

    /**
     * What the words {@code [from, to)} of the current text name. {@code acronym}: a short upper-case word, which
     * may only be a country, demonym or stop word ("US", "UN"). Results depend only on the words, so recent ones
     * are kept by exact key: words recur from article to article.
     */
    Match match(int from, int to, boolean acronym) {
        if (to - from > 1 && !startsSomeLongerName(from)) {
            return Match.NOTHING;
        }
        long exact = tokens.exactKey(from, to);
        long cacheKey = acronym ? exact ^ ACRONYM_SALT : exact;
        int slot = (int) (cacheKey ^ cacheKey >>> 31) & CACHE_SIZE - 2;
        Match known = cached[slot];
        if (known != null && cachedKey[slot] == cacheKey) {
            return known;
        }
        known = cached[slot + 1];
        if (known != null && cachedKey[slot + 1] == cacheKey) {
            return known;
        }
        known = lookUpIndex(from, to, exact, acronym);
        cached[slot + 1] = cached[slot];
        cachedKey[slot + 1] = cachedKey[slot];
        cached[slot] = known;
        cachedKey[slot] = cacheKey;
        return known;
    }

    private static final long ACRONYM_SALT = 0x5bd1e9955bd1e995L;
    /**
     * Two ways per set ({@code slot}, {@code slot + 1}), the newer first: an article's few hundred spans fill a few
     * percent of the cache, yet with one way a few pairs of them share a slot and push each other out on every
     * article (on the five seed texts, 4 of 649 lookups a round missed so, each a lookup in the index and a new
     * match); two ways keep both of a pair.
     */
    private static final int CACHE_SIZE = 1 << 13;
    private final long[] cachedKey = new long[CACHE_SIZE];
    private final Match[] cached = new Match[CACHE_SIZE];

    /**
     * What a span of words names: its kind, the place-like candidates (populated places, divisions, supplement
     * places) with the tier each matched at, and the stop category, country or demonym entry. Immutable, shared
     * through the cache: never write to its arrays.
     */
    static final class Match {
        static final Match NOTHING = new Match(NONE, new int[0], new byte[0], -1, -1, -1, NO_TIER, 0, null);

        final int kind;
        final int[] candidates;
        final byte[] tiers;
        final int stopCategory;
        final int countryEntry;
        final int demonymEntry;
        final byte placeTier;
        final int contentWords;

        // What the finder reads of each candidate, copied from the gazetteer's arrays when the match is made: it
        // reads them for every candidate of every mention, and there the entries of one name lie megabytes apart
        // (a cache miss each); here they lie side by side, and a match is made once for many mentions. Only matches
        // that can become mentions (places and countries) have them; the others' are empty and never read.
        /** Per candidate, {@link GazetteerData#type}. */
        final byte[] types;
        /** Per candidate, {@link GazetteerData#country}. */
        final short[] countries;
        /** Per candidate, {@link GazetteerData#admin1}. */
        final int[] admin1s;
        /** Per candidate, {@link GazetteerData#rank}. */
        final byte[] ranks;
        /**
         * Per candidate, {@link GazetteerData#rankingPopulation}: for a populated place its population (read here
         * from the gazetteer's array, not from the place, which lies anywhere in the heap).
         */
        final long[] rankingPopulations;
        /** Per candidate, {@link GazetteerData#logRankingPopulation}. */
        final double[] logRankingPopulations;

        Match(int kind, int[] candidates, byte[] tiers, int stopCategory, int countryEntry, int demonymEntry,
                byte placeTier, int contentWords, @Nullable GazetteerData data) {
            this.kind = kind;
            this.candidates = candidates;
            this.tiers = tiers;
            this.stopCategory = stopCategory;
            this.countryEntry = countryEntry;
            this.demonymEntry = demonymEntry;
            this.placeTier = placeTier;
            this.contentWords = contentWords;
            int n = data == null ? 0 : candidates.length;
            types = new byte[n];
            countries = new short[n];
            admin1s = new int[n];
            ranks = new byte[n];
            rankingPopulations = new long[n];
            logRankingPopulations = new double[n];
            for (int c = 0; c < n; c++) {
                int entry = candidates[c];
                types[c] = data.type[entry];
                countries[c] = data.country[entry];
                admin1s[c] = data.admin1[entry];
                ranks[c] = data.rank[entry];
                rankingPopulations[c] = data.rankingPopulation[entry];
                logRankingPopulations[c] = data.logRankingPopulation[entry];
            }
        }
    }

    private Match lookUpIndex(int from, int to, long exact, boolean acronym) {
        tokens.skeletonKeys(from, to, keys);
        int contentWords = keys.contentWords;
        KeyIndex index = data.index;
        int skeletonLink = index.first(keys.skeleton);
        int altLink = keys.skeletonAlt != 0 ? index.first(keys.skeletonAlt) : -1;
        if (skeletonLink < 0 && altLink < 0) {
            return contentWords == 1 ? Match.NOTHING
                    : new Match(NONE, new int[0], new byte[0], -1, -1, -1, NO_TIER, contentWords, null);
        }
        epoch++;
        candidateCount = 0;
        stopCategory = -1;
        stopTier = NO_TIER;
        demonymTier = NO_TIER;
        countryEntry = -1;
        countryTier = NO_TIER;
        demonymEntry = -1;
        collect(index.first(exact), EXACT, acronym);
        boolean settled = stopTier == EXACT || countryTier == EXACT || demonymTier == EXACT;
        // "The Hague" is a name; "The Syrian" or "The World" only sounds like one
        boolean article = to - from > 1 && (tokens.vocabularyCode(from, data.vocabulary) & Vocabulary.THE) != 0;
        if (!acronym && !settled && !article) {
            tokens.lightKey(from, to, keys);
            if (keys.lightUsable()) {
                collect(index.first(keys.light), LIGHT, false);
            }
            if (keys.skeletonUsable()) {
                collect(skeletonLink, SKELETON, false);
                collect(altLink, SKELETON, false);
            }
        }
        int kind = classify();
        return new Match(kind, Arrays.copyOf(candidates, candidateCount), Arrays.copyOf(candidateTiers, candidateCount),
                stopCategory, countryEntry, demonymEntry, placeTier, contentWords,
                kind == PLACE || kind == COUNTRY ? data : null);
    }

    /**
     * Whether some name of two or more words starts with the word at {@code from} (by skeleton). Asked for the first
     * word of every run of capitalised words; like {@link #match}, the answer depends only on the word and is kept
     * by its exact key, which spares the skeleton and two probes of the large {@code multiWordStarts} table.
     */
    private boolean startsSomeLongerName(int from) {
        if (firstWordChecked != from) {
            firstWordChecked = from;
            long exact = tokens.exactKey(from, from + 1);
            int slot = (int) (exact ^ exact >>> 31) & STARTS_CACHE_SIZE - 2;
            if (startsCacheKey[slot] == exact) {
                firstWordStarts = startsCacheValue[slot];
            } else if (startsCacheKey[slot + 1] == exact) {
                firstWordStarts = startsCacheValue[slot + 1];
            } else {
                tokens.skeletonKeys(from, from + 1, keys);
                firstWordStarts = data.multiWordStarts.contains(keys.skeleton)
                        || keys.skeletonAlt != 0 && data.multiWordStarts.contains(keys.skeletonAlt);
                startsCacheKey[slot + 1] = startsCacheKey[slot];
                startsCacheValue[slot + 1] = startsCacheValue[slot];
                startsCacheKey[slot] = exact;
                startsCacheValue[slot] = firstWordStarts;
            }
        }
        return firstWordStarts;
    }

    private int firstWordChecked = -1;
    private boolean firstWordStarts;
    /** Two ways per set, as in {@link #match}'s cache. */
    private static final int STARTS_CACHE_SIZE = 1 << 12;
    /** Exact keys are never 0 ({@link Hashing#finish}), so an empty slot matches no word. */
    private final long[] startsCacheKey = new long[STARTS_CACHE_SIZE];
    private final boolean[] startsCacheValue = new boolean[STARTS_CACHE_SIZE];

    private void collect(int link, byte tier, boolean acronym) {
        KeyIndex index = data.index;
        for (int l = link; l >= 0; l = index.next(l)) {
            int code = index.entry(l);
            int entry = code & GazetteerData.ENTRY_MASK;
            byte type = (byte) (code >>> GazetteerData.TYPE_SHIFT);
            if (acronym && type != GazetteerData.COUNTRY && type != GazetteerData.STOP && type != GazetteerData.DEMONYM) {
                continue;
            }
            if (type == GazetteerData.STOP && tier == SKELETON && keys.contentWords < 2) {
                continue;
            }
            if (seenEpoch[entry] == epoch) {
                int at = seenAt[entry];
                if (at >= 0 && candidateTiers[at] < tier) {
                    candidateTiers[at] = tier;
                }
                continue;
            }
            seenEpoch[entry] = epoch;
            seenAt[entry] = -1;
            switch (type) {
                case GazetteerData.STOP -> {
                    if (tier > stopTier) {
                        stopTier = tier;
                        stopCategory = data.rank[entry];
                    }
                }
                case GazetteerData.COUNTRY -> {
                    if (tier > countryTier) {
                        countryTier = tier;
                        countryEntry = entry;
                    }
                }
                case GazetteerData.DEMONYM -> {
                    if (tier > demonymTier) {
                        demonymTier = tier;
                        demonymEntry = entry;
                    }
                }
                default -> addCandidate(entry, tier);
            }
        }
    }

    private void addCandidate(int entry, byte tier) {
        if (candidateCount == candidates.length) {
            candidates = Arrays.copyOf(candidates, candidateCount * 2);
            candidateTiers = Arrays.copyOf(candidateTiers, candidateCount * 2);
        }
        seenAt[entry] = candidateCount;
        candidates[candidateCount] = entry;
        candidateTiers[candidateCount] = tier;
        candidateCount++;
    }

    private int classify() {
        placeTier = NO_TIER;
        for (int c = 0; c < candidateCount; c++) {
            placeTier = (byte) Math.max(placeTier, candidateTiers[c]);
        }
        byte best = (byte) Math.max(Math.max(countryTier, demonymTier), placeTier);
        int result;
        if (stopTier > NO_TIER && stopTier >= best) {
            result = STOP;
        } else if (countryEntry >= 0 && countryTier >= placeTier && countryTier >= demonymTier) {
            result = COUNTRY;
        } else if (demonymEntry >= 0 && demonymTier >= placeTier) {
            result = DEMONYM;
        } else if (candidateCount > 0) {
            result = PLACE;
        } else {
            result = NONE;
        }
        return result;
    }
}
