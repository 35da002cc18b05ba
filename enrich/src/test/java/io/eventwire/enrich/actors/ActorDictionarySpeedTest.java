package io.eventwire.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long {@link ActorDictionary#findActors(String)} takes on a 4 KB wire article. The bound is loose, to catch
 * a change of complexity (a regular expression per alias, a string per word), not to time a machine; the
 * figure is logged.
 */
class ActorDictionarySpeedTest {

    private static final Logger LOG = LoggerFactory.getLogger(ActorDictionarySpeedTest.class);

    /** Ten times the budget of the extraction pipeline (5,000 articles a second) for this step alone. */
    private static final double BOUND_MICROS = 500;

    private static final int WARM_UP_CALLS = 6_000;
    private static final int ROUNDS = 20;
    private static final int CALLS = 500;

    private static final String PARAGRAPH = """
            BEIRUT (Reuters) - Syrian government troops backed by Russian and Iranian forces pushed into the \
            southern edge of the town on Tuesday after days of heavy bombardment, a war monitor and rebel \
            sources said. The advance brings the army within reach of the main highway, which has been held by \
            insurgents since 2012. Hayat Tahrir al-Sham, the most powerful jihadist group in the province, said \
            its fighters had repelled several attacks and destroyed two tanks. A Turkish military convoy that \
            crossed the border on Monday was hit by an air strike near the town, Ankara said, adding that three \
            civilians were killed. Residents said warplanes had struck a market and a hospital overnight, and \
            that thousands of displaced people were moving north towards camps near the frontier. "We have \
            nowhere left to go," said one resident, a father of five who asked not to be named. The United \
            Nations has warned of a humanitarian catastrophe if the fighting reaches the provincial capital, \
            which is home to about three million people, many of whom have fled other parts of the country. \
            In a statement, the National Liberation Front, a Turkey-backed alliance of rebel factions, said it \
            had sent reinforcements to the front line. Moscow denies its jets target civilians and says it \
            strikes only militants. Earlier this year, the regime and its allies launched a ground offensive \
            that has since displaced more than 400,000 people, according to aid agencies.

            """;

    private static final String ARTICLE = PARAGRAPH.repeat(3).substring(0, 4096);

    @Test
    void findsTheActorsOfAFourKilobyteArticleFast() {
        ActorDictionary actors = ActorDictionary.standard();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int found = 0;
        for (int call = 0; call < WARM_UP_CALLS; call++) {
            found += actors.findActors(ARTICLE).size();
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int call = 0; call < CALLS; call++) {
                found += actors.findActors(ARTICLE).size();
            }
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / CALLS);
        }
        LOG.info("findActors on {} characters: {} us of CPU a call (best of {} rounds of {}, after {} to warm up)",
                ARTICLE.length(), String.format("%.1f", best), ROUNDS, CALLS, WARM_UP_CALLS);

        assertThat(ARTICLE).hasSize(4096);
        assertThat(found).isGreaterThan(0);
        assertThat(best).isLessThan(BOUND_MICROS);
    }
}
