package io.eventwire.enrich.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops paragraphs that repeat an earlier paragraph of the same article, keeping the first: exact
 * repeats, repeats equal once case, punctuation and spacing are ignored, and, for paragraphs of
 * {@value #MIN_SHINGLED_WORDS} words or more, near repeats whose word-shingle Jaccard similarity is at
 * least {@value #NEAR_REPEAT_JACCARD}. Exact repeats are found by hashing; shingles are only compared
 * between paragraphs of compatible size (a Jaccard of 0.9 needs sizes within 10%). Stateless.
 */
final class RepeatedParagraphs {

    static final double NEAR_REPEAT_JACCARD = 0.9;
    static final int MIN_SHINGLED_WORDS = 12;

    private RepeatedParagraphs() {
    }

    /**
     * Paragraphs without repeats, and how many were dropped.
     *
     * @param paragraphs the kept paragraphs, in order
     * @param repeats    how many repeats were dropped
     */
    record Deduplicated(List<String> paragraphs, int repeats) {
    }

    static Deduplicated drop(List<String> paragraphs) {
        Set<String> keys = new HashSet<>();
        List<long[]> shingled = new ArrayList<>();
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            String key = Fingerprints.key(paragraph);
            if (!keys.add(key)) {
                continue;
            }
            long[] shingles = Fingerprints.shingles(key, MIN_SHINGLED_WORDS);
            if (shingles != null && isNearCopy(shingles, shingled)) {
                continue;
            }
            kept.add(paragraph);
            if (shingles != null) {
                shingled.add(shingles);
            }
        }
        return new Deduplicated(kept, paragraphs.size() - kept.size());
    }

    private static boolean isNearCopy(long[] shingles, List<long[]> earlier) {
        for (long[] candidate : earlier) {
            int smaller = Math.min(shingles.length, candidate.length);
            int larger = Math.max(shingles.length, candidate.length);
            if (smaller >= NEAR_REPEAT_JACCARD * larger
                    && Fingerprints.jaccard(shingles, candidate) >= NEAR_REPEAT_JACCARD) {
                return true;
            }
        }
        return false;
    }
}
