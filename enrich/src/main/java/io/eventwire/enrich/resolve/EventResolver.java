package io.eventwire.enrich.resolve;

import io.eventwire.enrich.extract.Notes;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Resolves each new mention into canonical events, and says what to publish.
 *
 * <p>A new mention is filed, then the mentions linked to it by matches, directly or through others,
 * are gathered (its component: same country, nearby days) with every mention of the events they
 * belong to, and the component is grouped afresh by {@link Clustering}. Each group is an event named
 * after its first report. An event whose mentions changed gets a new version; an event id no group
 * bears any more gets a last version with {@code merged_into} (the event that now holds its first
 * report), then a tombstone. Because grouping depends only on the component, the events after any
 * arrival order are the same, and a mention seen before changes nothing.
 *
 * <p>Not thread safe; state is the caller's.
 */
public final class EventResolver {

    private final MentionMatcher matcher;
    private final EventMerger merger;
    private final ResolutionRules rules;

    public EventResolver(MentionMatcher matcher, EventMerger merger, ResolutionRules rules) {
        this.matcher = matcher;
        this.merger = merger;
        this.rules = rules;
    }

    /** The resolver with the shipped type table and notes and the default rules. */
    public static EventResolver standard() {
        SameEventTypes types = SameEventTypes.standard();
        ResolutionRules rules = ResolutionRules.defaults();
        return new EventResolver(new MentionMatcher(types, rules), new EventMerger(types, Notes.standard()), rules);
    }

    /**
     * Resolves {@code mention}, arriving in a record of timestamp {@code timestamp}; returns the
     * updates to publish, in order. A mention already resolved returns none.
     */
    public List<EventUpdate> resolve(EventMention mention, long timestamp, ResolutionState state, Instant now) {
        if (state.eventOf(mention.getMentionId()) != null) {
            return List.of();
        }
        state.putMention(MentionKeys.of(mention), mention);
        Map<String, Report> component = componentOf(new Report(mention), state);
        Map<String, String> formerEvents = formerEventsOf(component, state);
        List<EventUpdate> updates = new ArrayList<>();
        Map<String, String> newEvents = new LinkedHashMap<>();
        for (List<EventMention> group : Clustering.of(new ArrayList<>(component.values()), matcher)) {
            publishIfChanged(group, timestamp, state, now, updates);
            group.forEach(member -> newEvents.put(member.getMentionId(), group.get(0).getMentionId()));
        }
        for (String formerId : new TreeSet<>(formerEvents.values())) {
            if (!newEvents.containsValue(formerId)) {
                retire(formerId, newEvents.get(formerId), timestamp, state, now, updates);
            }
        }
        newEvents.forEach(state::assign);
        return updates;
    }

    /**
     * Forgets the events last changed before {@code cutoff} with their mentions, and retired ids
     * retired before it. Returns how many event records were dropped.
     */
    public int expire(long cutoff, ResolutionState state) {
        int dropped = 0;
        for (Map.Entry<String, EventEntry> event : state.events().entrySet()) {
            EventEntry entry = event.getValue();
            if (entry.touchedAt() < cutoff) {
                entry.memberKeys().forEach(key -> state.removeMention(key, MentionKeys.mentionId(key)));
                state.removeEvent(event.getKey());
                dropped++;
            }
        }
        return dropped;
    }

    /**
     * The mentions linked to {@code start} by matches, through any number of others, plus every
     * mention of the events those belong to; at most {@code maxComponent} found by matching.
     */
    private Map<String, Report> componentOf(Report start, ResolutionState state) {
        Map<String, Report> component = new LinkedHashMap<>();
        component.put(start.id(), start);
        Window window = new Window(state, start);
        Deque<Report> frontier = new ArrayDeque<>(List.of(start));
        while (!frontier.isEmpty() && component.size() < rules.maxComponent()) {
            Report current = frontier.poll();
            if (!current.dated()) {
                continue;
            }
            List<Report> near = window.candidatesFor(current, rules.dateToleranceDays(), rules.maxSpanDays());
            for (Report candidate : near) {
                if (!component.containsKey(candidate.id()) && matcher.score(current, candidate).isPresent()) {
                    component.put(candidate.id(), candidate);
                    frontier.add(candidate);
                }
            }
        }
        for (Report member : List.copyOf(component.values())) {
            addEventMembers(member, component, state);
        }
        return component;
    }

    private static void addEventMembers(Report member, Map<String, Report> component, ResolutionState state) {
        String eventId = state.eventOf(member.id());
        EventEntry entry = eventId == null ? null : state.event(eventId);
        if (entry == null) {
            return;
        }
        for (String key : entry.memberKeys()) {
            String mentionId = MentionKeys.mentionId(key);
            if (!component.containsKey(mentionId)) {
                EventMention other = state.mention(key);
                if (other != null) {
                    component.put(mentionId, new Report(other));
                }
            }
        }
    }

    /**
     * The filed mentions of one block and event type, read from the state once per day however many
     * times the search asks for them, each as one {@link Report}.
     */
    private static final class Window {
        private final ResolutionState state;
        private final String block;
        private final EventType type;
        private final Map<String, Report> known = new LinkedHashMap<>();
        private final TreeMap<Long, List<Report>> byDay = new TreeMap<>();
        private long loadedFrom = Long.MAX_VALUE;
        private long loadedTo = Long.MIN_VALUE;
        private long longestSpan;

        Window(ResolutionState state, Report start) {
            this.state = state;
            this.block = start.block();
            this.type = start.mention().getEventType();
            known.put(start.id(), start);
        }

        /**
         * The filed reports whose date range may lie within {@code tolerance} days of {@code report}'s:
         * filed (by first day) from {@code tolerance} plus the longest span filed before its first
         * day, to {@code tolerance} after its last.
         */
        List<Report> candidatesFor(Report report, int tolerance, int maxSpan) {
            long from = report.firstDay() - tolerance - maxSpan;
            long to = report.lastDay() + tolerance;
            if (loadedFrom > loadedTo) {
                load(from, to);
            } else {
                if (from < loadedFrom) {
                    load(from, loadedFrom - 1);
                }
                if (to > loadedTo) {
                    load(loadedTo + 1, to);
                }
            }
            List<Report> found = new ArrayList<>();
            long firstFiled = report.firstDay() - tolerance - Math.min(maxSpan, longestSpan);
            byDay.subMap(firstFiled, true, to, true).values().forEach(found::addAll);
            return found;
        }

        private void load(long from, long to) {
            for (EventMention mention : state.mentionsBetween(block, type, LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to))) {
                Report report = known.computeIfAbsent(mention.getMentionId(), id -> new Report(mention));
                byDay.computeIfAbsent(report.firstDay(), day -> new ArrayList<>()).add(report);
                longestSpan = Math.max(longestSpan, report.spanDays());
            }
            loadedFrom = Math.min(loadedFrom, from);
            loadedTo = Math.max(loadedTo, to);
        }
    }

    private static Map<String, String> formerEventsOf(Map<String, Report> component, ResolutionState state) {
        Map<String, String> former = new LinkedHashMap<>();
        for (String mentionId : component.keySet()) {
            String eventId = state.eventOf(mentionId);
            if (eventId != null) {
                former.put(mentionId, eventId);
            }
        }
        return former;
    }

    private void publishIfChanged(List<EventMention> group, long timestamp, ResolutionState state, Instant now,
            List<EventUpdate> updates) {
        String eventId = group.get(0).getMentionId();
        List<String> keys = group.stream().map(MentionKeys::of).collect(Collectors.toList());
        EventEntry previous = state.event(eventId);
        if (previous != null && previous.hasMembers(keys)) {
            return;
        }
        int version = previous == null ? 1 : previous.version() + 1;
        updates.add(new EventUpdate(eventId, merger.merge(group, version, now)));
        long touchedAt = previous == null ? timestamp : Math.max(timestamp, previous.touchedAt());
        state.putEvent(eventId, new EventEntry(version, null, touchedAt, keys));
    }

    private void retire(String eventId, String absorbedBy, long timestamp, ResolutionState state, Instant now,
            List<EventUpdate> updates) {
        EventEntry previous = state.event(eventId);
        List<EventMention> members = previous.memberKeys().stream().map(state::mention)
                .filter(Objects::nonNull).sorted(Mentions.REPORT_ORDER).collect(Collectors.toList());
        int version = previous.version() + 1;
        if (!members.isEmpty()) {
            ConflictEvent last = merger.merge(members, version, now);
            last.setEventId(eventId);
            last.setMergedInto(absorbedBy);
            updates.add(new EventUpdate(eventId, last));
        }
        updates.add(new EventUpdate(eventId, null));
        state.putEvent(eventId, new EventEntry(version, absorbedBy, Math.max(timestamp, previous.touchedAt()), List.of()));
    }
}
