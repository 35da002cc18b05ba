package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
