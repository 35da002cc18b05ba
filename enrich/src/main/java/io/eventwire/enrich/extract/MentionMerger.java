package io.eventwire.enrich.extract;

import io.eventwire.enrich.geo.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes one event of what one article reports several times: mentions of the same sub-event type at
 * the same place within a day of each other merge (ACLED: one event per type, place and day), and a
 * death toll reported for "the clashes" without a place of its own joins the territorial battle the
 * article reports that day at that place.
 */
final class MentionMerger {

    private static final Set<String> TERRITORY = Set.of("Government regains territory",
            "Non-state actor overtakes territory");
    private static final double SAME_PLACE_KM = 3.0;

    private MentionMerger() {
    }

    /** The article's events, each once, in order of first mention. */
    static List<Candidate> merge(List<Candidate> candidates) {
        List<Candidate> merged = new ArrayList<>();
        for (Candidate candidate : foldTollsIntoBattles(candidates)) {
            int same = indexOfSame(merged, candidate);
            if (same < 0) {
                merged.add(candidate);
            } else {
                merged.set(same, merged.get(same).absorb(candidate));
            }
        }
        return merged;
    }

    private static List<Candidate> foldTollsIntoBattles(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates);
        for (Candidate clash : candidates) {
            if (!clash.subEventType().equals("Armed clash") || clash.placeInSentence() || clash.casualties() == null) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Candidate battle = out.get(i);
                if (TERRITORY.contains(battle.subEventType()) && samePlace(battle, clash) && withinADay(battle, clash)) {
                    out.set(i, battle.withCasualties(Candidate.larger(battle.casualties(), clash.casualties())));
                    out.remove(clash);
                    break;
                }
            }
        }
        return out;
    }

    private static int indexOfSame(List<Candidate> merged, Candidate candidate) {
        for (int i = 0; i < merged.size(); i++) {
            Candidate other = merged.get(i);
            if (other.subEventType().equals(candidate.subEventType()) && samePlace(other, candidate)
                    && withinADay(other, candidate)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean withinADay(Candidate a, Candidate b) {
        return !a.dateMin().isAfter(b.dateMax().plusDays(1)) && !b.dateMin().isAfter(a.dateMax().plusDays(1));
    }

    static boolean samePlace(Candidate a, Candidate b) {
        Place p = a.place();
        Place q = b.place();
        if (p == null || q == null) {
            return p == q;
        }
        if (p.geonamesId() != null && p.geonamesId().equals(q.geonamesId())) {
            return true;
        }
        return p.distanceKm(q) <= SAME_PLACE_KM;
    }
}
