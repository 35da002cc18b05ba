package io.eventwire.enrich.extract;

import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.EventMention;
import java.time.Instant;
import java.util.List;

/**
 * Canonical events made from mentions. Until cross-article resolution merges mentions of the same
 * real event, each mention is its own canonical event, version 1, keyed by its mention id.
 */
public final class ConflictEvents {

    private ConflictEvents() {
    }

    /** The canonical event of a single mention. */
    public static ConflictEvent fromMention(EventMention mention, Instant now) {
        String published = mention.getSource().getPublished();
        return ConflictEvent.newBuilder()
                .setEventId(mention.getMentionId())
                .setVersion(1)
                .setEventType(mention.getEventType())
                .setSubEventType(mention.getSubEventType())
                .setEventDate(mention.getEventDate())
                .setEventDateMax(mention.getEventDateMax())
                .setDatePrecision(mention.getDatePrecision())
                .setActor1(mention.getActor1())
                .setActor2(mention.getActor2())
                .setLocation(mention.getLocation())
                .setFatalities(mention.getFatalities())
                .setInjured(mention.getInjured())
                .setSources(List.of(mention.getSource()))
                .setSourceCount(1)
                .setOutletCount(mention.getSource().getOutlet() == null ? 0 : 1)
                .setNotes(mention.getNote())
                .setFirstReportedAt(published)
                .setLastReportedAt(published)
                .setUpdatedAt(now)
                .build();
    }
}
