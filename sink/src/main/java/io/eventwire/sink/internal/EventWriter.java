package io.eventwire.sink.internal;

import static io.eventwire.sink.internal.Tables.EVENTS;
import static io.eventwire.sink.internal.Tables.EVENT_SOURCES;
import static io.eventwire.sink.internal.Tables.EVENT_VERSIONS;

import io.eventwire.schema.ConflictEvent;
import io.eventwire.sink.EventChange;
import io.eventwire.sink.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes event changes inside the caller's transaction, with the effect of applying them one by one
 * in order: a version replaces the stored event only when it is newer, and then its sources replace
 * the stored ones; every version is recorded once in the history; a tombstone marks the event not
 * live unless a newer version applied after it in the same batch. Not thread safe.
 */
public final class EventWriter {

    private final SqlDialect dialect;
    private final String upsertEvent;
    private final String insertSource;
    private final String recordVersion;

    public EventWriter(SqlDialect dialect) {
        this.dialect = dialect;
        this.upsertEvent = EVENTS.upsertWhere(dialect, "events.version < excluded.version");
        this.insertSource = EVENT_SOURCES.insert(dialect);
        this.recordVersion = EVENT_VERSIONS.insertIfAbsent(dialect);
    }

    /**
     * What a write changed.
     *
     * @param applied versions that became the stored version
     * @param stale versions not applied: the same or a newer version was stored
     * @param tombstones tombstones received
     */
    public record Result(int applied, int stale, int tombstones) {
    }

    /** Writes {@code changes}, given in offset order. */
    public Result write(Connection connection, List<EventChange> changes) throws SQLException {
        List<Positioned> versions = versionsOf(changes);
        Applied applied = upsertEvents(connection, versions);
        recordVersions(connection, versions);
        replaceSources(connection, applied.latest().values());
        Batches.keys(connection, "UPDATE events SET live = FALSE WHERE event_id = ?",
                retiredAfterLastApplied(changes, applied.positions()));
        int tombstones = changes.size() - versions.size();
        return new Result(applied.count(), versions.size() - applied.count(), tombstones);
    }

    private static List<Positioned> versionsOf(List<EventChange> changes) {
        List<Positioned> versions = new ArrayList<>();
        for (int position = 0; position < changes.size(); position++) {
            ConflictEvent event = changes.get(position).event();
            if (event != null) {
                versions.add(new Positioned(position, event));
            }
        }
        return versions;
    }

    /** Upserts every version in order; a version applies only over an older one. */
    private Applied upsertEvents(Connection connection, List<Positioned> versions) throws SQLException {
        List<Map<String, @Nullable Object>> rows = versions.stream()
                .map(version -> EventRows.event(version.event()))
                .collect(Collectors.toList());
        int[] counts = Batches.rows(connection, upsertEvent, EVENTS, rows, dialect);
        Applied applied = new Applied();
        for (int i = 0; i < counts.length; i++) {
            if (Rows.changedARow(counts[i])) {
                applied.add(versions.get(i));
            }
        }
        return applied;
    }

    private void recordVersions(Connection connection, List<Positioned> versions) throws SQLException {
        List<Map<String, @Nullable Object>> rows = versions.stream()
                .map(version -> EventRows.version(version.event()))
                .collect(Collectors.toList());
        Batches.rows(connection, recordVersion, EVENT_VERSIONS, rows, dialect);
    }

    private void replaceSources(Connection connection, Collection<ConflictEvent> events) throws SQLException {
        Batches.keys(connection, "DELETE FROM event_sources WHERE event_id = ?",
                events.stream().map(ConflictEvent::getEventId).collect(Collectors.toList()));
        List<Map<String, @Nullable Object>> rows = events.stream()
                .flatMap(event -> EventRows.sources(event).stream())
                .collect(Collectors.toList());
        Batches.rows(connection, insertSource, EVENT_SOURCES, rows, dialect);
    }

    /** Events whose last tombstone in the batch comes after their last applied version. */
    private static Set<String> retiredAfterLastApplied(List<EventChange> changes, Map<String, Integer> appliedAt) {
        Set<String> retired = new LinkedHashSet<>();
        for (int position = 0; position < changes.size(); position++) {
            EventChange change = changes.get(position);
            if (change.isTombstone() && position > appliedAt.getOrDefault(change.eventId(), -1)) {
                retired.add(change.eventId());
            }
        }
        return retired;
    }

    /** A version and its position among the batch's changes. */
    private record Positioned(int position, ConflictEvent event) {
    }

    /** The versions that applied: how many, the last one of each event, and its position. */
    private static final class Applied {
        private final Map<String, ConflictEvent> latest = new LinkedHashMap<>();
        private final Map<String, Integer> positions = new HashMap<>();
        private int count;

        void add(Positioned version) {
            latest.put(version.event().getEventId(), version.event());
            positions.put(version.event().getEventId(), version.position());
            count++;
        }

        int count() {
            return count;
        }

        Map<String, ConflictEvent> latest() {
            return latest;
        }

        Map<String, Integer> positions() {
            return positions;
        }
    }
}
