package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotesTest {

    private final Notes notes = Notes.standard();

    @Test
    void writesAnAcledStyleNote() {
        assertThat(notes.write("Government regains territory", LocalDate.of(2019, 8, 20), "Military Forces of Syria",
                "Hayat Tahrir al-Sham", "Khan Shaykhun (Idlib)"))
                .isEqualTo("On 20 August 2019, Military Forces of Syria regained control of Khan Shaykhun (Idlib)"
                        + " from Hayat Tahrir al-Sham.");
    }

    @Test
    void leavesOutTheMissingSecondActor() {
        assertThat(notes.write("Shelling/artillery/missile attack", LocalDate.of(2019, 8, 20), "Military Forces of Syria",
                null, "Jisr ash Shughur (Idlib)"))
                .isEqualTo("On 20 August 2019, Military Forces of Syria shelled or fired missiles in Jisr ash Shughur (Idlib).");
    }

    @Test
    void fallsBackToTheDefaultTemplate() {
        assertThat(notes.write("Grenade", LocalDate.of(2024, 1, 2), "Unidentified Armed Group (Mali)", null, "Mopti"))
                .isEqualTo("On 2 January 2024, Unidentified Armed Group (Mali) was involved in an event (Grenade) in Mopti.");
    }

    @Test
    void writesEveryDateAsTheFormatterDoes() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        for (LocalDate date = LocalDate.of(1999, 12, 1); date.isBefore(LocalDate.of(2001, 3, 1)); date = date.plusDays(1)) {
            assertThat(notes.write("Grenade", date, "X", null, "Y")).startsWith("On " + formatter.format(date) + ",");
        }
        for (LocalDate date : new LocalDate[] {LocalDate.of(999, 5, 1), LocalDate.of(10000, 5, 1), LocalDate.of(1000, 1, 9)}) {
            assertThat(notes.write("Grenade", date, "X", null, "Y")).startsWith("On " + formatter.format(date) + ",");
        }
    }
}
