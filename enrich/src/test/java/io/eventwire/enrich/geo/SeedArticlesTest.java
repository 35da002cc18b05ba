package io.eventwire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles in {@code ../seeds}: every place the gold annotation codes is found under the spelling
 * that article uses. The seed spellings live here, never in the gazetteer's code or data.
 */
class SeedArticlesTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final long KHAN_SHAYKHUN = 168325;
    private static final long MAARAT_AN_NUMAN = 167611;
    private static final long JISR_ASH_SHUGHUR = 169023;
    private static final long MURAK = 166640;
    private static final long AT_TAMANIAH = 172347;
    private static final long ABU_AZ_ZUHUR = 174611;
    private static final String ABU_AL_DUHUR_AIRBASE = "Abu al-Duhur Military Airbase";

    private static final Set<Long> FOUND_IDS = new HashSet<>();
    private static final Set<String> FOUND_NAMES = new HashSet<>();
    private static final Set<String> FOUND_COUNTRIES = new HashSet<>();

    @BeforeAll
    static void readSeeds() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(SEEDS)) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(articles).hasSize(5);
        for (Path article : articles) {
            for (PlaceMention mention : Gazetteer.standard().findPlaces(Files.readString(article))) {
                if (mention.place().geonamesId() != null) {
                    FOUND_IDS.add(mention.place().geonamesId());
                }
                FOUND_NAMES.add(mention.place().name());
                if (mention.place().kind() != PlaceKind.COUNTRY) {
                    FOUND_COUNTRIES.add(mention.place().countryCode());
                }
            }
        }
    }

    @Test
    void findsEveryGoldPlace() {
        assertThat(FOUND_IDS).contains(KHAN_SHAYKHUN, MAARAT_AN_NUMAN, JISR_ASH_SHUGHUR, MURAK, AT_TAMANIAH);
    }

    @Test
    void findsTheAbuDuhurAirbaseOrTown() {
        assertThat(FOUND_IDS.contains(ABU_AZ_ZUHUR) || FOUND_NAMES.contains(ABU_AL_DUHUR_AIRBASE)).isTrue();
    }

    @Test
    void placesBelowCountryLevelAreInTheCountriesTheArticlesTalkAbout() {
        // Syria, and Moscow, Ankara, Sochi and a Beirut dateline
        assertThat(FOUND_COUNTRIES).containsExactlyInAnyOrder("SY", "TR", "RU", "LB");
    }
}
