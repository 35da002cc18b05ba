package io.eventwire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.schema.GeoPrecision;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped gazetteer on literal sentences: spelling variants, region phrases, context, offsets. */
class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private static List<PlaceMention> find(String text) {
        List<PlaceMention> mentions = GAZETTEER.findPlaces(text);
        for (PlaceMention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
        }
        return mentions;
    }

    /** The one mention whose surface contains {@code words}. */
    private static PlaceMention mentionOf(String text, String words) {
        List<PlaceMention> matching = find(text).stream().filter(m -> m.surface().contains(words)).toList();
        assertThat(matching).as("mentions of %s in: %s", words, text).hasSize(1);
        return matching.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jan Sheikhun|168325",
        "Khan Sheikhoun|168325",
        "Khan Sheikhun|168325",
        "Khan Cheikhoun|168325",
        "Khan Shaykhun|168325",
        "Maarat al-Numan|167611",
        "Maaret al-Numan|167611",
        "Maarat Al-Nouman|167611",
        "Jisr al-Shughur|169023",
        "Morek|166640",
        "Al-Tamanah|172347",
        "Al-Tamana|172347",
        "Saraqeb|164816",
        "Saraqib|164816",
    })
    void resolvesSyrianSpellingVariants(String spelling, long geonamesId) {
        String text = "Syrian government forces shelled " + spelling + " in Idlib province on Tuesday, activists said.";
        PlaceMention mention = mentionOf(text, spelling);
        assertThat(mention.place().geonamesId()).isEqualTo(geonamesId);
        assertThat(mention.surface()).isEqualTo(spelling);
        assertThat(mention.precision()).isEqualTo(GeoPrecision.EXACT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russian missiles hit Kharkiv overnight, Ukrainian officials said.|Kharkiv|706483",
        "Russian missiles hit Kharkov overnight, Ukrainian officials said.|Kharkov|706483",
        "Ukrainian troops pulled out of Bakhmut after months of fighting with Russian forces.|Bakhmut|713174",
        "Ukrainian troops pulled out of Artemivsk after months of fighting with Russian forces.|Artemivsk|713174",
        "The Rapid Support Forces shelled El Fasher, Sudan's army said.|El Fasher|379555",
        "The Rapid Support Forces shelled Al-Fashir, Sudan's army said.|Al-Fashir|379555",
        "Houthi fighters in Yemen attacked Hodeidah on Monday.|Hodeidah|79415",
        "Houthi fighters in Yemen attacked the city of Al Hudaydah.|Al Hudaydah|79415",
        "M23 rebels closed in on Goma, in eastern Congo.|Goma|216281",
        "Jihadists attacked an army post in Mopti, Mali, on Sunday.|Mopti|2453348",
        "The Arakan Army shelled Sittwe, the capital of Myanmar's Rakhine State.|Sittwe|1295765",
    })
    void resolvesPlacesOfOtherConflicts(String text, String words, long geonamesId) {
        assertThat(mentionOf(text, words).place().geonamesId()).isEqualTo(geonamesId);
    }

    @Test
    void idlibIsTheProvinceWhenCalledAProvinceAndTheCityWhenCalledACity() {
        String text = "Fighting raged in Idlib province. Later, the city of Idlib was shelled.";
        List<PlaceMention> mentions = find(text);
        assertThat(mentions).extracting(PlaceMention::surface).containsExactly("Idlib province", "Idlib");
        assertThat(mentions.get(0).place().kind()).isEqualTo(PlaceKind.ADMIN1);
        assertThat(mentions.get(0).place().geonamesId()).isEqualTo(169387L);
        assertThat(mentions.get(0).precision()).isEqualTo(GeoPrecision.ADMIN1);
        assertThat(mentions.get(1).place().geonamesId()).isEqualTo(169389L);
        assertThat(mentions.get(1).precision()).isEqualTo(GeoPrecision.EXACT);
    }

    @Test
    void anElidedArticleBeforeACapitalStaysInsideTheName() {
        PlaceMention mention = mentionOf("Police shot dead two suspects in Santa Bárbara d'Oeste on Sunday.", "Santa");
        assertThat(mention.surface()).isEqualTo("Santa Bárbara d'Oeste");
        assertThat(mention.place().geonamesId()).isEqualTo(3450404L);
    }

    @Test
    void aSentenceOpeningStopWordIsNotPartOfTheExactPlaceAfterIt() {
        PlaceMention mention = mentionOf("Near Quetta, troops cleared the road after a landslide.", "Quetta");
        assertThat(mention.surface()).isEqualTo("Quetta");
        assertThat(mention.place().geonamesId()).isEqualTo(1167528L);
    }

    @Test
    void aDivisionNamedAFewWordsLaterInTheSentenceQualifiesThePlace() {
        PlaceMention mention = mentionOf("Shelling hit Yampil and several nearby villages on the edge of Khmelnytskyi "
                + "region on Monday.", "Yampil");
        assertThat(mention.place().geonamesId()).isEqualTo(688503L);
    }

    @Test
    void idlebIsIdlib() {
        PlaceMention mention = mentionOf("Syrian regime forces advanced in Idleb province.", "Idleb");
        assertThat(mention.place().kind()).isEqualTo(PlaceKind.ADMIN1);
        assertThat(mention.place().name()).isEqualTo("Idlib");
        assertThat(mention.surface()).isEqualTo("Idleb province");
    }

    @Test
    void abuDouhourMilitaryAirportIsTheAirbase() {
        String text = "Syrian troops entered the Abu Douhour military airport on Wednesday.";
        PlaceMention mention = mentionOf(text, "Abu Douhour");
        assertThat(mention.surface()).isEqualTo("Abu Douhour military airport");
        assertThat(mention.place().kind()).isEqualTo(PlaceKind.FACILITY);
        assertThat(mention.place().name()).isEqualTo("Abu al-Duhur Military Airbase");
        assertThat(mention.place().countryCode()).isEqualTo("SY");
        assertThat(mention.place().admin1()).isEqualTo("Idlib");
    }

    @Test
    void abuDouhourWithoutAKindWordIsTheTown() {
        PlaceMention mention = mentionOf("Syrian troops entered Abu Douhour on Wednesday.", "Abu Douhour");
        assertThat(mention.place().geonamesId()).isEqualTo(174611L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rebels attacked army positions in northern Hama, Syria.|northern Hama|Hama|SY",
        "Airstrikes hit the Idlib countryside, Syrian activists said.|Idlib countryside|Idlib|SY",
        "Shelling continued in Donetsk Oblast, Ukraine said.|Donetsk Oblast|Donetsk|UA",
        "Syrian troops moved into the province of Idlib.|province of Idlib|Idlib|SY",
        "Fighting spread across north-western Idlib, Syria.|north-western Idlib|Idlib|SY",
        "Gunmen raided villages in Zamfara state, Nigeria.|Zamfara state|Zamfara|NG",
        "RSF fighters advanced in North Darfur, Sudan.|North Darfur|North Darfur|SD",
        "Clashes erupted in the Kherson region of Ukraine.|Kherson region|Kherson|UA",
    })
    void regionPhrasesAreFirstLevelDivisions(String text, String surface, String admin1, String country) {
        PlaceMention mention = mentionOf(text, surface);
        assertThat(mention.surface()).isEqualTo(surface);
        assertThat(mention.place().kind()).isEqualTo(PlaceKind.ADMIN1);
        assertThat(mention.place().name()).isEqualTo(admin1);
        assertThat(mention.place().countryCode()).isEqualTo(country);
        assertThat(mention.precision()).isEqualTo(GeoPrecision.ADMIN1);
    }

    @Test
    void aCompassWordBeforeACountryKeepsCountryPrecision() {
        PlaceMention mention = mentionOf("Turkish drones struck targets in northeastern Syria.", "Syria");
        assertThat(mention.surface()).isEqualTo("northeastern Syria");
        assertThat(mention.place().kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(mention.precision()).isEqualTo(GeoPrecision.COUNTRY);
    }

    @Test
    void tripoliIsInTheCountryTheArticleIsAbout() {
        String lebanon = "The Lebanese army deployed in Tripoli after clashes, Lebanon's state media said.";
        String libya = "Libyan forces loyal to the government in Tripoli clashed with rivals in Libya's west.";
        assertThat(mentionOf(lebanon, "Tripoli").place().geonamesId()).isEqualTo(266826L);
        assertThat(mentionOf(libya, "Tripoli").place().geonamesId()).isEqualTo(2210247L);
    }

    @Test
    void rafahIsInGazaInAnArticleAboutGaza() {
        String text = "Israeli strikes hit Rafah in the southern Gaza Strip, Palestinian health officials said.";
        assertThat(mentionOf(text, "Rafah").place().geonamesId()).isEqualTo(281102L);
    }

    @Test
    void contextCountriesSettleAnOtherwiseAmbiguousName() {
        String text = "Two people were killed in Tripoli on Friday.";
        List<PlaceMention> lebanon = GAZETTEER.findPlaces(text, Set.of("LB"));
        assertThat(lebanon).singleElement().satisfies(m -> assertThat(m.place().geonamesId()).isEqualTo(266826L));
        List<PlaceMention> libya = GAZETTEER.findPlaces(text, Set.of("LY"));
        assertThat(libya).singleElement().satisfies(m -> assertThat(m.place().geonamesId()).isEqualTo(2210247L));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Observatory said on Tuesday that Russian and Turkish officials had met.",
        "Tuesday was calm. The monitor said Russian jets flew overhead.",
        "Observatory chief Rami Abdel Rahman told AFP the Turkish convoy had stopped.",
        "President Bashar al-Assad met Foreign Minister Sergei Lavrov in January.",
        "Hayat Tahrir al-Sham and the National Liberation Front said they would fight on.",
        "Reading the statement, the spokesman said the Army would respond.",
    })
    void ordinaryCapitalisedWordsAreNotPlaces(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void nearAndAreaWordsMakeNearPrecision() {
        String text = "Syrian rebels fired rockets from a village near Saraqib and from the Khan Sheikhoun area.";
        List<PlaceMention> mentions = find(text);
        assertThat(mentions).extracting(PlaceMention::surface).containsExactly("Saraqib", "Khan Sheikhoun area");
        assertThat(mentions).extracting(PlaceMention::precision).containsOnly(GeoPrecision.NEAR);
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "BEIRUT: Syrian troops entered Khan Sheikhoun, south of Maaret al-Numan, on Tuesday.";
        List<PlaceMention> mentions = find(text);
        assertThat(mentions).extracting(PlaceMention::start, PlaceMention::end, PlaceMention::surface)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 6, "BEIRUT"),
                        org.assertj.core.groups.Tuple.tuple(30, 44, "Khan Sheikhoun"),
                        org.assertj.core.groups.Tuple.tuple(55, 70, "Maaret al-Numan"));
        assertThat(mentions.get(0).place().countryCode()).isEqualTo("LB");
        assertThat(mentions.get(2).precision()).isEqualTo(GeoPrecision.NEAR);
    }

    @Test
    void exactNameIsTrueOnlyForAKnownSpelling() {
        String text = "Syrian troops took Khan Shaykhun and Khan Cheikhoun, activists said.";
        assertThat(find(text)).extracting(PlaceMention::exactName).containsExactly(true, false);
    }

    @Test
    void supplementPlacesNeedTheirKindWordWhenATownSharesTheName() {
        String text = "Sudanese army jets took off from Merowe airport; later, shells fell on Merowe.";
        List<PlaceMention> mentions = find(text);
        assertThat(mentions).extracting(m -> m.place().kind()).containsExactly(PlaceKind.FACILITY, PlaceKind.POPULATED_PLACE);
    }

    @Test
    void findsCrossingsCampsAndRoads() {
        String text = "Aid trucks entered Syria through the Bab al-Hawa crossing and reached camps near the M4 highway "
                + "and the Al-Hol camp, Syrian officials said.";
        assertThat(find(text)).extracting(m -> m.place().kind())
                .containsExactly(PlaceKind.COUNTRY, PlaceKind.CROSSING, PlaceKind.ROAD, PlaceKind.CAMP);
    }

    @Test
    void countryNameAndAdmin1Lookups() {
        assertThat(GAZETTEER.countryName("SY")).contains("Syria");
        assertThat(GAZETTEER.countryName("XX")).isEmpty();
        assertThat(GAZETTEER.admin1("SY", "Idleb")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Idlib");
            assertThat(p.kind()).isEqualTo(PlaceKind.ADMIN1);
        });
        assertThat(GAZETTEER.admin1("SD", "Northern Darfur")).map(Place::name).contains("North Darfur");
        assertThat(GAZETTEER.admin1("UA", "Donetsk Oblast")).map(Place::name).contains("Donetsk");
        assertThat(GAZETTEER.admin1("SY", "Kharkiv")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Afghan forces retook Mazar-e Sharif on Monday.|Mazar-e Sharif|1133616",
        "Russian troops crossed the Don at Rostov-on-Don, Russia said.|Rostov-on-Don|501175",
        "Ukrainian drones hit Ivano-Frankivsk airport, Ukraine said.|Ivano-Frankivsk|707471",
        "Clashes were reported in Deir ez-Zor and Deir al-Zour, Syrian activists said.|Deir ez-Zor|170794",
    })
    void readsHyphenatedNamesAsOne(String text, String surface, long geonamesId) {
        PlaceMention mention = find(text).stream().filter(m -> m.surface().startsWith(surface)).findFirst().orElseThrow();
        assertThat(mention.place().geonamesId()).isEqualTo(geonamesId);
    }

    @Test
    void aRegionWordAfterANameBeatsALookAlikeOfBothWords() {
        PlaceMention mention = mentionOf("The Arakan Army captured Paletwa in Chin State, Myanmar.", "Chin");
        assertThat(mention.surface()).isEqualTo("Chin State");
        assertThat(mention.place().kind()).isEqualTo(PlaceKind.ADMIN1);
        assertThat(mention.place().countryCode()).isEqualTo("MM");
    }

    @Test
    void findsNothingInTextWithoutNames() {
        assertThat(find("")).isEmpty();
        assertThat(find("  \n\n -- ... !!")).isEmpty();
        assertThat(find("قصفت الطائرات مدينة إدلب")).isEmpty();
        assertThat(find("no capital letters here at all, near the town of nowhere")).isEmpty();
    }

    @Test
    void countryNamesAreMentionsButDemonymsAreNot() {
        String text = "Syrian and Russian jets struck Idlib, Syria said; Turkey protested.";
        assertThat(find(text)).extracting(PlaceMention::surface).containsExactly("Idlib", "Syria", "Turkey");
    }

    @Test
    void aCrossingNamedWithItsKindPutsItsCountryInContext() {
        String text = "Aid trucks waited at the Rafah crossing for a second day, then entered Gaza.";
        List<PlaceMention> mentions = find(text);
        assertThat(mentions).extracting(m -> m.place().countryCode()).containsExactly("PS", "PS");
        assertThat(mentions.get(0).place().kind()).isEqualTo(PlaceKind.CROSSING);
        assertThat(mentions.get(1).place().geonamesId()).isEqualTo(281133L);
    }

    @Test
    void aCampNamedLikeAVillageAbroadIsTheCampInTheTextsCountry() {
        PlaceMention mention = mentionOf("Syrian officials said people at Rukban went hungry.", "Rukban");
        assertThat(mention.place().kind()).isEqualTo(PlaceKind.CAMP);
        assertThat(mention.place().countryCode()).isEqualTo("SY");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "At least 14 people were killed in fighting around the town of Masisi in the east of the Democratic Republic of Congo.|Masisi|Masisi|-1.4",
        "A drone strike hit an M23 position near Rutshuru in North Kivu on Sunday.|Rutshuru|Rutshuru|-1.183",
        "ADF rebels killed 23 civilians on the outskirts of Oïcha, in Beni territory (North Kivu).|Oïcha|Oicha|0.7",
    })
    void resolvesATownCities500LacksToTheSupplementNotToATownAbroad(String text, String surface, String name,
            double latitude) {
        PlaceMention mention = mentionOf(text, surface);
        assertThat(mention.place().name()).isEqualTo(name);
        assertThat(mention.place().geonamesId()).isNull();
        assertThat(mention.place().kind()).isEqualTo(PlaceKind.POPULATED_PLACE);
        assertThat(mention.place().countryCode()).isEqualTo("CD");
        assertThat(mention.place().admin1()).isEqualTo("North Kivu");
        assertThat(mention.place().latitude()).isEqualTo(latitude);
    }

    @Test
    void anAttackersCountryWordDoesNotDrawAPlaceIntoThatCountry() {
        String text = "US strikes pounded Hudaydah on Sunday. US warplanes hit the port and the airport, residents said. "
                + "On Saturday, a landmine killed two children on the outskirts of Hays.";
        assertThat(mentionOf(text, "Hays").place().countryCode()).isEqualTo("YE");
        assertThat(mentionOf(text, "Hays").place().geonamesId()).isEqualTo(74906L);
    }

    @Test
    void anAttackersDemonymDoesNotDrawAPlaceIntoThatCountry() {
        String text = "American drones struck Hudaydah on Sunday. American warplanes hit the port, residents said. "
                + "On Saturday, a landmine killed two children on the outskirts of Hays.";
        assertThat(mentionOf(text, "Hays").place().geonamesId()).isEqualTo(74906L);
    }

    @Test
    void theOnlyCountryNamedStillPlacesATownWhenNamedForItsArmy() {
        String text = "The rebels attacked a military base in Tibú with drones, according to the Colombian Army.";
        assertThat(mentionOf(text, "Tibú").place().geonamesId()).isEqualTo(3667202L);
    }

    @Test
    void resolvesAMountainRangeFromTheSupplement() {
        PlaceMention mention = mentionOf("Iraqi jets struck hideouts in the Hamrin mountains on Saturday.", "Hamrin");
        assertThat(mention.place().name()).isEqualTo("Hamrin Mountains");
        assertThat(mention.place().countryCode()).isEqualTo("IQ");
        assertThat(mention.place().kind()).isEqualTo(PlaceKind.REGION);
    }

    @Test
    void readsAFrenchNameHyphenatedAroundAu() {
        PlaceMention mention = mentionOf("Police clashed with gangs in Port-au-Prince on Sunday.", "Port-au-Prince");
        assertThat(mention.place().geonamesId()).isEqualTo(3718426L);
        assertThat(mention.surface()).isEqualTo("Port-au-Prince");
    }

    @Test
    void readsNoPlaceIntoCommonWordsThatSoundLikeOne() {
        assertThat(find("On Sunday, a Nigerian air force strike on a camp near Gwoza killed several fighters."))
                .extracting(mention -> mention.place().name()).containsExactly("Gwoza");
        assertThat(find("In Sunday Market, a strike hit.")).isEmpty();
    }


    @Test
    void resolvesABorderTownCities500LacksInEachOfItsSpellings() {
        for (String spelling : List.of("Khiam", "al-Khiyam", "El Khiam")) {
            PlaceMention mention = mentionOf("Israeli artillery shelled the outskirts of " + spelling
                    + " in south Lebanon on Tuesday.", spelling);
            assertThat(mention.place().name()).as(spelling).isEqualTo("Khiam");
            assertThat(mention.place().admin1()).isEqualTo("Nabatieh");
        }
    }

    @Test
    void aDivisionNamedRightAfterAPlaceChoosesAmongNamesakes() {
        PlaceMention yampil = mentionOf("Russia said its troops had taken control of the village of Yampil in the "
                + "Donetsk region.", "Yampil");

        assertThat(yampil.place().geonamesId()).isEqualTo(688505L);
        assertThat(yampil.place().admin1()).isEqualTo("Donetsk");
    }

    @Test
    void aNameThatOnlySoundsLikeATownOfAMerelyMentionedCountryIsNotThatTown() {
        String text = "Somali troops fought al-Shabaab near Mahaday in Middle Shabelle region on Saturday. A suicide "
                + "bomber struck a checkpoint near the Damanyo military camp in Mogadishu, the capital of Somalia. "
                + "The U.S. Africa Command said it struck al-Shabaab near Jilib.";

        assertThat(find(text)).filteredOn(m -> m.place().kind() != PlaceKind.COUNTRY)
                .extracting(m -> m.place().countryCode()).containsOnly("SO");
        assertThat(mentionOf(text, "Mahaday").place().admin1()).isEqualTo("Middle Shabelle");
    }

    @Test
    void townSeatsMissingFromCities500ComeFromTheSupplement() {
        PlaceMention town = mentionOf("The Arakan Army captured Kyaukphyu in Rakhine State, Myanmar.", "Kyaukphyu");

        assertThat(town.place().geonamesId()).isNull();
        assertThat(town.place().admin1()).isEqualTo("Rakhine");
    }


    @Test
    void aNamedPartOfACityIsNoPlaceOfItsOwn() {
        String text = "Gunmen clashed in the Tierra Blanca neighbourhood of Culiacán and later in the city's Las Quintas "
                + "district.";
        assertThat(find(text)).extracting(PlaceMention::surface).containsExactly("Culiacán");
    }

    @Test
    void aQuotedNicknameInsideAPersonsNameIsNoPlace() {
        String text = "The sons of Joaquín \"El Chapo\" Guzmán fought in Culiacán.";
        assertThat(find(text)).extracting(PlaceMention::surface).containsExactly("Culiacán");
    }
}
