package io.eventwire.sink.internal;

import io.eventwire.schema.EventType;

/** ACLED's labels of the event types, as stored and exported. */
public final class AcledLabels {

    private AcledLabels() {
    }

    /** The label of {@code type}, e.g. {@code Explosions/Remote violence}. */
    public static String label(EventType type) {
        return switch (type) {
            case BATTLES -> "Battles";
            case EXPLOSIONS_REMOTE_VIOLENCE -> "Explosions/Remote violence";
            case VIOLENCE_AGAINST_CIVILIANS -> "Violence against civilians";
            case PROTESTS -> "Protests";
            case RIOTS -> "Riots";
            case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
            case UNKNOWN -> "Unknown";
        };
    }
}
