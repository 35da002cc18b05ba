package io.eventwire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.DateOrigin;
import io.eventwire.schema.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cleans the five seed articles of {@code ../seeds} with their manifest metadata. */
class SeedArticlesTest {

    private static final Path SEEDS = Path.of("../seeds");
    private static final ArticleCleaner CLEANER = ArticleCleaner.standard();
    private static final Instant NOW = Instant.parse("2024-05-06T07:08:09Z");

    private static final List<String> BOILERPLATE = List.of("Leave a Reply", "Subscribe", "Notify of", "LEAVE A REPLY",
            "Please enter", "Sign in", "Related News", "Related Articles", "Copyright", "Readers Comments",
            "security code", "Terms of service", "Ⓒ");

    private static final Map<String, String> HEADLINES = Map.of(
            "000", "The Syrian Army recovers a strategic city in Idlib",
            "001", "Assad's regime advances in rebel Idlib province",
            "002", "Syria: jihadists’ strong resistance to regime in Idleb",
            "003", "Syrian Regime Forces Gain Control of Key Town in Idlib",
            "004", "Syria militants flee rebel town as army advances");

    private static final Map<String, List<String>> KEY_SENTENCES = Map.of(
            "000", List.of("The Syrian Army regained control on Tuesday of the strategic city of Jan Sheikhun",
                    "At least 25,000 people have had to leave their homes fleeing the fighting in the last 24 hours",
                    "“It is a very bitter outcome for these people of Idlib,” he concludes."),
            "001", List.of("they entered Tuesday, January 28, in Maarat Al-Nouman",
                    "Maarat Al-Nouman was punished without respite, with missiles, bombs and explosive barrels."),
            "002", List.of("On Thursday, clashes on this front cost the lives of 19 jihadists and 12 pro-regime fighters",
                    "Assad said in a statement from the presidency on Thursday."),
            "003", List.of("Syrian regime forces took full control of the key northwestern town of Khan Sheikhoun",
                    "to return to conducting dialogues (given the Syrian army victories"),
            "004", List.of("BEIRUT: The main insurgent group in the Syrian province of Idlib pulled out of a key rebel town",
                    "“We will do what is necessary for the security of our soldiers ... but we are working to avoid "
                            + "reaching that point,” he said."));

    /** One seed file with its manifest entry. */
    record Seed(String file, @Nullable String published, @Nullable String outlet, @Nullable String language) {

        String number() {
            return file.substring(0, 3);
        }

        RawArticle.Builder raw() throws IOException {
            return RawArticles.text(Files.readString(SEEDS.resolve(file)))
                    .setSourceUri("file:seeds/" + file)
                    .setPublished(published)
                    .setOutlet(outlet)
                    .setLanguage(language);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Seed> seeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        for (JsonNode entry : new ObjectMapper().readTree(SEEDS.resolve("manifest.json").toFile())) {
            seeds.add(new Seed(entry.get("file").asText(), text(entry, "published"), text(entry, "outlet"),
                    text(entry, "language")));
        }
        return seeds;
    }

    private static @Nullable String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static CleanArticle clean(RawArticle.Builder raw) {
        return CLEANER.clean(raw.build(), NOW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void keepsNoBoilerplateLine(Seed seed) throws IOException {
        CleanArticle article = clean(seed.raw());

        assertThat(article.getParagraphs()).isNotEmpty().allSatisfy(paragraph ->
                assertThat(paragraph).doesNotContain(BOILERPLATE.toArray(String[]::new)));
        assertThat(article.getBoilerplateRemoved()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void keepsTheKeySentences(Seed seed) throws IOException {
        String body = String.join("\n\n", clean(seed.raw()).getParagraphs());

        assertThat(body).contains(KEY_SENTENCES.get(seed.number()).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void findsTheHeadlineAndKeepsItOutOfTheBody(Seed seed) throws IOException {
        CleanArticle article = clean(seed.raw());

        assertThat(article.getHeadline()).isEqualTo(HEADLINES.get(seed.number()));
        assertThat(article.getParagraphs()).doesNotContain(HEADLINES.get(seed.number()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void countsRepeatedParagraphsOnlyInTheFirstSeed(Seed seed) throws IOException {
        CleanArticle article = clean(seed.raw());

        assertThat(article.getRepeatedParagraphs()).isEqualTo(seed.number().equals("000") ? 1 : 0);
        assertThat(article.getParagraphs()).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void keepsTheFeedDate(Seed seed) throws IOException {
        CleanArticle article = clean(seed.raw());

        assertThat(article.getPublished()).isEqualTo(seed.published());
        assertThat(article.getPublishedFrom()).isEqualTo(DateOrigin.FEED);
    }

    @Test
    void readsTheDateDatelineAndOutletOfSeed004FromItsText() throws IOException {
        CleanArticle article = clean(seed("004").raw().setPublished(null).setOutlet(null));

        assertThat(article.getPublished()).isEqualTo("2019-08-21");
        assertThat(article.getPublishedFrom()).isEqualTo(DateOrigin.TEXT);
        assertThat(article.getDateline()).isEqualTo("BEIRUT");
        assertThat(article.getOutlet()).isEqualTo("The Daily Star");
        assertThat(article.getParagraphs().get(0)).startsWith("BEIRUT: The main insurgent group");
        assertThat(article.getParagraphs()).noneMatch(paragraph -> paragraph.startsWith("Date:")
                || paragraph.startsWith("Source:") || paragraph.startsWith("SUN 9"));
    }

    @Test
    void setsTheRepeatedPhotoCaptionOfSeed001Apart() throws IOException {
        CleanArticle article = clean(seed("001").raw());

        assertThat(article.getCaptions()).containsExactly("Civilians flee the advance of Damascus troops north of "
                + "Idlib, heading for the Turkish border, on January 28.");
        assertThat(article.getParagraphs()).noneMatch(paragraph -> paragraph.startsWith("Civilians flee"));
    }

    @Test
    void setsTheCreditedPhotoCaptionsOfSeeds002And003Apart() throws IOException {
        assertThat(clean(seed("002").raw()).getCaptions()).hasSize(3).first().isEqualTo("An anti-regime fighter "
                + "fires rockets from a village near Al-Tamanah, during fighting in Idleb province, January 11, 2018");
        assertThat(clean(seed("003").raw()).getCaptions()).containsExactly("Opposition fighters drive past a "
                + "Turkish military convoy at a highway between Maaret al-Numan and Khan Sheikhun in Idlib, Syria");
    }

    @Test
    void dropsTheTrailingLinkListOfSeed003() throws IOException {
        List<String> paragraphs = clean(seed("003").raw()).getParagraphs();

        assertThat(paragraphs.get(paragraphs.size() - 1)).startsWith("“However,” the researchers conclude");
    }

    private static Seed seed(String number) throws IOException {
        return seeds().stream().filter(seed -> seed.number().equals(number)).findFirst().orElseThrow();
    }
}
