package io.eventwire.enrich.resolve;

import io.eventwire.schema.EventMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Groups mentions into events, as a function of the set of mentions alone (not of their order):
 * mentions are taken in id order, every matching pair is an edge, and edges are taken from the
 * strongest down (ties by position); an edge joins its two groups unless some pair across them
 * {@linkplain MentionMatcher#conflicts conflicts} (two mentions of one article never share an event).
 */
final class Clustering {

    private Clustering() {
    }

    /** The events of {@code mentions}, each in report order, the events ordered by their first report. */
    static List<List<EventMention>> of(List<Report> reports, MentionMatcher matcher) {
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing(Report::id));
        int[] group = new int[ordered.size()];
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            group[i] = i;
            members.put(i, new ArrayList<>(List.of(i)));
        }
        for (Edge edge : edgesStrongestFirst(ordered, matcher)) {
            int a = group[edge.a()];
            int b = group[edge.b()];
            if (a != b && canJoin(members.get(a), members.get(b), ordered, matcher)) {
                for (int member : members.get(b)) {
                    group[member] = a;
                }
                members.get(a).addAll(members.remove(b));
            }
        }
        List<List<EventMention>> events = new ArrayList<>();
        for (List<Integer> indexes : members.values()) {
            List<EventMention> event = new ArrayList<>();
            indexes.forEach(index -> event.add(ordered.get(index).mention()));
            event.sort(Mentions.REPORT_ORDER);
            events.add(event);
        }
        events.sort(Comparator.comparing(event -> event.get(0), Mentions.REPORT_ORDER));
        return events;
    }

    private static List<Edge> edgesStrongestFirst(List<Report> ordered, MentionMatcher matcher) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                OptionalDouble score = matcher.score(ordered.get(i), ordered.get(j));
                if (score.isPresent()) {
                    edges.add(new Edge(i, j, score.getAsDouble()));
                }
            }
        }
        edges.sort(Comparator.comparingDouble(Edge::score).reversed()
                .thenComparingInt(Edge::a).thenComparingInt(Edge::b));
        return edges;
    }

    private static boolean canJoin(List<Integer> a, List<Integer> b, List<Report> ordered,
            MentionMatcher matcher) {
        for (int x : a) {
            for (int y : b) {
                if (matcher.conflicts(ordered.get(x), ordered.get(y))) {
                    return false;
                }
            }
        }
        return true;
    }

    private record Edge(int a, int b, double score) {
    }
}
