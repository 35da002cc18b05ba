package io.eventwire.enrich.dedup;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.dynatrace.hash4j.similarity.SuperMinHashVersion;
import io.eventwire.schema.CleanArticle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Near-duplicate detection's parameters and arithmetic: the SuperMinHash signature of an article's word
 * shingles, the LSH band keys of a signature, the Jaccard similarity of two articles' shingle sets
 * estimated from their signatures, and the decision whether two signatures are near-duplicates.
 *
 * <p>A signature has {@code components} components of {@value #BITS_PER_COMPONENT} bits (hash4j's
 * SuperMinHash, pinned to version V1 so stored signatures stay comparable across library upgrades). It is
 * cut into {@code bands} bands of {@code components / bands} rows; two signatures that agree on every row
 * of at least one band share that band's key and are candidates. Candidates are near-duplicates when the
 * estimated similarity is at least {@code threshold}. Every hash has a fixed seed, so signatures and band
 * keys are the same in every JVM and run. Immutable and thread safe.
 */
final class ShingleSignatures {

    /** Bits per signature component: false agreements of unrelated components are then negligible. */
    static final int BITS_PER_COMPONENT = 32;

    /** The tuned parameters; {@code docs/near-duplicates.md} has how they were chosen and what they measure. */
    static final ShingleSignatures STANDARD = new ShingleSignatures(4, 144, 48, 0.3);

    private static final Hasher64 BAND_HASHER = Hashing.xxh3_64(0xba_4d5L);

    private final int shingleWords;
    private final int bands;
    private final int rows;
    private final double threshold;
    private final SimilarityHashPolicy policy;

    /**
     * @param shingleWords words per shingle
     * @param components signature components, a multiple of {@code bands}
     * @param bands LSH bands
     * @param threshold least estimated Jaccard similarity of near-duplicates, in (0, 1]
     */
    ShingleSignatures(int shingleWords, int components, int bands, double threshold) {
        if (shingleWords < 1 || bands < 1 || components < bands || components % bands != 0) {
            throw new IllegalArgumentException("need shingleWords >= 1 and components a positive multiple of bands, got "
                    + shingleWords + ", " + components + ", " + bands);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.shingleWords = shingleWords;
        this.bands = bands;
        this.rows = components / bands;
        this.threshold = threshold;
        this.policy = SimilarityHashing.superMinHash(components, BITS_PER_COMPONENT, SuperMinHashVersion.V1);
    }

    /** The signature of the article's headline and paragraphs; empty when they have too few words. */
    Optional<byte[]> of(CleanArticle article) {
        StringBuilder text = new StringBuilder(article.getHeadline() == null ? "" : article.getHeadline());
        for (String paragraph : article.getParagraphs()) {
            text.append('\n').append(paragraph);
        }
        return of(text.toString());
    }

    /** The signature of a text; empty when it has fewer words than a shingle. */
    Optional<byte[]> of(String text) {
        long[] shingles = WordShingles.hashes(WordShingles.words(text), shingleWords);
        if (shingles.length == 0) {
            return Optional.empty();
        }
        return Optional.of(policy.createHasher().compute(ElementHashProvider.ofValues(shingles)));
    }

    /** One key per band, {@code "<band>:<hex hash of the band's components>"}, in band order. */
    List<String> bandKeys(byte[] signature) {
        List<String> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            HashStream64 hash = BAND_HASHER.hashStream().putInt(band);
            for (int row = 0; row < rows; row++) {
                hash.putLong(policy.getComponent(signature, band * rows + row));
            }
            keys.add(band + ":" + HexFormat.of().toHexDigits(hash.getAsLong()));
        }
        return keys;
    }

    /** The Jaccard similarity of the two shingle sets, estimated as the share of equal components. */
    double similarity(byte[] signature, byte[] other) {
        return policy.getFractionOfEqualComponents(signature, other);
    }

    /** Whether an estimated similarity makes two articles near-duplicates. */
    boolean isNearDuplicate(double similarity) {
        return similarity >= threshold;
    }

    /** Whether two signatures share a band (are candidates) and are similar enough: the whole decision. */
    boolean nearDuplicates(byte[] signature, byte[] other) {
        List<String> keys = bandKeys(signature);
        List<String> otherKeys = bandKeys(other);
        boolean candidates = false;
        for (int band = 0; band < bands && !candidates; band++) {
            candidates = keys.get(band).equals(otherKeys.get(band));
        }
        return candidates && isNearDuplicate(similarity(signature, other));
    }

    /** Signature size in bytes, as stored. */
    int signatureBytes() {
        return policy.getSignatureSizeInBytes();
    }

    @Override
    public String toString() {
        return "k=" + shingleWords + " words, " + bands * rows + " components, " + bands + " bands x " + rows
                + " rows, threshold " + threshold;
    }
}
