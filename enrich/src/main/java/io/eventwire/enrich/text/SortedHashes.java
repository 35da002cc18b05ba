package io.eventwire.enrich.text;

import java.util.Arrays;

/** Sets of 64-bit hashes (words, shingles) held as sorted arrays without repeats, compared by a merge. */
public final class SortedHashes {

    private SortedHashes() {
    }

    /** {@code hashes} sorted with repeats dropped; sorts {@code hashes} in place. */
    public static long[] of(long[] hashes) {
        Arrays.sort(hashes);
        int size = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[size++] = hashes[i];
            }
        }
        return size == hashes.length ? hashes : Arrays.copyOf(hashes, size);
    }

    /** Jaccard similarity of two sets from {@link #of}; 1 when both are empty. */
    public static double jaccard(long[] a, long[] b) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 1.0 : (double) common / union;
    }
}
