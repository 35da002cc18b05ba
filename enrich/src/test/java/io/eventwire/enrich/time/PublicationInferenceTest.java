package io.eventwire.enrich.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.schema.DatePrecision;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationInferenceTest {

    private static final DateResolver RESOLVER = DateResolver.standard();

    @Test
    void aLabelledHeaderLineWinsOverOtherDates() {
        String text = "SUN 9 - 8 - 2020\nDate: Aug 21, 2019\nSource: The Daily Star\nSyria militants flee rebel town\n"
                + "BEIRUT: The group said on January 3, 2020 it would return.";
        DateMention m = RESOLVER.inferPublication(text).orElseThrow();
        assertThat(m.min()).isEqualTo("2019-08-21");
        assertThat(m.max()).isEqualTo("2019-08-21");
        assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(m.surface()).isEqualTo("Aug 21, 2019");
    }

    @Test
    void aFullDateInACaptionNearTheTopIsTheDay() {
        String text = "Syria: jihadists’ strong resistance to regime in Idleb\n\nAn anti-regime fighter fires rockets from a"
                + " village, during fighting in Idleb province, January 11, 2018\n\nThe jihadists were strongly opposed Thursday.";
        DateMention m = RESOLVER.inferPublication(text).orElseThrow();
        assertThat(m.min()).isEqualTo("2018-01-11");
        assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aWeekdayAndDatePairPicksTheFittingYearAfterTheLatestYearMentioned() {
        String text = "Assad's regime advances in rebel Idlib province\n\nCivilians flee, on January 28.\n\nThe fighting"
                + " began in April 2019. The city got rid of the government in October 2012. They entered Tuesday,"
                + " January 28, in Maarat Al-Nouman.";
        DateMention m = RESOLVER.inferPublication(text).orElseThrow();
        assertThat(m.min()).isEqualTo("2020-01-28");
        assertThat(m.max()).isEqualTo("2020-02-04");
        assertThat(m.precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(m.surface()).isEqualTo("Tuesday, January 28");
    }

    @Test
    void aYearlessDateAfterTheLatestMonthMentionedIsInTheNextYear() {
        String text = "The offensive began in April 2019. Civilians fled on January 28.";
        DateMention m = RESOLVER.inferPublication(text).orElseThrow();
        assertThat(m.min()).isEqualTo("2020-01-28");
        assertThat(m.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void aYearAloneGivesYearPrecision() {
        DateMention m = RESOLVER.inferPublication("The town was lost in 2014 and retaken in 2016.").orElseThrow();
        assertThat(m.min()).isEqualTo("2016-01-01");
        assertThat(m.max()).isEqualTo("2016-12-31");
        assertThat(m.precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void noDateNoPublication() {
        assertThat(RESOLVER.inferPublication("Troops advanced on Tuesday amid heavy shelling.")).isEqualTo(Optional.empty());
    }
}
