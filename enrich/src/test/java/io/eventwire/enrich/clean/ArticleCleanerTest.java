package io.eventwire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.ContentType;
import io.eventwire.schema.DateOrigin;
import io.eventwire.schema.RawArticle;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    private static final ArticleCleaner CLEANER = ArticleCleaner.standard();
    private static final Instant NOW = Instant.parse("2024-05-06T07:08:09Z");

    private static final String SHELLING = "Government forces shelled the village of Kafr Nabl on Tuesday, killing four "
            + "civilians and wounding nine others, local officials said.";
    private static final String CLASHES = "Clashes continued overnight along the front line south of the town, "
            + "according to a monitoring group that relies on a network of sources on the ground.";
    private static final String DISPLACED = "Thousands of families have fled the fighting since the start of the "
            + "month, most of them heading north towards camps near the border.";

    private static CleanArticle clean(RawArticle.Builder raw) {
        return CLEANER.clean(raw.build(), NOW);
    }

    private static CleanArticle cleanText(String... lines) {
        return clean(RawArticles.text(String.join("\n", lines)));
    }

    @Nested
    class Datelines {

        @Test
        void recordsAnUpperCaseDatelineAndKeepsTheParagraphIntact() {
            CleanArticle article = cleanText("Troops retake town", "", "BEIRUT: " + SHELLING, "", CLASHES);

            assertThat(article.getDateline()).isEqualTo("BEIRUT");
            assertThat(article.getParagraphs()).containsExactly("BEIRUT: " + SHELLING, CLASHES);
        }

        @Test
        void readsAWireDatelineWithDateAndAgency() {
            CleanArticle article = cleanText("KABUL, March 3 (Reuters) - " + SHELLING);

            assertThat(article.getDateline()).isEqualTo("KABUL");
            assertThat(article.getParagraphs()).containsExactly("KABUL, March 3 (Reuters) - " + SHELLING);
        }

        @Test
        void readsADashDatelineAndATitleCaseOneWithAnAgency() {
            assertThat(cleanText("ADEN — " + SHELLING).getDateline()).isEqualTo("ADEN");
            assertThat(cleanText("KHARTOUM, Sudan (AP) — " + SHELLING).getDateline()).isEqualTo("KHARTOUM");
            assertThat(cleanText("Beirut (AFP) - " + SHELLING).getDateline()).isEqualTo("Beirut");
        }

        @Test
        void readsADatelineWithCountryDayMonthAndYear() {
            assertThat(cleanText("Pemba, Mozambique, 27 May 2025 (Lusa) - " + SHELLING).getDateline())
                    .isEqualTo("Pemba");
            assertThat(cleanText("GOMA, Congo, March 3, 2025 (Reuters) - " + SHELLING).getDateline()).isEqualTo("GOMA");
        }

        @Test
        void findsNoDatelineInAnOrdinaryOpening() {
            assertThat(cleanText(SHELLING).getDateline()).isNull();
            assertThat(cleanText("US-backed forces said: " + SHELLING).getDateline()).isNull();
        }
    }

    @Nested
    class PublicationDate {

        @Test
        void readsTheDateLineAndDropsItFromTheBody() {
            CleanArticle article = cleanText("Date: Aug 21, 2019", "Troops retake town", SHELLING);

            assertThat(article.getPublished()).isEqualTo("2019-08-21");
            assertThat(article.getPublishedFrom()).isEqualTo(DateOrigin.TEXT);
            assertThat(article.getHeadline()).isEqualTo("Troops retake town");
            assertThat(article.getParagraphs()).containsExactly(SHELLING);
        }

        @Test
        void readsADateOnlyHeaderLineInEveryWrittenForm() {
            assertThat(cleanText("August 21, 2019", SHELLING).getPublished()).isEqualTo("2019-08-21");
            assertThat(cleanText("21 August 2019", SHELLING).getPublished()).isEqualTo("2019-08-21");
            assertThat(cleanText("2019-08-21", SHELLING).getPublished()).isEqualTo("2019-08-21");
            assertThat(cleanText("Published: Wednesday 21 Aug. 2019 10:32 GMT", SHELLING).getPublished())
                    .isEqualTo("2019-08-21");
        }

        @Test
        void prefersTheFeedDate() {
            CleanArticle article = clean(RawArticles.text("Date: Aug 21, 2019\n" + SHELLING).setPublished("2019-08-20"));

            assertThat(article.getPublished()).isEqualTo("2019-08-20");
            assertThat(article.getPublishedFrom()).isEqualTo(DateOrigin.FEED);
            assertThat(article.getParagraphs()).containsExactly(SHELLING);
        }

        @Test
        void leavesTheDateUnknownWhenNoneIsGiven() {
            CleanArticle article = cleanText("Troops retake town", SHELLING + " It was March 3, 2019.");

            assertThat(article.getPublished()).isNull();
            assertThat(article.getPublishedFrom()).isEqualTo(DateOrigin.NONE);
        }

        @Test
        void dropsAPageDateStampWithoutTakingItAsThePublicationDate() {
            CleanArticle article = cleanText("SUN 9 - 8 - 2020", "Troops retake town", SHELLING);

            assertThat(article.getPublished()).isNull();
            assertThat(article.getHeadline()).isEqualTo("Troops retake town");
            assertThat(article.getBoilerplateRemoved()).isEqualTo(1);
        }
    }

    @Nested
    class Metadata {

        @Test
        void takesTheFirstShortLineWithoutClosingPunctuationAsHeadline() {
            CleanArticle article = cleanText("Sign in / Join", "", "Syria: rebels hold the airport", "", SHELLING);

            assertThat(article.getHeadline()).isEqualTo("Syria: rebels hold the airport");
            assertThat(article.getParagraphs()).containsExactly(SHELLING);
            assertThat(article.getBoilerplateRemoved()).isEqualTo(1);
        }

        @Test
        void keepsTheFeedHeadlineAndDropsItsRepeatInTheText() {
            CleanArticle article = clean(RawArticles.text("Troops retake town\n\n" + SHELLING)
                    .setHeadline("Troops Retake Town"));

            assertThat(article.getHeadline()).isEqualTo("Troops Retake Town");
            assertThat(article.getParagraphs()).containsExactly(SHELLING);
        }

        @Test
        void takesTheOutletFromASourceLineAndTheBylineFromAByLine() {
            CleanArticle article = cleanText("Source: The Daily Star", "Troops retake town", "By Jane Doe", SHELLING);

            assertThat(article.getOutlet()).isEqualTo("The Daily Star");
            assertThat(article.getByline()).isEqualTo("Jane Doe");
            assertThat(article.getParagraphs()).containsExactly(SHELLING);
        }

        @Test
        void keepsAShortStandfirstUnderTheHeadlineAsAParagraph() {
            CleanArticle article = cleanText("Troops retake town", "", "The army advances on the last rebel stronghold",
                    "", SHELLING);

            assertThat(article.getParagraphs())
                    .containsExactly("The army advances on the last rebel stronghold", SHELLING);
        }

        @Test
        void copiesTheFeedFieldsAndStampsTheCleaningTime() {
            RawArticle raw = RawArticles.text(SHELLING).setOutlet("AFP").setUrl("https://example.org/a1")
                    .setLanguage("en").setByline("John Roe").build();

            CleanArticle article = CLEANER.clean(raw, NOW);

            assertThat(article.getArticleId()).isEqualTo(raw.getArticleId());
            assertThat(article.getSourceUri()).isEqualTo(raw.getSourceUri());
            assertThat(article.getOutlet()).isEqualTo("AFP");
            assertThat(article.getUrl()).isEqualTo("https://example.org/a1");
            assertThat(article.getLanguage()).isEqualTo("en");
            assertThat(article.getByline()).isEqualTo("John Roe");
            assertThat(article.getNearDuplicateOf()).isNull();
            assertThat(article.getCleanedAt()).isEqualTo(NOW);
        }
    }

    @Nested
    class Captions {

        @Test
        void keepsOneCaptionOfACaptionFollowedByItsRepeatWithACredit() {
            CleanArticle article = cleanText("Troops retake town", "",
                    "Civilians flee the advance of government troops, on January 28.",
                    "Civilians flee the advance of government troops, on January 28. JANE DOE / AFP", "", SHELLING);

            assertThat(article.getCaptions()).containsExactly("Civilians flee the advance of government troops, on January 28.");
            assertThat(article.getParagraphs()).containsExactly(SHELLING);
            assertThat(article.getBoilerplateRemoved()).isEqualTo(1);
        }

        @Test
        void cutsABracketedPhotoCredit() {
            CleanArticle article = cleanText("Fighters drive past a military convoy near the town (Photo: AP)", "", SHELLING);

            assertThat(article.getCaptions()).containsExactly("Fighters drive past a military convoy near the town");
            assertThat(article.getParagraphs()).containsExactly(SHELLING);
        }

        @Test
        void cutsALeadingAgencyCopyrightCredit() {
            CleanArticle article = cleanText(SHELLING, "", "Ⓒ AFP – JANE DOE – | Families flee fighting near the border",
                    "", CLASHES);

            assertThat(article.getCaptions()).containsExactly("Families flee fighting near the border");
            assertThat(article.getParagraphs()).containsExactly(SHELLING, CLASHES);
        }

        @Test
        void cutsTrailingPhotoAndAgencyCredits() {
            CleanArticle article = cleanText(SHELLING, "A destroyed tank outside the city. Photo: Reuters/John Roe",
                    "Smoke rises over the old town (AP Photo/Jane Doe)", "Photo: AP", CLASHES);

            assertThat(article.getCaptions())
                    .containsExactly("A destroyed tank outside the city.", "Smoke rises over the old town");
            assertThat(article.getParagraphs()).containsExactly(SHELLING, CLASHES);
            assertThat(article.getBoilerplateRemoved()).isEqualTo(1);
        }

        @Test
        void keepsFigureCaptionsOfAPageWithoutTheirCredits() {
            CleanArticle article = clean(RawArticles.html("<article><p>" + SHELLING + "</p>"
                    + "<figure><img src=x.jpg><figcaption>A checkpoint near the town (Photo: AFP)</figcaption></figure>"
                    + "<figure><figcaption>Photo: AP</figcaption></figure></article>"));

            assertThat(article.getCaptions()).containsExactly("A checkpoint near the town");
            assertThat(article.getParagraphs()).containsExactly(SHELLING);
        }
    }

    @Nested
    class RepeatedParagraphs {

        @Test
        void dropsAnExactRepeatAndCountsIt() {
            CleanArticle article = cleanText(SHELLING, "", CLASHES, "", SHELLING, "", DISPLACED);

            assertThat(article.getParagraphs()).containsExactly(SHELLING, CLASHES, DISPLACED);
            assertThat(article.getRepeatedParagraphs()).isEqualTo(1);
        }

        @Test
        void dropsARepeatThatDiffersOnlyInCaseSpacingAndPunctuation() {
            String shouted = SHELLING.toUpperCase(java.util.Locale.ROOT).replace(",", "").replace(" ", "\u00A0 ");

            CleanArticle article = cleanText(SHELLING, "", shouted);

            assertThat(article.getParagraphs()).containsExactly(SHELLING);
            assertThat(article.getRepeatedParagraphs()).isEqualTo(1);
        }

        @Test
        void dropsANearRepeatWithOneWordChanged() {
            String longer = SHELLING + " " + CLASHES + " " + DISPLACED;
            String edited = longer.replace("nine others", "ten others");

            CleanArticle article = cleanText(longer, "", CLASHES, "", edited);

            assertThat(article.getParagraphs()).containsExactly(longer, CLASHES);
            assertThat(article.getRepeatedParagraphs()).isEqualTo(1);
        }

        @Test
        void keepsParagraphsThatOnlyShareSomeWords() {
            String variant = SHELLING.replace("Tuesday, killing four civilians and wounding nine others",
                    "Wednesday, destroying a school and a bakery in the market square");

            CleanArticle article = cleanText(SHELLING, "", variant);

            assertThat(article.getParagraphs()).containsExactly(SHELLING, variant);
            assertThat(article.getRepeatedParagraphs()).isZero();
        }
    }

    @Nested
    class Boilerplate {

        @Test
        void dropsARelatedNewsBlockUpToTheNextLongParagraph() {
            CleanArticle article = cleanText(SHELLING, "Related News", "Rebels shell army positions near Hama",
                    "UN warns of a humanitarian disaster", "Related Articles", "The long road to peace talks", "",
                    CLASHES);

            assertThat(article.getParagraphs()).containsExactly(SHELLING, CLASHES);
            assertThat(article.getBoilerplateRemoved()).isEqualTo(5);
        }

        @Test
        void endsARelatedListAtTheFirstFullSentence() {
            String quote = "“We will not leave an inch of land,” the group said.";

            CleanArticle article = cleanText(SHELLING, "Related:", "Rebels shell army positions near Hama", quote);

            assertThat(article.getParagraphs()).containsExactly(SHELLING, quote);
            assertThat(article.getBoilerplateRemoved()).isEqualTo(2);
        }

        @Test
        void dropsCommentForms() {
            CleanArticle article = cleanText(SHELLING, "", "Leave a Reply", "", "avatar", "\u00A0Subscribe\u00A0",
                    "Notify of", "LEAVE A REPLY", "Please enter your comment!", "Please enter your name here",
                    "Readers Comments (0)", "Add your comment", "Enter the security code below*",
                    "\u00A0Can't read this? Try Another.");

            assertThat(article.getParagraphs()).containsExactly(SHELLING);
            assertThat(article.getBoilerplateRemoved()).isEqualTo(11);
        }

        @Test
        void dropsCopyrightLegalAndSourceListLines() {
            CleanArticle article = cleanText(SHELLING, "[Sources: ITIC, Reuters]", "img", "\u00A0", "* * *",
                    "Copyright 2020 . All rights reserved", "© 2021 The Wire Company", "Terms of service");

            assertThat(article.getParagraphs()).containsExactly(SHELLING);
            assertThat(article.getBoilerplateRemoved()).isEqualTo(6);
        }

        @Test
        void dropsPaywallTeasersAndShareWidgets() {
            CleanArticle article = cleanText(SHELLING, "Article reserved for our subscribers Read also In Libya, a deal",
                    "Share this article", "Facebook Twitter WhatsApp", CLASHES);

            assertThat(article.getParagraphs()).containsExactly(SHELLING, CLASHES);
            assertThat(article.getBoilerplateRemoved()).isEqualTo(3);
        }

        @Test
        void dropsATrailingListOfLinkTitlesAfterTheBody() {
            CleanArticle article = cleanText(SHELLING, "", CLASHES, "", "Rare earths and the trade war",
                    "The eastern seas after Afghanistan", "Intelligence services organise and investigate");

            assertThat(article.getParagraphs()).containsExactly(SHELLING, CLASHES);
            assertThat(article.getBoilerplateRemoved()).isEqualTo(3);
        }

        @Test
        void keepsSubheadingsBetweenBodyParagraphs() {
            CleanArticle article = cleanText(SHELLING, "", "– Anger of Ankara –", "", CLASHES);

            assertThat(article.getParagraphs()).containsExactly(SHELLING, "– Anger of Ankara –", CLASHES);
            assertThat(article.getBoilerplateRemoved()).isZero();
        }
    }

    @Nested
    class Paragraphs {

        @Test
        void separatesShortLinesOnSingleNewlinesAndNormalisesWhitespace() {
            CleanArticle article = cleanText("Troops retake town", "  Curfew  declared in the “old city”\u00A0 ",
                    SHELLING);

            assertThat(article.getHeadline()).isEqualTo("Troops retake town");
            assertThat(article.getParagraphs()).containsExactly("Curfew declared in the “old city”", SHELLING);
        }

        @Test
        void joinsHardWrappedLinesBackIntoParagraphs() {
            CleanArticle article = cleanText(
                    "Troops retake town",
                    "BEIRUT (Reuters) - The main insurgent group in the province pulled",
                    "out of a key rebel town as government forces advanced in the area",
                    "on Tuesday, activists said.",
                    "",
                    "The militants said they had redeployed south of the town and would",
                    "continue to defend the territory.");

            assertThat(article.getParagraphs()).containsExactly(
                    "BEIRUT (Reuters) - The main insurgent group in the province pulled out of a key rebel town as "
                            + "government forces advanced in the area on Tuesday, activists said.",
                    "The militants said they had redeployed south of the town and would continue to defend the "
                            + "territory.");
            assertThat(article.getDateline()).isEqualTo("BEIRUT");
        }
    }

    @Nested
    class Html {

        @Test
        void keepsTheArticleTextWithoutPageFurniture() {
            String page = """
                    <html><head><title>Troops retake town | The Wire</title><style>p{}</style></head>
                    <body>
                      <header><a href=/login>Sign in</a><nav><a href=/>Home</a></nav></header>
                      <article>
                        <h1>Troops retake town</h1>
                        <p>BEIRUT: %s</p>
                        <div>%s <a href=#>Read</a> <em>on</em></div>
                        <script>var x = 1;</script>
                        <p>Leave a Reply</p>
                        <form><p>Please enter your comment!</p></form>
                      </article>
                      <aside><h2>Related News</h2><ul><li>Other story</li></ul></aside>
                      <footer>Copyright 2024 The Wire. All rights reserved</footer>
                    </body></html>
                    """.formatted(SHELLING, CLASHES);

            CleanArticle article = clean(RawArticles.html(page));

            assertThat(article.getHeadline()).isEqualTo("Troops retake town");
            assertThat(article.getDateline()).isEqualTo("BEIRUT");
            assertThat(article.getParagraphs()).containsExactly("BEIRUT: " + SHELLING, CLASHES + " Read on");
            assertThat(article.getBoilerplateRemoved()).isEqualTo(1);
        }

        @Test
        void takesThePageTitleWithoutTheSiteNameWhenThereIsNoHeading() {
            CleanArticle article = clean(RawArticles.html(
                    "<html><head><title>Troops retake town - The Wire</title></head><body><p>" + SHELLING
                            + "</p><p>" + CLASHES + "</p></body></html>"));

            assertThat(article.getHeadline()).isEqualTo("Troops retake town");
            assertThat(article.getParagraphs()).containsExactly(SHELLING, CLASHES);
        }

        @Test
        void readsContentOfUnknownTypeThatOpensWithMarkupAsHtml() {
            CleanArticle article = clean(RawArticles.text("<html><body><p>" + SHELLING + "</p></body></html>")
                    .setContentType(ContentType.UNKNOWN));

            assertThat(article.getParagraphs()).containsExactly(SHELLING);
        }

        @Test
        void splitsLineBreaksAndListItemsIntoParagraphs() {
            CleanArticle article = clean(RawArticles.html(
                    "<body><main><p>" + SHELLING + "<br>" + CLASHES + "</p><ul><li>First point made here</li>"
                            + "<li>Second point made here</li></ul><p>" + DISPLACED + "</p></main></body>"));

            assertThat(article.getParagraphs()).containsExactly(SHELLING, CLASHES, "First point made here",
                    "Second point made here", DISPLACED);
        }
    }

    @Nested
    class Unprocessable {

        @Test
        void rejectsEmptyContent() {
            UnprocessableArticleException thrown = assertThrows(UnprocessableArticleException.class,
                    () -> cleanText(" \n\u00A0\n"));

            assertThat(thrown.reason()).isEqualTo(UnprocessableArticleException.Reason.EMPTY_CONTENT);
            assertThat(thrown.reason().code()).isEqualTo("empty_content");
        }

        @Test
        void rejectsAnArticleWithNothingButBoilerplateAndAHeadline() {
            UnprocessableArticleException thrown = assertThrows(UnprocessableArticleException.class,
                    () -> cleanText("Troops retake town", "", "Leave a Reply", "Subscribe", "Terms of service"));

            assertThat(thrown.reason()).isEqualTo(UnprocessableArticleException.Reason.NO_BODY);
            assertThat(thrown.getMessage()).contains("0123456789abcdef0123456789abcdef", "no body paragraph");
        }
    }
}
