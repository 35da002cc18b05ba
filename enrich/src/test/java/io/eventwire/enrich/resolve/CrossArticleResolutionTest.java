package io.eventwire.enrich.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.enrich.clean.ArticleCleaner;
import io.eventwire.enrich.extract.EventExtractor;
import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.ContentType;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.Fatalities;
import io.eventwire.schema.RawArticle;
import io.eventwire.schema.Source;
import io.eventwire.schema.SourceFormat;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Extraction and resolution together on literal wire copy from another conflict: two outlets report
 * one shelling in their own words and numbers, a third article another event.
 */
class CrossArticleResolutionTest {

    private static final Instant NOW = Instant.parse("2024-05-13T12:00:00Z");

    private final ArticleCleaner cleaner = ArticleCleaner.standard();
    private final EventExtractor extractor = EventExtractor.standard();
    private final EventResolver resolver = EventResolver.standard();

    @Test
    void twoOutletsReportingOneShellingGiveOneEventWithBothSourcesAndTheTollRange() {
        Map<String, ConflictEvent> events = resolve(
                article("wire-one", "Wire One", "2024-05-12", "RSF shells El Fasher, killing 12\n\n"
                        + "EL FASHER, Sudan: The Rapid Support Forces shelled the city of El Fasher on Saturday, "
                        + "killing at least 12 civilians, local activists said."),
                article("wire-two", "Wire Two", "2024-05-12", "Paramilitary bombardment hits Darfur city\n\n"
                        + "Fighters of the paramilitary RSF bombarded El-Fasher in North Darfur state on Saturday, "
                        + "killing 15 people, according to a medical source at the city's hospital."),
                article("wire-three", "Wire One", "2024-05-13", "Army jets strike Khartoum North\n\n"
                        + "Sudanese army warplanes carried out air strikes on RSF positions in Khartoum North on "
                        + "Sunday, witnesses said."));

        assertThat(events).hasSize(2);
        ConflictEvent shelling = events.values().stream()
                .filter(event -> event.getSubEventType().equals("Shelling/artillery/missile attack")).findFirst().orElseThrow();
        assertThat(shelling.getSources()).extracting(Source::getArticleId).containsExactlyInAnyOrder("wire-one", "wire-two");
        assertThat(shelling.getOutletCount()).isEqualTo(2);
        assertThat(shelling.getFatalities()).isEqualTo(new Fatalities(12, 12, 15));
        assertThat(shelling.getEventDate()).isEqualTo("2024-05-11");
        assertThat(shelling.getActor1().getName()).isEqualTo("Rapid Support Forces");
    }

    @Test
    void aLaterTollUpdateAndAnotherSpellingJoinTheSameStrike() {
        Map<String, ConflictEvent> events = resolve(
                article("first", "Wire One", "2024-06-14", "Russian missile strike on Kharkiv kills seven\n\n"
                        + "KYIV, Ukraine: A Russian missile struck a residential district of Kharkiv on Thursday night, "
                        + "killing seven people and wounding 20, the regional governor said."),
                article("second", "Wire Two", "2024-06-14", "Missile hits Kharkov apartment block\n\n"
                        + "Russian forces fired missiles at an apartment block in Kharkov late on Thursday, killing at "
                        + "least 8 civilians, Ukrainian officials said on Friday."),
                article("update", "Wire Three", "2024-06-15", "Death toll rises in Kharkiv strike\n\n"
                        + "The death toll from Thursday's Russian missile attack on Kharkiv has risen to 11, the regional "
                        + "administration said on Saturday."));

        assertThat(events).hasSize(1);
        ConflictEvent strike = events.values().iterator().next();
        assertThat(strike.getSubEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(strike.getSources()).extracting(Source::getArticleId).containsExactly("first", "second", "update");
        assertThat(strike.getFatalities()).isEqualTo(new Fatalities(7, 7, 11));
        assertThat(strike.getActor1().getName()).isEqualTo("Military Forces of Russia");
        assertThat(strike.getEventDate()).isEqualTo("2024-06-13");
    }

    private Map<String, ConflictEvent> resolve(RawArticle... articles) {
        MapResolutionState state = new MapResolutionState();
        Map<String, ConflictEvent> live = new TreeMap<>();
        for (RawArticle raw : articles) {
            for (EventMention mention : extractor.extract(cleaner.clean(raw, NOW), NOW)) {
                for (EventUpdate update : resolver.resolve(mention, 0L, state, NOW)) {
                    if (update.event() == null || update.event().getMergedInto() != null) {
                        live.remove(update.eventId());
                    } else {
                        live.put(update.eventId(), update.event());
                    }
                }
            }
        }
        return live;
    }

    private static RawArticle article(String id, String outlet, String published, String text) {
        return RawArticle.newBuilder()
                .setArticleId(id)
                .setSourceUri("file:/wire/" + id + ".txt")
                .setFileName(id + ".txt")
                .setFormat(SourceFormat.TEXT)
                .setContentType(ContentType.TEXT_PLAIN)
                .setContent(text)
                .setPublished(published)
                .setOutlet(outlet)
                .setSizeBytes(text.length())
                .setIngestedAt(NOW)
                .build();
    }
}
