package io.eventwire.enrich.resolve;

import io.eventwire.schema.Actor;
import io.eventwire.schema.DatePrecision;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.EventType;
import io.eventwire.schema.Evidence;
import io.eventwire.schema.Fatalities;
import io.eventwire.schema.GeoPrecision;
import io.eventwire.schema.Location;
import io.eventwire.schema.Source;
import java.time.Instant;
import java.util.Map;

/** Literal mentions for resolution tests: an invented town pair in an invented province. */
final class MentionFixture {

    static final Location TOWN = location(101L, "Alpha", 10.0, 20.0, "Province A", GeoPrecision.EXACT);
    /** About 8 km north of {@link #TOWN}. */
    static final Location NEAR_TOWN = location(102L, "Beta", 10.072, 20.0, "Province A", GeoPrecision.NEAR);
    /** About 45 km north of {@link #TOWN}. */
    static final Location FAR_TOWN = location(103L, "Gamma", 10.4, 20.0, "Province A", GeoPrecision.EXACT);
    static final Location COUNTRY = location(null, "Xland", 10.0, 20.0, null, GeoPrecision.COUNTRY);
    static final Location REGION = location(null, "northern Province A", 10.2, 20.0, "Province A", GeoPrecision.ADMIN1);

    static final Actor ARMY = actor("Military Forces of Xland", 1);
    static final Actor REBELS = actor("Rebel Groups (Xland)", 2);
    static final Actor FRONT = actor("Liberation Front", 2);
    static final Actor CIVILIANS = actor("Civilians (Xland)", 7);

    /** Evidence of each article, in words different enough not to read as one report republished. */
    private static final Map<String, String> SENTENCES = Map.of(
            "a1", "The army took the town on Tuesday, a monitor said.",
            "a2", "Government troops seized control of the area after heavy fighting, residents reported.",
            "a3", "Soldiers recaptured it from insurgents late in the day according to activists.",
            "a4", "State media announced that regime units had entered and secured the locality.",
            "a5", "Witnesses described loyalist forces raising flags over streets once held by opposition fighters.");

    private MentionFixture() {
    }

    static EventMention.Builder mention(String id, String articleId, String published) {
        return EventMention.newBuilder()
                .setMentionId(id)
                .setArticleId(articleId)
                .setEventType(EventType.BATTLES)
                .setSubEventType("Government regains territory")
                .setEventDate("2024-03-05")
                .setEventDateMax("2024-03-05")
                .setDatePrecision(DatePrecision.DAY)
                .setActor1(ARMY)
                .setActor2(REBELS)
                .setLocation(TOWN)
                .setFatalities(new Fatalities(null, null, null))
                .setInjured(null)
                .setSource(Source.newBuilder()
                        .setArticleId(articleId)
                        .setSourceUri("file:///wire/" + articleId + ".txt")
                        .setOutlet("Outlet " + articleId)
                        .setPublished(published)
                        .setEvidence(Evidence.newBuilder()
                                .setSentence(SENTENCES.getOrDefault(articleId, "Wording of article " + articleId + "."))
                                .setStartOffset(0).setEndOffset(80).setConfidence(0.8f).build())
                        .build())
                .setNote(null)
                .setExtractedAt(Instant.parse("2024-03-06T00:00:00Z"));
    }

    static EventMention.Builder strike(String id, String articleId, String published) {
        return mention(id, articleId, published)
                .setEventType(EventType.EXPLOSIONS_REMOTE_VIOLENCE)
                .setSubEventType("Air/drone strike")
                .setActor2(CIVILIANS);
    }

    static EventMention.Builder clash(String id, String articleId, String published) {
        return mention(id, articleId, published).setSubEventType("Armed clash");
    }

    static EventMention.Builder withSentence(EventMention.Builder builder, String sentence) {
        Source source = builder.getSource();
        return builder.setSource(Source.newBuilder(source)
                .setEvidence(Evidence.newBuilder(source.getEvidence()).setSentence(sentence).build()).build());
    }

    static Location location(Long geonamesId, String name, double latitude, double longitude, String admin1,
            GeoPrecision precision) {
        return Location.newBuilder().setName(name).setGeonamesId(geonamesId).setLatitude(latitude)
                .setLongitude(longitude).setCountryCode("XL").setAdmin1(admin1).setAdmin2(null)
                .setPrecision(precision).setSurface(name).build();
    }

    static Actor actor(String name, int interCode) {
        return Actor.newBuilder().setName(name).setInterCode(interCode).setCountryCode("XL").setSurface(null).build();
    }
}
