package io.eventwire.enrich.numbers;

import io.eventwire.enrich.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the casualty figures a sentence reports.
 *
 * <p>A figure is a number phrase (see {@code QuantityReader}) tied to a death or injury predicate:
 * <ul>
 *   <li>as its object, after it: "killing 3 civilians", "cost the lives of 19 jihadists", "the bodies of 12";</li>
 *   <li>as its subject, before it: "21 fighters ... were killed", "96 civilians ... have died", "965 dead",
 *       "12 people lost their lives".</li>
 * </ul>
 * Numbers joined by "and" or commas under one predicate add up ("19 jihadists and 12 pro-regime fighters":
 * 31), as do figures joined later in the clause by "along with", "as well as", "in addition to"; subsets
 * ("including 18 jihadists", "238 of them children") are never added. A death figure and an injury figure
 * side by side are one entry ("killing three civilians and wounding another 12"); other figures are separate
 * entries (separate incidents). "killed or wounded" gives only an upper bound on the dead.
 *
 * <p>Estimates: an exact number gives low = best = high; "at least"/"more than"/"over" give low = best and
 * no high; "up to"/"as many as"/"nearly" give best = high and no low; "about"/"some"/"an estimated" give best
 * only; "10 to 15" and "between 10 and 15" give low = best = 10, high = 15. Vague quantities are read at their
 * literal minimum as low = best with no high: "dozens" 24, "scores" 40, "hundreds" 200, "thousands" 2,000,
 * "tens of thousands" 20,000, "several" and "a few" 3 (the data file {@code number-words.txt}). "a"/"an"
 * before a singular person noun is one ("a soldier was killed"), "no one" zero.
 *
 * <p>Cumulative totals are flagged, not dropped: a "since" phrase, "so far", "in total", "to date",
 * "overall", "altogether", "this year", "over the past ...", "a tally" in the figure's clause; a sentence opening
 * "Since ...", "So far", "In total"; a toll that rose ("the death toll has risen to 50"), unless tied to one
 * incident ("the toll from the bombing rose to 50"); "the war/conflict has claimed the lives of ...".
 *
 * <p>Immutable and thread safe; each call is linear in the sentence.
 */
public final class CasualtyExtractor {

    private static final CasualtyExtractor STANDARD = new CasualtyExtractor();

    private CasualtyExtractor() {
    }

    public static CasualtyExtractor standard() {
        return STANDARD;
    }

    /** Casualty figures in one sentence, in text order: usually none or one. */
    public List<Casualties> find(String sentence) {
        if (!CasualtyWord.PREDICATES.containsAnyWordOf(sentence)) {
            return List.of();
        }
        Tokens<CasualtyWord> tokens = Tokens.of(sentence, CasualtyWord.LEXICON);
        List<CasualtyReading.Finding> findings = new CasualtyReading(tokens).findings();
        return merge(tokens, findings);
    }

    /**
     * Casualty figures in one sentence already cut into tokens (with any lexicon): the same as
     * {@link #find(String)} on the sentence's text.
     */
    public List<Casualties> find(Tokens<?> sentence) {
        if (!sentence.hasAnyWordOf(CasualtyWord.PREDICATES)) {
            return List.of();
        }
        Tokens<CasualtyWord> tokens = sentence.with(CasualtyWord.LEXICON);
        List<CasualtyReading.Finding> findings = new CasualtyReading(tokens).findings();
        return merge(tokens, findings);
    }

    /**
     * Pairs a death figure with an injury figure right next to it; every other figure stands alone, except that the
     * dead of two clauses joined by "and" are one toll ("two soldiers were killed and five rebels died": seven).
     */
    private static List<Casualties> merge(Tokens<CasualtyWord> t, List<CasualtyReading.Finding> found) {
        List<CasualtyReading.Finding> findings = withCoordinatedDeadAdded(t, found);
        List<Casualties> result = new ArrayList<>(findings.size());
        CasualtyReading.Finding killed = null;
        CasualtyReading.Finding injured = null;
        for (CasualtyReading.Finding f : findings) {
            CasualtyReading.Finding last = killed == null ? injured
                    : injured == null ? killed : (killed.last() > injured.last() ? killed : injured);
            boolean pairs = last != null && (f.injury() ? injured == null : killed == null) && f.first() - last.last() <= 4
                    && !hasStop(t, last.last(), f.first());
            if (!pairs && last != null) {
                result.add(casualties(t, killed, injured));
                killed = null;
                injured = null;
            }
            if (f.injury()) {
                injured = f;
            } else {
                killed = f;
            }
        }
        if (killed != null || injured != null) {
            result.add(casualties(t, killed, injured));
        }
        return result;
    }

    private static List<CasualtyReading.Finding> withCoordinatedDeadAdded(Tokens<CasualtyWord> t,
            List<CasualtyReading.Finding> findings) {
        if (findings.size() < 2) {
            return findings;
        }
        List<CasualtyReading.Finding> result = new ArrayList<>(findings.size());
        for (CasualtyReading.Finding f : findings) {
            CasualtyReading.Finding previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (previous != null && isDead(previous) && isDead(f) && f.first() == previous.last() + 2
                    && t.is(previous.last() + 1, "and")) {
                result.set(result.size() - 1, new CasualtyReading.Finding(false, previous.quantity().plus(f.quantity()),
                        previous.first(), f.last(), false));
            } else {
                result.add(f);
            }
        }
        return result;
    }

    private static boolean isDead(CasualtyReading.Finding f) {
        return !f.injury() && !f.cumulative() && !f.quantity().subset() && f.quantity().best() != null;
    }

    private static boolean hasStop(Tokens<CasualtyWord> t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.isPunctAny(k, ".;:")) {
                return true;
            }
        }
        return false;
    }

    private static Casualties casualties(Tokens<CasualtyWord> t, CasualtyReading.@Nullable Finding killed,
            CasualtyReading.@Nullable Finding injured) {
        int first = Math.min(killed == null ? Integer.MAX_VALUE : killed.first(), injured == null ? Integer.MAX_VALUE : injured.first());
        int last = Math.max(killed == null ? -1 : killed.last(), injured == null ? -1 : injured.last());
        Long injuredCount = injured == null ? null : injured.quantity().single();
        return new Casualties(
                killed == null ? null : toInt(killed.quantity().low()),
                killed == null ? null : toInt(killed.quantity().best()),
                killed == null ? null : toInt(killed.quantity().high()),
                toInt(injuredCount),
                (killed != null && killed.cumulative()) || (injured != null && injured.cumulative()),
                t.start(first), t.end(last));
    }

    private static @Nullable Integer toInt(@Nullable Long value) {
        return value == null ? null : (int) Math.min(value, Integer.MAX_VALUE);
    }
}
