package io.eventwire.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The data-file formats, on tiny literal fixtures. */
class ActorDataTest {

    private static final String COUNTRIES = """
            # ISO2\tNAME\tOTHER\tDEMONYMS\tCAPITALS
            SY\tSyria\t-\tSyrian\tDamascus
            GB\tthe United Kingdom\tUK | Britain\tBritish\tLondon
            """;

    private static ActorDictionary dictionary(String actors) {
        return ActorDictionary.of(COUNTRIES, actors);
    }

    @Test
    void buildsAliasesFromListsAndCountrySlots() {
        ActorDictionary actors = dictionary("""
                @list nouns = army | troops | warplanes ~0.5
                actor Military Forces of {country} ; STATE_FORCES ; -
                    {c} <nouns> | <nouns> of {c}
                """);

        assertThat(actors.findActors("Syrian troops, British warplanes and the army of Britain"))
                .extracting(ActorMention::surface, mention -> mention.actor().name(), ActorMention::confidence)
                .containsExactly(tuple("Syrian troops", "Military Forces of Syria", 1f),
                        tuple("British warplanes", "Military Forces of the United Kingdom", 0.5f),
                        tuple("army of Britain", "Military Forces of the United Kingdom", 1f));
    }

    @Test
    void takesOnlyDemonymsInADemonymSlot() {
        ActorDictionary actors = dictionary("""
                actor Military Forces of {country} ; STATE_FORCES ; -
                    {d} airstrike
                """);

        assertThat(actors.findActors("a British airstrike, not a London airstrike"))
                .extracting(ActorMention::surface)
                .containsExactly("British airstrike");
    }

    @Test
    void leavesThePlaceholderAfterASlotThatDoesNotFillIt() {
        ActorDictionary actors = dictionary("""
                actor Rebel Groups ({country}) ; REBEL_GROUP ; -
                    {x}-backed rebels
                """);

        assertThat(actors.findActors("UK-backed rebels")).extracting(mention -> mention.actor().name())
                .containsExactly("Rebel Groups ({country})");
    }

    @Test
    void absorbsMemberWordsAndLicensesContextNeedingAliases() {
        ActorDictionary actors = dictionary("""
                @member = fighters
                @context = linked
                actor Islamic State ; REBEL_GROUP ; -
                    IS?
                """);

        assertThat(actors.findActors("IS fighters, IS-linked groups, and IS alone"))
                .extracting(ActorMention::surface)
                .containsExactly("IS fighters", "IS");
    }

    @Test
    void hidesWhatAnIgnoredPhraseHolds() {
        ActorDictionary actors = dictionary("""
                actor Civilians ({country}) ; CIVILIANS ; -
                    children
                ignore
                    Save the Children
                """);

        assertThat(actors.findActors("Save the Children said children died")).extracting(ActorMention::surface)
                .containsExactly("children");
    }

    @Test
    void rejectsAnAliasGivenToTwoActors() {
        assertThatThrownBy(() -> dictionary("""
                actor Hayat Tahrir al-Sham ; REBEL_GROUP ; SY
                    HTS
                actor Hurras al-Din ; REBEL_GROUP ; SY
                    HTS
                """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actors:4: 'HTS' is already an alias at actors:2: of Hayat Tahrir al-Sham");
    }

    @Test
    void reportsEveryInvalidLineAtOnce() {
        assertThatThrownBy(() -> dictionary("""
                actor Somebody ; WARLORD ; SY
                actor Somebody ; REBEL_GROUP ; XX
                actor Rebel Groups ({country}) ; REBEL_GROUP ; SY
                actor Rebel Groups ; REBEL_GROUP ; -
                    {c} rebels
                    {y} rebels
                    rebels (Syria)
                    <nouns> rebels
                """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(
                        "actors:1: unknown kind 'WARLORD'",
                        "actors:2: unknown country 'XX'",
                        "actors:3: an actor named with {country} takes '-' as its country",
                        "actors:5: '{c} rebels': {c} and {d} fill {country}",
                        "actors:6: unknown slot {y}",
                        "actors:7: 'rebels (Syria)': only spaces, hyphens, apostrophes and slashes may separate words",
                        "actors:8: unknown list <nouns>");
    }

    @Test
    void rejectsAWordThatNamesTwoCountries() {
        assertThatThrownBy(() -> ActorDictionary.of("""
                SY\tSyria\t-\tSyrian\t-
                SS\tSouth Syria\tSyria\t-\t-
                """, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("countries:2: 'Syria' already names SY");
    }

    @Test
    void loadsTheShippedDataForTheWorldsConflicts() {
        ActorDictionary actors = ActorDictionary.standard();

        assertThat(actors.countryCount()).isGreaterThanOrEqualTo(200);
        assertThat(actors.actorCount()).isGreaterThanOrEqualTo(150);
        assertThat(actors.aliasCount()).isGreaterThanOrEqualTo(1500);
    }
}
