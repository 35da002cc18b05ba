package io.eventwire.enrich.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What resolution remembers of an issued event id.
 *
 * @param version the last version published under the id
 * @param mergedInto null while the event is live; the event that absorbed it once retired
 * @param touchedAt timestamp (ms) of the last record that changed the event; expiry counts from it
 * @param memberKeys {@link MentionKeys} of the event's mentions, empty once retired
 */
public record EventEntry(int version, @Nullable String mergedInto, long touchedAt, List<String> memberKeys) {

    private static final String FIELD = ";";
    private static final String MEMBER = ",";

    public EventEntry {
        memberKeys = List.copyOf(memberKeys);
    }

    /** Whether the id still names a live event. */
    public boolean live() {
        return mergedInto == null;
    }

    /** The entry as one line of text, for a string-valued store. */
    public String encode() {
        return version + FIELD + (mergedInto == null ? "" : mergedInto) + FIELD + touchedAt + FIELD
                + String.join(MEMBER, memberKeys);
    }

    /** Reads an {@link #encode() encoded} entry. */
    public static EventEntry decode(String text) {
        String[] fields = text.split(FIELD, -1);
        if (fields.length != 4) {
            throw new IllegalArgumentException("not an event entry: " + text);
        }
        List<String> members = fields[3].isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(fields[3].split(MEMBER)));
        return new EventEntry(Integer.parseInt(fields[0]), fields[1].isEmpty() ? null : fields[1],
                Long.parseLong(fields[2]), members);
    }

    /** Same id, same members: nothing to publish again. */
    boolean hasMembers(List<String> keys) {
        return live() && Objects.equals(Set.copyOf(memberKeys), Set.copyOf(keys));
    }
}
