package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.enrich.text.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleContextTest {

    private record At(int start, int end) implements TextSpan {}

    @Test
    void findsTheMentionsInsideARange() {
        List<At> mentions = List.of(new At(0, 4), new At(10, 15), new At(14, 20), new At(20, 25), new At(30, 31));
        int[] starts = ArticleContext.startsIfSorted(mentions);

        assertThat(starts).containsExactly(0, 10, 14, 20, 30);
        assertThat(ArticleContext.within(mentions, starts, 10, 25))
                .containsExactly(new At(10, 15), new At(14, 20), new At(20, 25));
        assertThat(ArticleContext.within(mentions, starts, 11, 24)).containsExactly(new At(14, 20));
        assertThat(ArticleContext.within(mentions, starts, 31, 40)).isEmpty();
    }

    @Test
    void bisectionGivesWhatAWalkOverAllMentionsGives() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            List<At> mentions = new ArrayList<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                int start = random.nextInt(60);
                mentions.add(new At(start, start + 1 + random.nextInt(8)));
            }
            mentions.sort(Comparator.comparingInt(At::start));
            int from = random.nextInt(70);
            int to = from + random.nextInt(30);

            assertThat(ArticleContext.sortedByStart(mentions)).isTrue();
            assertThat(ArticleContext.within(mentions, ArticleContext.startsIfSorted(mentions), from, to))
                    .isEqualTo(ArticleContext.within(mentions, null, from, to));
        }
    }

    @Test
    void mentionsOutOfOrderAreWalkedInFull() {
        List<At> mentions = List.of(new At(20, 25), new At(0, 4), new At(12, 14));

        assertThat(ArticleContext.sortedByStart(mentions)).isFalse();
        assertThat(ArticleContext.within(mentions, null, 0, 15)).containsExactly(new At(0, 4), new At(12, 14));
    }
}
