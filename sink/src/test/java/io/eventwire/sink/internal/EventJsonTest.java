package io.eventwire.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.schema.ConflictEvent;
import io.eventwire.schema.EventType;
import io.eventwire.sink.Fixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void printsTheExportLineWithTheContractKeys() {
        String line = EventJson.exportLine(EventJson.payload(Fixtures.event("e1", 2)));

        assertThat(line).isEqualTo("{\"event_id\":\"e1\",\"version\":2,\"event_type\":\"Battles\","
                + "\"sub_event_type\":\"Armed clash\",\"event_date\":\"2019-08-21\",\"event_date_max\":\"2019-08-21\","
                + "\"date_precision\":\"DAY\","
                + "\"actor1\":\"Military Forces of Syria\",\"actor1_inter\":1,\"actor1_country\":\"SY\","
                + "\"actor2\":\"Hayat Tahrir al-Sham\",\"actor2_inter\":2,\"actor2_country\":null,"
                + "\"location\":{\"name\":\"Khan Shaykhun\",\"geonames_id\":169389,\"latitude\":35.44208,"
                + "\"longitude\":36.65095,\"country_code\":\"SY\",\"admin1\":\"Idlib\",\"admin2\":\"Maarrat an Nu'man\","
                + "\"precision\":\"EXACT\"},"
                + "\"fatalities\":{\"low\":10,\"best\":12,\"high\":15},\"injured\":20,"
                + "\"sources\":[{\"article_id\":\"a1\",\"source_uri\":\"file:seeds/a1.txt\",\"outlet\":\"Wire Agency\","
                + "\"published\":\"2019-08-21\",\"evidence\":{"
                + "\"sentence\":\"Government forces clashed with militants in Khan Sheikhoun.\","
                + "\"start_offset\":0,\"end_offset\":59,\"reported_by\":\"Syrian Observatory for Human Rights\","
                + "\"confidence\":0.9}}],"
                + "\"source_count\":1,\"outlet_count\":1,\"notes\":\"Clashes in Khan Sheikhoun, version 2.\","
                + "\"first_reported_at\":\"2019-08-21\",\"last_reported_at\":\"2019-08-21\"}");
    }

    @Test
    void printsNullForAMissingSecondActorAndPlace() {
        ConflictEvent event = ConflictEvent.newBuilder(Fixtures.event("e1", 1)).setActor2(null).setLocation(null).build();

        String line = EventJson.exportLine(EventJson.payload(event));

        assertThat(line).contains("\"actor2\":null,\"actor2_inter\":null,\"actor2_country\":null,\"location\":null,");
    }

    @Test
    void keepsEveryFieldInThePayload() {
        String payload = EventJson.payload(Fixtures.mergedInto(Fixtures.event("e1", 1), "e9"));

        assertThat(payload)
                .contains("\"actor1\":{\"name\":\"Military Forces of Syria\",\"inter_code\":1,\"country_code\":\"SY\","
                        + "\"surface\":\"government forces\"}")
                .contains("\"surface\":\"Khan Sheikhoun\"")
                .contains("\"merged_into\":\"e9\"")
                .endsWith("\"updated_at\":\"2019-08-22T08:00:02Z\"}");
    }

    @Test
    void labelsEveryEventTypeTheAcledWay() {
        assertThat(Arrays.stream(EventType.values()).map(AcledLabels::label)).containsExactly(
                "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                "Strategic developments", "Unknown");
    }
}
