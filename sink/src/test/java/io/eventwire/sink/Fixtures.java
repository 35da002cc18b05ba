package io.eventwire.sink;

import io.eventwire.schema.Actor;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.DateOrigin;
import io.eventwire.schema.DatePrecision;
import io.eventwire.schema.EventType;
import io.eventwire.schema.Evidence;
import io.eventwire.schema.Fatalities;
import io.eventwire.schema.GeoPrecision;
import io.eventwire.schema.Location;
import io.eventwire.schema.Source;
import java.time.Instant;
import java.util.List;

/** Literal articles and events for the sink's tests. */
public final class Fixtures {

    public static final Instant CLEANED_AT = Instant.parse("2019-08-21T10:15:00Z");

    private Fixtures() {
    }

    /** A cleaned article published on {@code published}, with {@code paragraphs}. */
    public static CleanArticle article(String articleId, String published, List<String> paragraphs) {
        return CleanArticle.newBuilder()
                .setArticleId(articleId)
                .setSourceUri("file:seeds/" + articleId + ".txt")
                .setOutlet("Wire Agency")
                .setUrl(null)
                .setLanguage("en")
                .setHeadline("Headline of " + articleId)
                .setDateline("BEIRUT")
                .setByline("By A. Reporter")
                .setCaptions(List.of("A caption"))
                .setPublished(published)
                .setPublishedFrom(DateOrigin.FEED)
                .setParagraphs(paragraphs)
                .setRepeatedParagraphs(1)
                .setBoilerplateRemoved(2)
                .setNearDuplicateOf(null)
                .setCleanedAt(CLEANED_AT)
                .build();
    }

    /** An article with three paragraphs. */
    public static CleanArticle article(String articleId) {
        return article(articleId, "2019-08-21", List.of(
                "BEIRUT (Wire) - Government forces shelled Khan Sheikhoun on Wednesday.",
                "At least 12 people were killed, the Syrian Observatory said.",
                "The town has changed hands several times."));
    }

    /** A battle in Khan Sheikhoun on 2019-08-21, version {@code version}, with one source. */
    public static ConflictEvent event(String eventId, int version) {
        return event(eventId, version, "2019-08-21", "a1");
    }

    /** A battle on {@code eventDate}, version {@code version}, reported by article {@code articleId}. */
    public static ConflictEvent event(String eventId, int version, String eventDate, String articleId) {
        return ConflictEvent.newBuilder()
                .setEventId(eventId)
                .setVersion(version)
                .setEventType(EventType.BATTLES)
                .setSubEventType("Armed clash")
                .setEventDate(eventDate)
                .setEventDateMax(eventDate)
                .setDatePrecision(DatePrecision.DAY)
                .setActor1(new Actor("Military Forces of Syria", 1, "SY", "government forces"))
                .setActor2(new Actor("Hayat Tahrir al-Sham", 2, null, "militants"))
                .setLocation(new Location("Khan Shaykhun", 169389L, 35.44208, 36.65095, "SY", "Idlib", "Maarrat an Nu'man",
                        GeoPrecision.EXACT, "Khan Sheikhoun"))
                .setFatalities(new Fatalities(10, 12, 15))
                .setInjured(20)
                .setSources(List.of(source(articleId, "Government forces clashed with militants in Khan Sheikhoun.")))
                .setSourceCount(1)
                .setOutletCount(1)
                .setNotes("Clashes in Khan Sheikhoun, version " + version + ".")
                .setMergedInto(null)
                .setFirstReportedAt("2019-08-21")
                .setLastReportedAt("2019-08-21")
                .setUpdatedAt(Instant.parse("2019-08-22T08:00:00Z").plusSeconds(version))
                .build();
    }

    /** A source of article {@code articleId} with {@code sentence} as its evidence. */
    public static Source source(String articleId, String sentence) {
        return new Source(articleId, "file:seeds/" + articleId + ".txt", "Wire Agency", "2019-08-21",
                new Evidence(sentence, 0, sentence.length(), "Syrian Observatory for Human Rights", 0.9f));
    }

    /** {@code event} merged into {@code survivor}, as the version before its tombstone. */
    public static ConflictEvent mergedInto(ConflictEvent event, String survivor) {
        return ConflictEvent.newBuilder(event)
                .setVersion(event.getVersion() + 1)
                .setMergedInto(survivor)
                .setUpdatedAt(event.getUpdatedAt().plusSeconds(1))
                .build();
    }
}
