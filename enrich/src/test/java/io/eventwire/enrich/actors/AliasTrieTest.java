package io.eventwire.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The alias matcher on a literal data set: where aliases can start, and that nothing starts anywhere else. */
class AliasTrieTest {

    private static final String COUNTRIES = """
            # ISO2\tNAME\tOTHER\tDEMONYMS\tCAPITALS
            SY\tSyria\t-\tSyrian\tDamascus
            GM\tGambia\tThe Gambia\tGambian\tBanjul
            SS\tSouth Sudan\t-\tSouth Sudanese\tJuba
            """;

    private static final String ACTORS = """
            actor Military Forces of {country} ; STATE_FORCES ; -
                {c} army | the army | pro {c} forces
            actor Rebel Groups ({country}) ; REBEL_GROUP ; -
                rebels
            """;

    @Test
    void startsOnlyWhereTheFirstTwoWordsCanBeginAnAlias() {
        Fixture fixture = Fixture.of(ACTORS);
        Vocabulary vocabulary = fixture.vocabulary();
        AliasTrie.Matcher matcher = fixture.matcher();
        Tokens tokens = Tokens.of("the town, the army, The Gambia army, the Syrian army, rebels, South Sudan army, "
                + "South wind, pro Syrian forces, pro tem", vocabulary);

        AliasTrie.Starts marks = new AliasTrie.Starts();
        matcher.markStarts(tokens, marks);
        List<String> starts = new ArrayList<>();
        for (int token = 0; token < tokens.size; token++) {
            if (matcher.canStartAt(tokens, token)) {
                assertThat(marks.isMarked(token)).as("marked " + tokens.key(token)).isTrue();
                starts.add(token + " " + tokens.key(token));
            } else {
                assertThat(matcher.longestAt(tokens, token, new AliasTrie.Best())).as(tokens.key(token)).isNull();
            }
        }

        // not "17 syrian": "forces" follows a slot only after "pro"
        assertThat(starts).containsExactly("2 the", "4 the", "5 gambia", "8 syrian", "10 rebels", "11 south",
                "16 pro");
    }

    @Test
    void startsAtACountryWordOnlyBeforeWhatCanFollowItInAnAlias() {
        Fixture fixture = Fixture.of(ACTORS);
        AliasTrie.Matcher matcher = fixture.matcher();
        Tokens tokens = Tokens.of("Syria said. In Syria, Gambia and its army; Gambia and Syrian army; Syrian-Gambian "
                + "army; Damascus army", fixture.vocabulary());

        List<String> starts = new ArrayList<>();
        for (int token = 0; token < tokens.size; token++) {
            if (matcher.canStartAt(tokens, token)) {
                starts.add(token + " " + tokens.key(token));
            } else {
                assertThat(matcher.longestAt(tokens, token, new AliasTrie.Best())).as(tokens.key(token)).isNull();
            }
        }

        // "Syria said" and "Gambia and its" go on with nothing an alias takes; "Syria," may begin a run
        assertThat(starts).containsExactly("3 syria", "8 gambia", "10 syrian", "12 syrian", "13 gambian",
                "15 damascus");
    }

    @Test
    void marksFoundFromEveryTokenOnInTextsOfManyWords() {
        Fixture fixture = Fixture.of(ACTORS);
        Vocabulary vocabulary = fixture.vocabulary();
        AliasTrie.Matcher matcher = fixture.matcher();
        // the army at tokens 0, 70 and 139 of 140: marks in the first, second and third word of bits
        String text = "the army " + "word ".repeat(68) + "the army " + "word ".repeat(67) + "rebels";
        Tokens tokens = Tokens.of(text, vocabulary);
        AliasTrie.Starts marks = new AliasTrie.Starts();
        matcher.markStarts(tokens, marks);

        List<Integer> found = new ArrayList<>();
        for (int token = marks.next(0); token < tokens.size; token = marks.next(token + 1)) {
            found.add(token);
        }

        assertThat(tokens.size).isEqualTo(140);
        assertThat(found).containsExactly(0, 70, 139);
        assertThat(marks.next(140)).isEqualTo(140);
        assertThat(marks.next(71)).isEqualTo(139);
    }

    /** The fixture's countries and {@code actors} compiled against one vocabulary. */
    private record Fixture(Vocabulary vocabulary, AliasTrie.Matcher matcher) {

        static Fixture of(String actors) {
            CountryTable countries = CountryTable.parse(COUNTRIES, "countries");
            ActorData data = ActorData.parse(actors, "actors", countries);
            Set<String> keys = new LinkedHashSet<>();
            countries.collectKeys(keys);
            data.trie.collectKeys(keys);
            Vocabulary vocabulary = new Vocabulary(keys);
            return new Fixture(vocabulary, data.trie.compile(vocabulary, countries.compile(vocabulary)));
        }
    }
}
