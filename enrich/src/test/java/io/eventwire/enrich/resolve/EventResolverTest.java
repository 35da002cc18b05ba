package io.eventwire.enrich.resolve;

import static io.eventwire.enrich.resolve.MentionFixture.COUNTRY;
import static io.eventwire.enrich.resolve.MentionFixture.FAR_TOWN;
import static io.eventwire.enrich.resolve.MentionFixture.FRONT;
import static io.eventwire.enrich.resolve.MentionFixture.NEAR_TOWN;
import static io.eventwire.enrich.resolve.MentionFixture.clash;
import static io.eventwire.enrich.resolve.MentionFixture.mention;
import static io.eventwire.enrich.resolve.MentionFixture.strike;
import static io.eventwire.enrich.resolve.MentionFixture.withSentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.Fatalities;
import io.eventwire.schema.GeoPrecision;
import io.eventwire.schema.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventResolverTest {

    private static final Instant NOW = Instant.parse("2024-03-10T00:00:00Z");

    private final EventResolver resolver = EventResolver.standard();
    private final MapResolutionState state = new MapResolutionState();

    @Test
    void theFirstReportOfAnEventIsVersionOneUnderItsOwnId() {
        List<EventUpdate> updates = resolve(mention("m1", "a1", "2024-03-05T08:00:00Z").build());

        assertThat(updates).extracting(EventUpdate::eventId).containsExactly("m1");
        ConflictEvent event = updates.get(0).event();
        assertThat(event.getVersion()).isEqualTo(1);
        assertThat(event.getSourceCount()).isEqualTo(1);
        assertThat(event.getNotes()).isEqualTo(
                "On 5 March 2024, Military Forces of Xland regained control of Alpha (Province A) from Rebel Groups (Xland).");
    }

    @Test
    void aGroupCodedOnBothSidesKeepsBothSides() {
        ConflictEvent event = resolve(clash("m1", "a1", "2024-03-05T08:00:00Z").setActor1(MentionFixture.FRONT)
                .setActor2(MentionFixture.FRONT).build()).get(0).event();

        assertThat(event.getActor1().getName()).isEqualTo("Liberation Front");
        assertThat(event.getActor2().getName()).isEqualTo("Liberation Front");
    }

    @Test
    void aSecondReportAddsItsSourceAsANewVersion() {
        resolve(mention("m1", "a1", "2024-03-05T08:00:00Z").build());
        List<EventUpdate> updates = resolve(mention("m2", "a2", "2024-03-06T08:00:00Z").build());

        assertThat(updates).hasSize(1);
        ConflictEvent event = updates.get(0).event();
        assertThat(event.getEventId()).isEqualTo("m1");
        assertThat(event.getVersion()).isEqualTo(2);
        assertThat(event.getSources()).extracting(Source::getArticleId).containsExactly("a1", "a2");
        assertThat(event.getSourceCount()).isEqualTo(2);
        assertThat(event.getOutletCount()).isEqualTo(2);
        assertThat(event.getFirstReportedAt()).isEqualTo("2024-03-05T08:00:00Z");
        assertThat(event.getLastReportedAt()).isEqualTo("2024-03-06T08:00:00Z");
    }

    @Test
    void aMentionSeenBeforeChangesNothing() {
        EventMention mention = mention("m1", "a1", "2024-03-05T08:00:00Z").build();
        resolve(mention);

        assertThat(resolve(mention)).isEmpty();
    }

    @Test
    void anEarlierReportArrivingLateTakesOverTheIdAndRetiresTheOldOne() {
        resolve(mention("m2", "a2", "2024-03-06T08:00:00Z").build());
        List<EventUpdate> updates = resolve(mention("m1", "a1", "2024-03-05T08:00:00Z").build());

        assertThat(updates).extracting(EventUpdate::eventId).containsExactly("m1", "m2", "m2");
        assertThat(updates.get(0).event().getSources()).extracting(Source::getArticleId).containsExactly("a1", "a2");
        ConflictEvent retired = updates.get(1).event();
        assertThat(retired.getMergedInto()).isEqualTo("m1");
        assertThat(retired.getVersion()).isEqualTo(2);
        assertThat(updates.get(2).event()).as("tombstone").isNull();
    }

    @Test
    void aReportThatBridgesTwoEventsMergesThemIntoOne() {
        String wireCopy = "Troops captured the town after a week of fighting, the agency said.";
        resolve(withSentence(mention("m1", "a1", "2024-03-05T08:00:00Z").setLocation(COUNTRY), wireCopy).build());
        resolve(mention("m3", "a3", "2024-03-07T08:00:00Z").build());
        assertThat(liveEvents()).hasSize(2);

        List<EventUpdate> updates = resolve(withSentence(mention("m2", "a2", "2024-03-06T08:00:00Z"), wireCopy).build());

        assertThat(liveEvents()).containsOnlyKeys("m1");
        assertThat(liveEvents().get("m1").memberKeys()).hasSize(3);
        assertThat(updates).filteredOn(update -> update.event() == null).extracting(EventUpdate::eventId)
                .containsExactly("m3");
        assertThat(updates.get(0).event().getLocation().getName()).isEqualTo("Alpha");
    }

    @Test
    void mergesTheStrongestTypeMostPrecisePlaceAndTheLowestToll() {
        resolve(clash("m1", "a1", "2024-03-04T08:00:00Z").setLocation(NEAR_TOWN).setActor2(FRONT)
                .setFatalities(new Fatalities(12, 12, 15)).build());
        resolve(mention("m2", "a2", "2024-03-05T08:00:00Z").setFatalities(new Fatalities(9, 10, 10)).build());
        ConflictEvent event = resolve(mention("m3", "a3", "2024-03-06T08:00:00Z").build()).get(0).event();

        assertThat(event.getEventId()).isEqualTo("m1");
        assertThat(event.getSubEventType()).isEqualTo("Government regains territory");
        assertThat(event.getLocation().getName()).isEqualTo("Alpha");
        assertThat(event.getLocation().getPrecision()).isEqualTo(GeoPrecision.EXACT);
        assertThat(event.getActor2().getName()).isEqualTo("Rebel Groups (Xland)");
        assertThat(event.getFatalities()).isEqualTo(new Fatalities(9, 10, 15));
        assertThat(event.getEventDate()).isEqualTo("2024-03-05");
        assertThat(event.getEventDateMax()).isEqualTo("2024-03-05");
    }

    @Test
    void keepsTwoEventsOfOneArticleApartEvenWhenAnotherReportMatchesBoth() {
        resolve(clash("m1", "a1", "2024-03-05T08:00:00Z").build());
        resolve(mention("m2", "a1", "2024-03-05T08:00:00Z").build());
        resolve(mention("m3", "a2", "2024-03-06T08:00:00Z").build());

        assertThat(liveEvents()).hasSize(2);
    }

    @Test
    void givesTheSameEventsWhateverTheArrivalOrder() {
        List<EventMention> mentions = List.of(
                mention("m1", "a1", "2024-03-05T08:00:00Z").build(),
                clash("m2", "a2", "2024-03-04T09:00:00Z").setEventDate("2024-03-04").setEventDateMax("2024-03-04").build(),
                mention("m3", "a3", "2024-03-06T10:00:00Z").setLocation(NEAR_TOWN).build(),
                strike("m4", "a2", "2024-03-04T09:00:00Z").build(),
                strike("m5", "a4", "2024-03-05T11:00:00Z").setLocation(NEAR_TOWN).build(),
                strike("m6", "a5", "2024-03-05T12:00:00Z").setLocation(FAR_TOWN).build(),
                mention("m7", "a5", "2024-03-05T12:00:00Z").setLocation(FAR_TOWN).build());
        Map<String, List<String>> expected = eventsAfter(mentions);

        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<EventMention> shuffled = new ArrayList<>(mentions);
            Collections.shuffle(shuffled, random);
            assertThat(eventsAfter(shuffled)).as("order %s", ids(shuffled)).isEqualTo(expected);
        }
        assertThat(expected).containsOnlyKeys("m2", "m4", "m6", "m7");
    }

    @Test
    void forgetsEventsUnchangedForTheRetention() {
        resolver.resolve(mention("m1", "a1", "2024-03-05T08:00:00Z").build(), 1_000L, state, NOW);
        resolver.resolve(strike("m2", "a2", "2024-03-05T08:00:00Z").build(), 5_000L, state, NOW);

        assertThat(resolver.expire(2_000L, state)).isEqualTo(1);

        assertThat(state.events()).containsOnlyKeys("m2");
        assertThat(state.mentionCount()).isEqualTo(1);
        assertThat(state.eventOf("m1")).isNull();
    }

    private List<EventUpdate> resolve(EventMention mention) {
        return resolver.resolve(mention, 0L, state, NOW);
    }

    private Map<String, EventEntry> liveEvents() {
        return state.events().entrySet().stream().filter(entry -> entry.getValue().live())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Live event id to its mention ids, after resolving {@code mentions} in order on a fresh state. */
    private Map<String, List<String>> eventsAfter(List<EventMention> mentions) {
        MapResolutionState fresh = new MapResolutionState();
        Map<String, ConflictEvent> published = new TreeMap<>();
        for (EventMention mention : mentions) {
            for (EventUpdate update : resolver.resolve(mention, 0L, fresh, NOW)) {
                if (update.event() == null || update.event().getMergedInto() != null) {
                    published.remove(update.eventId());
                } else {
                    published.put(update.eventId(), update.event());
                }
            }
        }
        Map<String, List<String>> events = new TreeMap<>();
        fresh.events().forEach((id, entry) -> {
            if (entry.live()) {
                events.put(id, entry.memberKeys().stream().map(MentionKeys::mentionId).sorted().collect(Collectors.toList()));
            }
        });
        assertThat(published.keySet()).as("published live ids").isEqualTo(events.keySet());
        return events;
    }

    private static List<String> ids(List<EventMention> mentions) {
        return mentions.stream().map(EventMention::getMentionId).collect(Collectors.toList());
    }
}
