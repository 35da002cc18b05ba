package io.eventwire.enrich.resolve;

import io.eventwire.enrich.extract.Notes;
import io.eventwire.schema.Actor;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.DatePrecision;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.Fatalities;
import io.eventwire.schema.GeoPrecision;
import io.eventwire.schema.Location;
import io.eventwire.schema.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the canonical event of a group of mentions, as a function of the group alone. The event is
 * named after its first report; it takes the strongest sub-event type the reports give, the actors
 * most reports of that type agree on, the most precise place, dates from first to last, fatalities
 * as low/best/high across sources with the lowest best (ACLED's conservative rule), and every
 * source with its evidence. Immutable and thread safe.
 */
public final class EventMerger {

    private final SameEventTypes types;
    private final Notes notes;

    public EventMerger(SameEventTypes types, Notes notes) {
        this.types = types;
        this.notes = notes;
    }

    /**
     * The event of {@code members}, given in {@link Mentions#REPORT_ORDER}, at {@code version}.
     *
     * @throws IllegalArgumentException when {@code members} is empty
     */
    public ConflictEvent merge(List<EventMention> members, int version, Instant now) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one mention");
        }
        EventMention first = members.get(0);
        String subEventType = strongestType(members);
        List<EventMention> typed = members.stream()
                .filter(member -> member.getSubEventType().equals(subEventType))
                .collect(Collectors.toList());
        Actor actor1 = mostReported(typed, EventMention::getActor1, Set.of());
        Actor actor2 = mostReported(typed, EventMention::getActor2,
                actor1 == null || foughtItself(typed, actor1) ? Set.of() : Set.of(actor1.getName()));
        Location location = mostPreciseLocation(members);
        String eventDate = earliest(members, EventMention::getEventDate);
        List<Source> sources = members.stream().map(EventMention::getSource)
                .sorted(Comparator.comparing(Source::getPublished, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Source::getArticleId))
                .collect(Collectors.toList());
        return ConflictEvent.newBuilder()
                .setEventId(first.getMentionId())
                .setVersion(version)
                .setEventType(typed.get(0).getEventType())
                .setSubEventType(subEventType)
                .setEventDate(eventDate)
                .setEventDateMax(latest(members, member -> member.getEventDateMax() == null
                        ? member.getEventDate() : member.getEventDateMax()))
                .setDatePrecision(mostPreciseDate(members))
                .setActor1(actor1)
                .setActor2(actor2)
                .setLocation(location)
                .setFatalities(fatalities(members))
                .setInjured(members.stream().map(EventMention::getInjured).filter(Objects::nonNull)
                        .min(Integer::compare).orElse(null))
                .setSources(sources)
                .setSourceCount(sources.size())
                .setOutletCount((int) sources.stream().map(Source::getOutlet).filter(Objects::nonNull).distinct().count())
                .setNotes(notes.write(subEventType, eventDate == null ? null : LocalDate.parse(eventDate.substring(0, 10)),
                        actor1 == null ? null : actor1.getName(), actor2 == null ? null : actor2.getName(),
                        location == null ? null : location.getName(), location == null ? null : location.getAdmin1()))
                .setMergedInto(null)
                .setFirstReportedAt(earliest(members, member -> member.getSource().getPublished()))
                .setLastReportedAt(latest(members, member -> member.getSource().getPublished()))
                .setUpdatedAt(now)
                .build();
    }

    /** The type no other report's type is stronger than, most reported, then first reported. */
    private String strongestType(List<EventMention> members) {
        List<String> reported = members.stream().map(EventMention::getSubEventType).collect(Collectors.toList());
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String type : reported) {
            if (types.isStrongest(type, reported)) {
                votes.merge(type, 1, Integer::sum);
            }
        }
        return winner(votes);
    }

    /** The actor most of {@code members} name in that role, then the first named; null when none. */
    private static @Nullable Actor mostReported(List<EventMention> members, Function<EventMention, Actor> role,
            Set<String> excluded) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, Actor> byName = new LinkedHashMap<>();
        for (EventMention member : members) {
            Actor actor = role.apply(member);
            if (actor != null && !excluded.contains(actor.getName())) {
                votes.merge(actor.getName(), 1, Integer::sum);
                byName.putIfAbsent(actor.getName(), actor);
            }
        }
        if (votes.keySet().stream().anyMatch(name -> !MentionMatcher.isUnidentified(byName.get(name)))) {
            votes.keySet().removeIf(name -> MentionMatcher.isUnidentified(byName.get(name))); // a named actor wins
        }
        return votes.isEmpty() ? null : byName.get(winner(votes));
    }

    /** Whether a report codes the group on both sides: factions of one cartel fighting each other. */
    private static boolean foughtItself(List<EventMention> members, Actor actor) {
        return members.stream().anyMatch(member -> member.getActor1() != null && member.getActor2() != null
                && member.getActor1().getName().equals(actor.getName())
                && member.getActor2().getName().equals(actor.getName()));
    }

    /** Of the most precise places reported, the one most reports give, then the first reported. */
    private static @Nullable Location mostPreciseLocation(List<EventMention> members) {
        GeoPrecision best = members.stream().map(EventMention::getLocation).filter(Objects::nonNull)
                .map(Location::getPrecision).min(Comparator.naturalOrder()).orElse(null);
        if (best == null) {
            return null;
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, Location> byPlace = new LinkedHashMap<>();
        for (EventMention member : members) {
            Location location = member.getLocation();
            if (location != null && location.getPrecision() == best) {
                String place = location.getGeonamesId() == null ? location.getName() : location.getGeonamesId().toString();
                votes.merge(place, 1, Integer::sum);
                byPlace.putIfAbsent(place, location);
            }
        }
        return byPlace.get(winner(votes));
    }

    private static DatePrecision mostPreciseDate(List<EventMention> members) {
        return members.stream().map(EventMention::getDatePrecision).min(Comparator.naturalOrder())
                .orElse(DatePrecision.UNKNOWN);
    }

    /** Low, best and high across sources: lowest low, lowest best, highest high. */
    private static Fatalities fatalities(List<EventMention> members) {
        Integer low = null;
        Integer best = null;
        Integer high = null;
        for (EventMention member : members) {
            Fatalities reported = member.getFatalities();
            low = min(low, reported.getLow() == null ? reported.getBest() : reported.getLow());
            best = min(best, reported.getBest());
            high = max(high, reported.getHigh() == null ? reported.getBest() : reported.getHigh());
        }
        return new Fatalities(low, best, high);
    }

    private static @Nullable Integer min(@Nullable Integer a, @Nullable Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    private static @Nullable Integer max(@Nullable Integer a, @Nullable Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    private static @Nullable String earliest(List<EventMention> members, Function<EventMention, String> value) {
        return members.stream().map(value).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static @Nullable String latest(List<EventMention> members, Function<EventMention, String> value) {
        return members.stream().map(value).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The most voted key; ties go to the key voted first. */
    private static String winner(Map<String, Integer> votes) {
        String winner = null;
        int most = 0;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > most) {
                winner = vote.getKey();
                most = vote.getValue();
            }
        }
        return winner;
    }
}
