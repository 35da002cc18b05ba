package io.eventwire.enrich.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * The tolerances of cross-article matching, validated when built.
 *
 * @param dateToleranceDays how many days apart two reports' date ranges may be and still describe
 *     one event (outlets date an overnight strike a day apart; a town is entered one day and taken the next)
 * @param exactRadiusKm how far from its named place an event coded at the place itself may be
 * @param nearRadiusKm how far from its named place an event coded "near" the place may be
 * @param admin2RadiusKm how far from its point an event known only to its district may be
 * @param sameWordsSimilarity Jaccard similarity of the evidence sentences' words above which two
 *     mentions of the same type are the same report (republished wire copy), wherever they were placed
 * @param maxSpanDays mentions whose date range is longer than this are too vague to merge
 * @param maxComponent most mentions considered together when resolving one new mention
 */
public record ResolutionRules(int dateToleranceDays, double exactRadiusKm, double nearRadiusKm,
        double admin2RadiusKm, double sameWordsSimilarity, int maxSpanDays, int maxComponent) {

    public ResolutionRules {
        List<String> problems = new ArrayList<>();
        if (dateToleranceDays < 0) {
            problems.add("date tolerance must not be negative, got " + dateToleranceDays);
        }
        if (exactRadiusKm < 0 || nearRadiusKm < exactRadiusKm || admin2RadiusKm < nearRadiusKm) {
            problems.add("radii must grow from exact to near to admin2, got " + exactRadiusKm + ", "
                    + nearRadiusKm + ", " + admin2RadiusKm);
        }
        if (sameWordsSimilarity <= 0 || sameWordsSimilarity > 1) {
            problems.add("same-words similarity must be in (0, 1], got " + sameWordsSimilarity);
        }
        if (maxSpanDays < 0) {
            problems.add("max span must not be negative, got " + maxSpanDays);
        }
        if (maxComponent < 2) {
            problems.add("max component must be at least 2, got " + maxComponent);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid resolution rules: " + String.join("; ", problems));
        }
    }

    /** The defaults: two days, 3/15/40 km, 0.6 word similarity, two-week spans, 200 mentions. */
    public static ResolutionRules defaults() {
        return new ResolutionRules(2, 3, 15, 40, 0.6, 14, 200);
    }
}
