package io.eventwire.enrich.clean;

import io.eventwire.enrich.text.SortedHashes;
import org.jspecify.annotations.Nullable;

/**
 * Comparison forms of a paragraph: a case- and punctuation-free key, and the hashes of its word
 * shingles as a sorted array (no boxing). Stateless.
 */
final class Fingerprints {

    private static final int SHINGLE_WORDS = 3;
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private Fingerprints() {
    }

    /** Lower-cased letters and digits, every other run of characters turned into one space. */
    static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                pendingSpace = key.length() > 0;
                continue;
            }
            if (pendingSpace) {
                key.append(' ');
                pendingSpace = false;
            }
            key.append(c < 128 ? asciiLowerCase(c) : Character.toLowerCase(c));
        }
        return key.toString();
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    private static char asciiLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * Sorted, distinct hashes of every run of three consecutive words of a key; null when the key has
     * fewer than {@code minWords} words.
     */
    static long @Nullable [] shingles(String key, int minWords) {
        int[] words = wordHashes(key);
        if (words.length < minWords) {
            return null;
        }
        int count = Math.max(0, words.length - SHINGLE_WORDS + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            shingles[i] = ((words[i] * MIX) + words[i + 1]) * MIX + words[i + 2];
        }
        return SortedHashes.of(shingles);
    }

    /** Jaccard similarity of two sorted, distinct shingle arrays. */
    static double jaccard(long[] a, long[] b) {
        return SortedHashes.jaccard(a, b);
    }

    private static int[] wordHashes(String key) {
        int[] hashes = new int[Lines.words(key)];
        int word = 0;
        int hash = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ') {
                hashes[word++] = hash;
                hash = 0;
            } else {
                hash = 31 * hash + c;
            }
        }
        if (!key.isEmpty()) {
            hashes[word] = hash;
        }
        return hashes;
    }
}
