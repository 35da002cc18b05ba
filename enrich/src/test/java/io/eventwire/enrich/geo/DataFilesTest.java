package io.eventwire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped data files: attribution, and no spelling taken from the seed articles. */
class DataFilesTest {

    private static final String ATTRIBUTION = "Contains data from GeoNames (geonames.org), CC BY 4.0";
    private static final Path MAIN_CODE = Path.of("src/main/java/io/eventwire/enrich/geo");
    private static final Path DATA = Path.of("src/main/resources/io/eventwire/enrich/geo");
    /** Spellings of the seed articles that general sources do not use; the code must reach them by rule. */
    private static final List<String> SEED_SPELLINGS = List.of("jan sheikhun", "khan cheikhoun", "maarat al-nouman",
            "maaret al-numan", "maarat al-numan", "abu douhour", "al-tamanah", "al-tamana", "saraqeb", "idleb",
            "morek", "hayat tahrir al-cham", "jisr al-shughur");

    @ParameterizedTest
    @ValueSource(strings = {"places.tsv.gz", "regions.tsv.gz"})
    void geonamesFilesCarryTheAttribution(String file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DATA.resolve(file)))) {
            String head = new String(in.readNBytes(200), StandardCharsets.UTF_8);
            assertThat(head).startsWith("# " + ATTRIBUTION);
        }
    }

    @Test
    void theReadmeNextToTheDataCarriesTheAttribution() throws IOException {
        assertThat(Files.readString(DATA.resolve("README.md"))).contains(ATTRIBUTION);
    }

    @Test
    void seedSpellingsAreNeitherInTheCodeNorInTheHandWrittenData() throws IOException {
        List<Path> files;
        try (Stream<Path> code = Files.list(MAIN_CODE); Stream<Path> data = Files.list(DATA)) {
            files = Stream.concat(code, data.filter(f -> f.toString().endsWith(".tsv"))).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            String text = Files.readString(file).toLowerCase(Locale.ROOT);
            for (String spelling : SEED_SPELLINGS) {
                assertThat(text).as("%s in %s", spelling, file).doesNotContain(spelling);
            }
        }
    }
}
