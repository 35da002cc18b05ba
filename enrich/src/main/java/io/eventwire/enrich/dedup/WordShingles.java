package io.eventwire.enrich.dedup;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The normalised words of a text and the hashes of its word shingles (runs of {@code size} consecutive
 * words). Words are lower-cased runs of letters and digits (with their combining marks); punctuation,
 * symbols and spaces only separate them, so quotes, dashes and apostrophes of any style read alike.
 * Hashes use a fixed seed, so they are the same in every JVM and run. Stateless and thread safe.
 */
final class WordShingles {

    private static final Hasher64 HASHER = Hashing.xxh3_64(0x5e1_5111_61e5L);

    private WordShingles() {
    }

    /** The words of {@code text}, in order, lower case. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            if (isWordPart(codePoint)) {
                word.appendCodePoint(codePoint);
            } else if (!word.isEmpty()) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * The distinct hashes of the {@code size}-word shingles of {@code words}, sorted; empty when there are
     * fewer than {@code size} words.
     */
    static long[] hashes(List<String> words, int size) {
        if (words.size() < size) {
            return new long[0];
        }
        long[] wordHashes = words.stream().mapToLong(HASHER::hashCharsToLong).toArray();
        long[] shingles = new long[wordHashes.length - size + 1];
        for (int start = 0; start < shingles.length; start++) {
            HashStream64 shingle = HASHER.hashStream();
            shingle.putLongs(wordHashes, start, size);
            shingles[start] = shingle.getAsLong();
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }
}
