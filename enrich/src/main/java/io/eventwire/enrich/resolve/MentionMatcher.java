package io.eventwire.enrich.resolve;

import io.eventwire.enrich.geo.Place;
import io.eventwire.schema.Actor;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.EventType;
import io.eventwire.schema.GeoPrecision;
import io.eventwire.schema.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether two mentions from different articles describe one real-world event, and how
 * strongly. Symmetric: {@code score(a, b)} equals {@code score(b, a)}. Immutable and thread safe.
 *
 * <p>Two mentions are the same event when nothing conflicts (different articles, compatible
 * sub-event types, dates within the tolerance, actors that agree, fatality figures of one order)
 * and either their places fit (same GeoNames id, within the sum of both places' precision radii in
 * the same admin1, or a place inside a region the other names) or their evidence sentences are
 * nearly the same words (republished copy, which may have been placed differently). Reports of one
 * sub-event type at one exact place on one day are one event even when their actors or tolls differ.
 */
public final class MentionMatcher {

    private static final int FATALITY_RATIO = 3;
    private static final int FATALITY_SLACK = 5;

    private final SameEventTypes types;
    private final ResolutionRules rules;

    public MentionMatcher(SameEventTypes types, ResolutionRules rules) {
        this.types = types;
        this.rules = rules;
    }

    /** How well two places fit one event. */
    enum PlaceFit { SAME, CLOSE, INSIDE_REGION, UNKNOWN, APART }

    /** The match score of two mentions (higher is surer), or empty when they are not one event. */
    public OptionalDouble score(EventMention a, EventMention b) {
        return score(new Report(a), new Report(b));
    }

    /**
     * Whether two mentions cannot be one event: {@linkplain #reportsDisagree they disagree}, or
     * their places are apart and they are not the same report republished.
     */
    public boolean conflicts(EventMention a, EventMention b) {
        return conflicts(new Report(a), new Report(b));
    }

    OptionalDouble score(Report a, Report b) {
        if (reportsDisagree(a, b) || tooVague(a) || tooVague(b)) {
            return OptionalDouble.empty();
        }
        EventMention x = a.mention();
        EventMention y = b.mention();
        PlaceFit fit = placeFit(x.getLocation(), y.getLocation());
        boolean placesFit = fit == PlaceFit.SAME || fit == PlaceFit.CLOSE || fit == PlaceFit.INSIDE_REGION;
        if (!placesFit && !x.getSubEventType().equals(y.getSubEventType())) {
            return OptionalDouble.empty();
        }
        double words = Mentions.jaccard(a.words(), b.words());
        if (!placesFit && !isSameReport(x, y, words)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 + placeScore(fit, x.getLocation(), y.getLocation()) + dateScore(a, b)
                + typeScore(x, y) + actorScore(x, y) + 2 * words);
    }

    boolean conflicts(Report a, Report b) {
        EventMention x = a.mention();
        EventMention y = b.mention();
        return reportsDisagree(a, b)
                || placeFit(x.getLocation(), y.getLocation()) == PlaceFit.APART
                        && !(x.getSubEventType().equals(y.getSubEventType())
                                && isSameReport(x, y, Mentions.jaccard(a.words(), b.words())));
    }

    /**
     * Whether two mentions disagree on anything but the place: same article (its extraction already
     * kept them apart), different country, incompatible types, dates too far apart, actors that
     * disagree, or fatality figures of different orders.
     */
    private boolean reportsDisagree(Report a, Report b) {
        EventMention x = a.mention();
        EventMention y = b.mention();
        return a.daysApart(b) > rules.dateToleranceDays()
                || x.getEventType() != y.getEventType()
                || x.getArticleId().equals(y.getArticleId())
                || !a.block().equals(b.block())
                || !types.compatible(x.getSubEventType(), y.getSubEventType())
                || (!actorsAgree(x, y) || fatalitiesDiffer(x, y)) && !sameTypePlaceAndDay(a, b);
    }

    /**
     * Same sub-event type at the same place on the same single day: one event as a coder counts them
     * (one per type, location and day), whoever each outlet says acted and whatever toll it gives.
     * Outlets often blame a strike on different forces, or count its dead differently.
     */
    private boolean sameTypePlaceAndDay(Report a, Report b) {
        EventMention x = a.mention();
        EventMention y = b.mention();
        return x.getSubEventType().equals(y.getSubEventType())
                && a.dated() && b.dated() && a.spanDays() == 0 && b.spanDays() == 0 && a.firstDay() == b.firstDay()
                && isExactPlace(x.getLocation()) && isExactPlace(y.getLocation())
                && placeFit(x.getLocation(), y.getLocation()) == PlaceFit.SAME;
    }

    /** Same sub-event type told in nearly the same words: one report, republished. */
    private boolean isSameReport(EventMention a, EventMention b, double wordSimilarity) {
        return wordSimilarity >= rules.sameWordsSimilarity() && a.getSubEventType().equals(b.getSubEventType());
    }

    private boolean tooVague(Report report) {
        return !report.dated() || report.spanDays() > rules.maxSpanDays();
    }

    PlaceFit placeFit(@Nullable Location a, @Nullable Location b) {
        if (a == null || b == null || isCountryOnly(a) || isCountryOnly(b)) {
            return PlaceFit.UNKNOWN;
        }
        if (!Objects.equals(a.getCountryCode(), b.getCountryCode())) {
            return PlaceFit.APART;
        }
        if (a.getGeonamesId() != null && a.getGeonamesId().equals(b.getGeonamesId())) {
            return PlaceFit.SAME;
        }
        boolean sameAdmin1 = a.getAdmin1() != null && a.getAdmin1().equals(b.getAdmin1());
        if (isRegion(a) || isRegion(b)) {
            return sameAdmin1 ? PlaceFit.INSIDE_REGION : PlaceFit.APART;
        }
        if (a.getAdmin1() != null && b.getAdmin1() != null && !sameAdmin1) {
            return PlaceFit.APART;
        }
        if (!hasPoint(a) || !hasPoint(b)) {
            return a.getName().equals(b.getName()) ? PlaceFit.SAME : PlaceFit.APART;
        }
        return distanceKm(a, b) <= radiusKm(a) + radiusKm(b) ? PlaceFit.CLOSE : PlaceFit.APART;
    }

    private double placeScore(PlaceFit fit, @Nullable Location a, @Nullable Location b) {
        return switch (fit) {
            case SAME -> 2;
            case CLOSE -> 1 - distanceKm(a, b) / (radiusKm(a) + radiusKm(b) + 1);
            case INSIDE_REGION -> 0.5;
            case UNKNOWN, APART -> 0;
        };
    }

    private double dateScore(Report a, Report b) {
        long apart = a.daysApart(b);
        return apart < 0 ? 0 : 1 - (double) apart / (rules.dateToleranceDays() + 1);
    }

    private static double typeScore(EventMention a, EventMention b) {
        return a.getSubEventType().equals(b.getSubEventType()) ? 1 : 0;
    }

    private static double actorScore(EventMention a, EventMention b) {
        return (sameName(a.getActor1(), b.getActor1()) ? 0.5 : 0) + (sameName(a.getActor2(), b.getActor2()) ? 0.5 : 0);
    }

    /**
     * Actors agree when either side names none; in battles, where who is "actor1" is the outlet's
     * choice, when any actor of one agrees with any of the other; otherwise when the actors1 agree or
     * one report does not say who acted (outlets name the victims differently, so actor2 may differ).
     */
    private static boolean actorsAgree(EventMention a, EventMention b) {
        List<Actor> aActors = actors(a);
        List<Actor> bActors = actors(b);
        if (aActors.isEmpty() || bActors.isEmpty()) {
            return true;
        }
        if (a.getEventType() == EventType.BATTLES) {
            return aActors.stream().anyMatch(x -> bActors.stream().anyMatch(y -> agree(x, y)));
        }
        return a.getActor1() == null || b.getActor1() == null || isUnidentified(a.getActor1())
                || isUnidentified(b.getActor1()) || agree(a.getActor1(), b.getActor1());
    }

    /**
     * An unidentified perpetrator ("Unidentified Armed Group (Sudan)") is what a report codes when it cannot name
     * one: it agrees with any perpetrator another report names.
     */
    static boolean isUnidentified(Actor actor) {
        return actor.getName().startsWith(UNIDENTIFIED);
    }

    /**
     * Two actors agree when they have the same name, or the same inter code and country (a generic
     * "rebel groups" and a named rebel group of that country).
     */
    private static final String UNIDENTIFIED = "Unidentified ";

    static boolean agree(Actor x, Actor y) {
        return x.getName().equals(y.getName())
                || x.getInterCode() != null && x.getInterCode().equals(y.getInterCode())
                        && x.getCountryCode() != null && x.getCountryCode().equals(y.getCountryCode());
    }

    private static boolean sameName(@Nullable Actor x, @Nullable Actor y) {
        return x != null && y != null && x.getName().equals(y.getName());
    }

    private static List<Actor> actors(EventMention mention) {
        List<Actor> actors = new ArrayList<>(2);
        if (mention.getActor1() != null) {
            actors.add(mention.getActor1());
        }
        if (mention.getActor2() != null) {
            actors.add(mention.getActor2());
        }
        return actors;
    }

    private static boolean fatalitiesDiffer(EventMention a, EventMention b) {
        Integer x = a.getFatalities().getBest();
        Integer y = b.getFatalities().getBest();
        if (x == null || y == null) {
            return false;
        }
        return Math.max(x, y) > FATALITY_RATIO * Math.min(x, y) + FATALITY_SLACK;
    }

    private double radiusKm(@Nullable Location location) {
        if (location == null) {
            return 0;
        }
        return switch (location.getPrecision()) {
            case EXACT -> rules.exactRadiusKm();
            case NEAR -> rules.nearRadiusKm();
            default -> rules.admin2RadiusKm();
        };
    }

    private static boolean isRegion(Location location) {
        return location.getPrecision() == GeoPrecision.ADMIN1;
    }

    private static boolean isExactPlace(@Nullable Location location) {
        return location != null && location.getPrecision() == GeoPrecision.EXACT;
    }

    private static boolean isCountryOnly(Location location) {
        return location.getPrecision() == GeoPrecision.COUNTRY;
    }

    private static boolean hasPoint(Location location) {
        return location.getLatitude() != null && location.getLongitude() != null;
    }

    private static double distanceKm(@Nullable Location a, @Nullable Location b) {
        return Place.distanceKm(a.getLatitude(), a.getLongitude(), b.getLatitude(), b.getLongitude());
    }
}
