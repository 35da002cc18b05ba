package io.eventwire.enrich.extract;

import io.eventwire.enrich.geo.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes one event of what one article reports several times: mentions of the same sub-event type at
 * the same place within a day of each other merge (ACLED: one event per type, place and day), and a
 * death toll reported for "the clashes" without a place of its own joins the territorial battle the
 * article reports that day at that place, or at the only place near it taken that day.
 */
final class MentionMerger {

    private static final Set<String> TERRITORY = Set.of("Government regains territory",
            "Non-state actor overtakes territory");
    private static final double SAME_PLACE_KM = 3.0;
    /** How far from a town a toll's inherited place may be to count for the town's capture. */
    private static final double NEARBY_KM = 15.0;

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
            int battle = territorialBattleFor(out, clash);
            if (battle >= 0) {
                out.set(battle, out.get(battle).withCasualties(
                        Candidate.larger(out.get(battle).casualties(), clash.casualties())));
                out.remove(clash);
            }
        }
        return out;
    }

    /**
     * The territorial battle a placeless toll belongs to: the one that day at the place the toll
     * inherited, else the only place near it the article reports taken that day; -1 when none or several.
     */
    private static int territorialBattleFor(List<Candidate> candidates, Candidate clash) {
        int nearby = -1;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate battle = candidates.get(i);
            if (!TERRITORY.contains(battle.subEventType()) || !withinADay(battle, clash)) {
                continue;
            }
            if (samePlace(battle, clash)) {
                return i;
            }
            if (isNear(battle, clash)) {
                if (nearby >= 0 && !samePlace(candidates.get(nearby), battle)) {
                    return -1;
                }
                nearby = nearby < 0 ? i : nearby;
            }
        }
        return nearby;
    }

    private static boolean isNear(Candidate a, Candidate b) {
        return a.place() != null && b.place() != null && a.place().distanceKm(b.place()) <= NEARBY_KM;
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
