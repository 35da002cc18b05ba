package io.eventwire.enrich.resolve;

import io.eventwire.enrich.extract.DataFiles;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which sub-event types different reports may give to one event, from {@code same-event-types.tsv}:
 * a weaker type ("Armed clash") may join a stronger one ("Government regains territory"), and the
 * merged event takes the strongest. Immutable.
 */
public final class SameEventTypes {

    private final Map<String, Set<String>> stronger;

    private SameEventTypes(Map<String, Set<String>> stronger) {
        this.stronger = stronger;
    }

    /** The shipped table. */
    public static SameEventTypes standard() {
        Map<String, Set<String>> stronger = new HashMap<>();
        for (String[] row : DataFiles.rows(SameEventTypes.class, "same-event-types.tsv", 2)) {
            stronger.computeIfAbsent(row[0].trim(), type -> new HashSet<>()).add(row[1].trim());
        }
        stronger.replaceAll((type, types) -> Set.copyOf(types));
        return new SameEventTypes(Map.copyOf(stronger));
    }

    /** Whether reports of sub-event types {@code a} and {@code b} may describe one event. */
    public boolean compatible(String a, String b) {
        return a.equals(b) || isStronger(a, b) || isStronger(b, a);
    }

    /** Whether {@code candidate} is stronger than {@code than}. */
    public boolean isStronger(String candidate, String than) {
        return stronger.getOrDefault(than, Set.of()).contains(candidate);
    }

    /** Whether no type in {@code types} is stronger than {@code type}. */
    public boolean isStrongest(String type, Collection<String> types) {
        return types.stream().noneMatch(other -> isStronger(other, type));
    }
}
