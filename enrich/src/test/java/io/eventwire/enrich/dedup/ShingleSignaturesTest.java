package io.eventwire.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eventwire.schema.CleanArticle;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShingleSignaturesTest {

    private static final String REPORT = "Government forces advanced on the town on Tuesday after heavy air strikes"
            + " overnight, a monitoring group said. Rebels said they had pulled back to positions further north to"
            + " regroup, while residents fled towards the border. The monitor said at least twelve fighters had been"
            + " killed on both sides since the offensive resumed at the weekend, and that a convoy of armoured"
            + " vehicles had stopped on the main road north of the town.";

    private final ShingleSignatures signatures = ShingleSignatures.STANDARD;

    @Test
    void identicalTextsAreFullySimilarAndShareEveryBand() {
        byte[] signature = signatures.of(REPORT).orElseThrow();
        byte[] again = signatures.of(REPORT).orElseThrow();

        assertThat(again).isEqualTo(signature);
        assertThat(signatures.similarity(signature, again)).isEqualTo(1.0);
        assertThat(signatures.bandKeys(again)).isEqualTo(signatures.bandKeys(signature));
        assertThat(signatures.nearDuplicates(signature, again)).isTrue();
    }

    @Test
    void aCopyWithAnEditedSentenceAndBoilerplateIsANearDuplicate() {
        String copy = "Breaking News\n" + REPORT.replace("at least twelve fighters", "at least 12 fighters")
                .replace("after heavy air strikes", "after heavy strikes") + "\nFollow us for the latest updates.";

        byte[] original = signatures.of(REPORT).orElseThrow();
        byte[] republished = signatures.of(copy).orElseThrow();

        assertThat(signatures.similarity(original, republished)).isBetween(0.6, 1.0);
        assertThat(signatures.nearDuplicates(original, republished)).isTrue();
    }

    @Test
    void aReportOfTheSameEventInOtherWordsIsNotANearDuplicate() {
        String other = "Rebel fighters withdrew from the town overnight as the army pressed its offensive with air"
                + " strikes, activists reported. A dozen combatants died in the fighting, a war monitor said, and"
                + " thousands of civilians headed for the border.";

        byte[] original = signatures.of(REPORT).orElseThrow();
        byte[] report = signatures.of(other).orElseThrow();

        assertThat(signatures.similarity(original, report)).isLessThan(0.1);
        assertThat(signatures.nearDuplicates(original, report)).isFalse();
    }

    @Test
    void estimatesTheJaccardSimilarityOfTheShingleSets() {
        ShingleSignatures singleWords = new ShingleSignatures(1, 144, 48, 0.3);
        String first = words(0, 1000);
        String second = words(500, 1500);

        double similarity = singleWords.similarity(singleWords.of(first).orElseThrow(),
                singleWords.of(second).orElseThrow());

        assertThat(similarity).isCloseTo(500.0 / 1500, within(0.1));
    }

    @Test
    void aTextShorterThanAShingleHasNoSignature() {
        assertThat(signatures.of("Three words only")).isEmpty();
        assertThat(signatures.of(" … ")).isEmpty();
    }

    @Test
    void signsTheHeadlineAndParagraphsOfAnArticle() {
        CleanArticle article = CleanArticle.newBuilder()
                .setArticleId("a1")
                .setSourceUri("file:a1.txt")
                .setHeadline("Forces advance on the town")
                .setParagraphs(List.of("First paragraph of the story.", "Second paragraph of the story."))
                .setCleanedAt(Instant.EPOCH)
                .build();

        assertThat(signatures.of(article)).contains(signatures.of(
                "Forces advance on the town\nFirst paragraph of the story.\nSecond paragraph of the story.").orElseThrow());
    }

    @Test
    void cutsTheSignatureIntoNumberedBands() {
        List<String> keys = signatures.bandKeys(signatures.of(REPORT).orElseThrow());

        assertThat(keys).hasSize(48).doesNotHaveDuplicates();
        assertThat(keys.get(0)).matches("0:[0-9a-f]{16}");
        assertThat(keys.get(47)).startsWith("47:");
        assertThat(signatures.signatureBytes()).isEqualTo(144 * 4);
    }

    @Test
    void signaturesAndBandsAreTheSameInEveryRun() {
        assertThat(signatures.bandKeys(signatures.of(REPORT).orElseThrow()).get(0)).isEqualTo("0:b16e0f0132bc6f1c");
    }

    @Test
    void rejectsComponentsThatDoNotSplitIntoTheBands() {
        assertThrows(IllegalArgumentException.class, () -> new ShingleSignatures(4, 100, 48, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new ShingleSignatures(0, 144, 48, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new ShingleSignatures(4, 144, 48, 0));
    }

    private static String words(int from, int to) {
        return IntStream.range(from, to).mapToObj(n -> "w" + n).collect(Collectors.joining(" "));
    }
}
