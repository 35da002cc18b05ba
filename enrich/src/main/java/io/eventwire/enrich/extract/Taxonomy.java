package io.eventwire.enrich.extract;

import io.eventwire.schema.EventType;
import java.util.HashMap;
import java.util.Map;

/** ACLED's sub-event types and the event type of each ({@code taxonomy.tsv}). Immutable. */
final class Taxonomy {

    private final Map<String, EventType> typeOf;

    private Taxonomy(Map<String, EventType> typeOf) {
        this.typeOf = Map.copyOf(typeOf);
    }

    static Taxonomy standard() {
        Map<String, EventType> typeOf = new HashMap<>();
        for (String[] row : DataFiles.rows("taxonomy.tsv", 2)) {
            typeOf.put(row[0], EventType.valueOf(row[1].trim()));
        }
        return new Taxonomy(typeOf);
    }

    /** The event type of an ACLED sub-event type. */
    EventType eventType(String subEventType) {
        EventType type = typeOf.get(subEventType);
        if (type == null) {
            throw new IllegalArgumentException("not an ACLED sub-event type: " + subEventType);
        }
        return type;
    }

    /** Checks that every concrete sub-event type the triggers name is in the taxonomy. */
    void check(Iterable<TriggerRule> rules) {
        for (TriggerRule rule : rules) {
            if (!rule.dependsOnActors()) {
                eventType(rule.subEventType());
            }
        }
    }
}
