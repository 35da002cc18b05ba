package io.eventwire.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.enrich.dedup.RepublicationCorpus.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures precision and recall of the standard near-duplicate decision over every pair of the generated
 * {@link RepublicationCorpus}: pairs of one family are positives, pairs of different families negatives.
 */
class NearDuplicateCorpusTest {

    static final int REPUBLICATIONS_PER_SEED = 9;

    private static final Logger LOG = LoggerFactory.getLogger(NearDuplicateCorpusTest.class);

    private static List<Article> corpus;

    @BeforeAll
    static void generateCorpus() {
        corpus = RepublicationCorpus.generate(REPUBLICATIONS_PER_SEED);
    }

    /** The confusion counts over all pairs and the similarity range each side spans. */
    record Measured(int truePositives, int falsePositives, int falseNegatives, int negatives,
            double lowestPositiveSimilarity, double highestNegativeSimilarity) {

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            int positives = truePositives + falseNegatives;
            return positives == 0 ? 1 : (double) truePositives / positives;
        }

        @Override
        public String toString() {
            return String.format("precision %.3f, recall %.3f over %d positive and %d negative pairs"
                            + " (TP %d, FP %d, FN %d); estimated similarity of positives >= %.3f, of negatives <= %.3f",
                    precision(), recall(), truePositives + falseNegatives, negatives, truePositives, falsePositives,
                    falseNegatives, lowestPositiveSimilarity, highestNegativeSimilarity);
        }
    }

    static Measured measure(List<Article> articles, ShingleSignatures signatures) {
        List<byte[]> signed = new ArrayList<>();
        for (Article article : articles) {
            signed.add(signatures.of(article.clean()).orElseThrow());
        }
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int negatives = 0;
        double lowestPositive = 1;
        double highestNegative = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                boolean sameFamily = articles.get(i).family().equals(articles.get(j).family());
                boolean flagged = signatures.nearDuplicates(signed.get(i), signed.get(j));
                double similarity = signatures.similarity(signed.get(i), signed.get(j));
                if (sameFamily) {
                    lowestPositive = Math.min(lowestPositive, similarity);
                    truePositives += flagged ? 1 : 0;
                    falseNegatives += flagged ? 0 : 1;
                } else {
                    negatives++;
                    highestNegative = Math.max(highestNegative, similarity);
                    falsePositives += flagged ? 1 : 0;
                }
            }
        }
        return new Measured(truePositives, falsePositives, falseNegatives, negatives, lowestPositive, highestNegative);
    }

    @Test
    void findsRepublicationsWithHighPrecisionAndRecall() {
        Measured measured = measure(corpus, ShingleSignatures.STANDARD);
        LOG.info("Near-duplicates on the generated corpus ({} articles, {}): {}", corpus.size(),
                ShingleSignatures.STANDARD, measured);

        assertThat(measured.truePositives() + measured.falseNegatives()).isGreaterThanOrEqualTo(200);
        assertThat(measured.negatives()).isGreaterThanOrEqualTo(1000);
        assertThat(measured.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(measured.recall()).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest(name = "random seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void holdsOnCorporaGeneratedFromOtherRandomSeeds(long randomSeed) {
        Measured measured = measure(RepublicationCorpus.generate(REPUBLICATIONS_PER_SEED, randomSeed),
                ShingleSignatures.STANDARD);
        LOG.info("Near-duplicates on the corpus of random seed {}: {}", randomSeed, measured);

        assertThat(measured.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(measured.recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void reportsOfTheSameEventInOtherWordsAreNotNearDuplicates() {
        List<Article> sameEvent = corpus.stream()
                .filter(article -> List.of("seed-000", "seed-003", "seed-004").contains(article.id())
                        || article.family().startsWith("same-event-"))
                .toList();
        assertThat(sameEvent).hasSize(8);

        Measured measured = measure(sameEvent, ShingleSignatures.STANDARD);

        assertThat(measured.negatives()).isEqualTo(8 * 7 / 2);
        assertThat(measured.falsePositives()).isZero();
    }
}
