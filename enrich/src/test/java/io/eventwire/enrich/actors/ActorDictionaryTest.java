package io.eventwire.enrich.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped dictionary on literal sentences, with the exact mentions expected. */
class ActorDictionaryTest {

    private static final ActorDictionary ACTORS = ActorDictionary.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HTS seized the town                                         | HTS                                          | Hayat Tahrir al-Sham
            HTC seized the town                                         | HTC                                          | Hayat Tahrir al-Sham
            Hayat Tahrir al-Cham seized the town                        | Hayat Tahrir al-Cham                         | Hayat Tahrir al-Sham
            Hay'at Tahrir al-Sham seized the town                       | Hay'at Tahrir al-Sham                        | Hayat Tahrir al-Sham
            the Headquarters for the Liberation of al-Sham withdrew     | Headquarters for the Liberation of al-Sham   | Hayat Tahrir al-Sham
            Levant Liberation Committee fighters withdrew               | Levant Liberation Committee fighters         | Hayat Tahrir al-Sham
            the Turkey-backed National Liberation Front held out        | Turkey-backed National Liberation Front      | National Liberation Front
            the Houthis fired a missile                                 | Houthis                                      | Houthi Movement
            Ansar Allah fired a missile                                 | Ansar Allah                                  | Houthi Movement
            the RSF shelled El Fasher                                   | RSF                                          | Rapid Support Forces
            the paramilitary Rapid Support Forces shelled El Fasher     | paramilitary Rapid Support Forces            | Rapid Support Forces
            SAF aircraft bombed the market                              | SAF                                          | Military Forces of Sudan
            M23 rebels took Goma                                        | M23 rebels                                   | M23: March 23 Movement
            the March 23 Movement took Goma                             | March 23 Movement                            | M23: March 23 Movement
            the AFC/M23 alliance took Bukavu                            | AFC/M23                                      | M23: March 23 Movement
            ADF rebels struck Beni                                      | ADF rebels                                   | ADF: Allied Democratic Forces
            JNIM attacked the convoy                                    | JNIM                                         | JNIM: Group for Support of Islam and Muslims
            Jama'at Nusrat al-Islam wal-Muslimin attacked the convoy    | Jama'at Nusrat al-Islam wal-Muslimin         | JNIM: Group for Support of Islam and Muslims
            ISWAP fighters stormed the base                             | ISWAP fighters                               | Islamic State (West Africa)
            Boko Haram abducted them                                    | Boko Haram                                   | Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad
            al-Shabab militants stormed the hotel                       | al-Shabab militants                          | Al Shabaab
            the Tatmadaw bombed the village                             | Tatmadaw                                     | Military Forces of Myanmar
            the Arakan Army captured the town                           | Arakan Army                                  | AA: Arakan Army
            People's Defence Force fighters ambushed the column         | People's Defence Force fighters              | PDF: People's Defense Force
            the IDF struck Rafah                                        | IDF                                          | Military Forces of Israel
            the Qassam Brigades fired rockets                           | Qassam Brigades                              | Hamas Movement
            Fano militiamen entered Gondar                              | Fano militiamen                              | Fano Militia
            Tigray Defence Forces advanced                              | Tigray Defence Forces                        | TPLF: Tigray People's Liberation Front
            the Islamic State group claimed the attack                  | Islamic State group                          | Islamic State
            Daesh claimed the attack                                    | Daesh                                        | Islamic State
            the Pakistani Taliban claimed the attack                    | Pakistani Taliban                            | TTP: Tehreek-i-Taliban Pakistan
            Wagner mercenaries were seen near Kidal                     | Wagner mercenaries                           | Wagner Group
            two District Reserve Guard jawans were hurt                 | District Reserve Guard jawans                | Police Forces of India
            Puntland forces cleared the valley                          | Puntland forces                              | Military Forces of Puntland
            African Union troops withdrew                               | African Union troops                         | AUSSOM: African Union Support and Stabilization Mission in Somalia
            Arab militias looted the market                             | Arab militias                                | Arab Ethnic Militia ({country})
            clan militias fought over the well                          | clan militias                                | Unidentified Clan Militia ({country})
            anti-junta forces seized the town                           | anti-junta forces                            | Rebel Groups ({country})
            SADC troops withdrew                                        | SADC troops                                  | SAMIDRC: Southern African Development Community Mission in the Democratic Republic of Congo
            """)
    void namesAnActorFromItsAliasesAbbreviationsAndTransliterations(String text, String surface, String actor) {
        assertThat(ACTORS.findActors(text))
                .extracting(ActorMention::surface, mention -> mention.actor().name())
                .containsExactly(tuple(surface, actor));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Syrian government troops entered the town                  | Syrian government troops               | Military Forces of Syria                          | SY
            the Syrian Army entered the town                           | Syrian Army                            | Military Forces of Syria                          | SY
            Bashar al-Assad's forces entered the town                  | Bashar al-Assad's forces               | Military Forces of Syria                          | SY
            a Turkish military convoy was hit                          | Turkish military convoy                | Military Forces of Turkey                         | TR
            a Turkish observation post was shelled                     | Turkish observation post               | Military Forces of Turkey                         | TR
            Russia's military denied it                                | Russia's military                      | Military Forces of Russia                         | RU
            Kiev's forces withdrew                                     | Kiev's forces                          | Military Forces of Ukraine                        | UA
            a Ukrainian drone hit the refinery                         | Ukrainian drone                        | Military Forces of Ukraine                        | UA
            an Israeli airstrike killed five                           | Israeli airstrike                      | Military Forces of Israel                         | IL
            the army of Mali retook the town                           | army of Mali                           | Military Forces of Mali                           | ML
            the Armed Forces of the Democratic Republic of Congo       | Armed Forces of the Democratic Republic of Congo | Military Forces of the Democratic Republic of Congo | CD
            U.S. forces struck the camp                                | U.S. forces                            | Military Forces of the United States              | US
            Burmese junta troops torched the village                   | Burmese junta troops                   | Military Forces of Myanmar                        | MM
            Nigerian police arrested him                               | Nigerian police                        | Police Forces of Nigeria                          | NG
            the Syrian government said                                 | Syrian government                      | Government of Syria                               | SY
            Syrian rebels shelled the city                             | Syrian rebels                          | Rebel Groups (Syria)                              | SY
            Palestinian civilians fled                                 | Palestinian civilians                  | Civilians (Palestine)                             | PS
            shells fell on Malian positions                            | Malian positions                       | Military Forces of Mali                           | ML
            two Iranian ballistic missiles fell                        | Iranian ballistic missiles             | Military Forces of Iran                           | IR
            a Syrian guided aerial bomb hit the school                 | Syrian guided aerial bomb              | Military Forces of Syria                          | SY
            the Zapad battlegroup advanced                             | Zapad battlegroup                      | Military Forces of Russia                         | RU
            """)
    void namesTheForcesAndPeopleOfACountryFromItsDemonymNameOrCapital(String text, String surface, String actor,
                                                                        String country) {
        assertThat(ACTORS.findActors(text))
                .extracting(ActorMention::surface, mention -> mention.actor().name(),
                        mention -> mention.actor().countryCode())
                .containsExactly(tuple(surface, actor, country));
    }

    @Test
    void givesEachCoordinatedCountryItsOwnMention() {
        String text = "Russian and Syrian aircraft pounded Kafranbel.";

        assertThat(ACTORS.findActors(text)).containsExactly(
                new ActorMention(0, 7, "Russian", new ActorRef("Military Forces of Russia", 1, "RU",
                        ActorKind.STATE_FORCES), false, 0.9f),
                new ActorMention(12, 27, "Syrian aircraft", new ActorRef("Military Forces of Syria", 1, "SY",
                        ActorKind.STATE_FORCES), false, 0.9f));
    }

    @Test
    void coordinatesCountriesNamedByAbbreviation() {
        assertThat(ACTORS.findActors("US and British strikes hit the port"))
                .extracting(ActorMention::surface, mention -> mention.actor().name())
                .containsExactly(tuple("US", "Military Forces of the United States"),
                        tuple("British strikes", "Military Forces of the United Kingdom"));
    }

    @Test
    void coordinatesAListOfCountries() {
        assertThat(ACTORS.findActors("Russian, Syrian and Iranian forces"))
                .extracting(ActorMention::surface, mention -> mention.actor().name())
                .containsExactly(tuple("Russian", "Military Forces of Russia"),
                        tuple("Syrian", "Military Forces of Syria"),
                        tuple("Iranian forces", "Military Forces of Iran"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            regime forces advanced              | regime forces        | Military Forces of {country}              | STATE_FORCES | 1
            pro-government fighters advanced    | pro-government fighters | Military Forces of {country}           | STATE_FORCES | 1
            the junta said                      | junta                | Military Forces of {country}              | STATE_FORCES | 1
            police fired tear gas               | police               | Police Forces of {country}                | POLICE       | 1
            rebels shelled the city             | rebels               | Rebel Groups ({country})                  | REBEL_GROUP  | 2
            three civilians were killed         | civilians            | Civilians ({country})                     | CIVILIANS    | 7
            protesters gathered                 | protesters           | Protesters ({country})                    | PROTESTERS   | 6
            rioters torched cars                | rioters              | Rioters ({country})                       | RIOTERS      | 5
            unknown gunmen killed two           | unknown gunmen       | Unidentified Armed Group ({country})      | UNIDENTIFIED | 3
            """)
    void leavesTheCountryOfGenericActorsToTheCaller(String text, String surface, String actor, ActorKind kind,
                                                    int inter) {
        List<ActorMention> mentions = ACTORS.findActors(text);

        assertThat(mentions).extracting(ActorMention::surface, ActorMention::actor, ActorMention::coreferent)
                .containsExactly(tuple(surface, new ActorRef(actor, inter, null, kind), false));
        assertThat(mentions.get(0).actor().needsCountry()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the jihadists", "militants", "the insurgents", "the main insurgent group",
            "al-Qaeda-linked militants", "Islamic State-affiliated fighters"})
    void marksWordsForTheDominantArmedGroupAsCoreferent(String text) {
        assertThat(ACTORS.findActors(text)).singleElement().satisfies(mention -> {
            assertThat(mention.coreferent()).isTrue();
            assertThat(mention.actor()).isEqualTo(new ActorRef("Rebel Groups ({country})", 2, null,
                    ActorKind.GENERIC_ARMED));
        });
    }

    @Test
    void fillsThePlaceholderWithTheCountryAndTheArticleAcledWrites() {
        ActorRef stateForces = new ActorRef("Military Forces of {country}", 1, null, ActorKind.STATE_FORCES);
        ActorRef civilians = new ActorRef("Civilians ({country})", 7, null, ActorKind.CIVILIANS);

        assertThat(stateForces.withCountry("MM", "Myanmar"))
                .isEqualTo(new ActorRef("Military Forces of Myanmar", 1, "MM", ActorKind.STATE_FORCES));
        assertThat(stateForces.withCountry("US", "United States").name())
                .isEqualTo("Military Forces of the United States");
        assertThat(civilians.withCountry("US", "United States").name()).isEqualTo("Civilians (United States)");
        assertThat(stateForces.withCountry("CD", ACTORS.countryName("CD").orElseThrow()).name())
                .isEqualTo("Military Forces of the Democratic Republic of Congo");
    }

    @Test
    void fillsAnActorOnceForACountryAndAgainForAnotherNameOrAnEqualActor() {
        ActorRef stateForces = new ActorRef("Military Forces of {country}", 1, null, ActorKind.STATE_FORCES);
        ActorRef equal = new ActorRef("Military Forces of {country}", 1, null, ActorKind.STATE_FORCES);

        ActorRef filled = stateForces.withCountry("SY", "Syria");

        assertThat(stateForces.withCountry("SY", "Syria")).isSameAs(filled);
        assertThat(stateForces.withCountry("SY", "Syrian Arab Republic").name())
                .isEqualTo("Military Forces of Syrian Arab Republic");
        assertThat(equal.withCountry("SY", "Syria")).isEqualTo(filled);
        assertThat(stateForces.withCountry("SY", "Syria")).isEqualTo(filled);
    }

    @Test
    void leavesANamedActorUnchangedWhenTheCountryIsFilled() {
        ActorRef houthis = new ActorRef("Houthi Movement", 2, "YE", ActorKind.REBEL_GROUP);

        assertThat(houthis.needsCountry()).isFalse();
        assertThat(houthis.withCountry("SA", "Saudi Arabia")).isSameAs(houthis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "This is what it is.",
            "The Observatory said a group of the Islamic calendar is",
            "hts rsf sdf m23 is adf",
            "Let us wait and see what the US ambassador says about the Syrian Observatory for Human Rights.",
            "The weather in Damascus was mild; Turkey is large.",
            "Aa Bb IS. AA batteries"})
    void findsNothingInOrdinaryWords(String text) {
        assertThat(ACTORS.findActors(text)).isEmpty();
    }

    @Test
    void matchesAContextNeedingAbbreviationOnlyInContext() {
        assertThat(ACTORS.findActors("IS fighters attacked; the IS group claimed it; IS-linked cells"))
                .extracting(ActorMention::surface)
                .containsExactly("IS fighters", "IS group", "IS");
        assertThat(ACTORS.findActors("WHAT IS LEFT OF IS")).isEmpty();
    }

    @Test
    void aContextNeedingNameTakesTheNounItSharesWithTheNameCoordinatedAfterIt() {
        assertThat(ACTORS.findActors("Kuki and Meitei militants traded fire; the Kuki and Meitei communities met"))
                .extracting(ActorMention::surface, mention -> mention.actor().name())
                .containsExactly(tuple("Kuki", "Kuki Ethnic Militia (India)"),
                        tuple("Meitei militants", "Meitei Ethnic Militia (India)"));
    }

    @Test
    void readsTypographicApostrophesHyphensAndDiacritics() {
        String text = "Assad’s forces, Hay’at Tahrir al\u2011Sham, pro\u2011regime fighters and Ḥayat Taḥrir al Sham";

        assertThat(ACTORS.findActors(text))
                .extracting(ActorMention::surface, mention -> mention.actor().name())
                .containsExactly(tuple("Assad’s forces", "Military Forces of Syria"),
                        tuple("Hay’at Tahrir al\u2011Sham", "Hayat Tahrir al-Sham"),
                        tuple("pro\u2011regime fighters", "Military Forces of {country}"),
                        tuple("Ḥayat Taḥrir al Sham", "Hayat Tahrir al-Sham"));
    }

    @Test
    void neverMatchesAcrossSentencePunctuation() {
        assertThat(ACTORS.findActors("He fled Syria. Government forces then shelled the town."))
                .extracting(ActorMention::surface, mention -> mention.actor().name())
                .containsExactly(tuple("Government forces", "Military Forces of {country}"));
    }

    @Test
    void learnsAnAbbreviationDefinedInTheText() {
        String text = "The Ambazonia Defence Forces (ADF) attacked Bamenda. The ADF later withdrew.";

        assertThat(ACTORS.findActors(text))
                .extracting(ActorMention::surface, mention -> mention.actor().name())
                .containsExactly(tuple("Ambazonia Defence Forces (ADF)", "Ambazonian Separatists"),
                        tuple("ADF", "Ambazonian Separatists"));
    }

    @Test
    void findsADefinedAbbreviationThatIsNoAliasFarLaterInTheText() {
        // the search visits only the tokens marked as possible starts: the repeats of a definition are marked too
        String text = "The Arakan Army (QXZ) captured the town. " + "Then nothing happened. ".repeat(30)
                + "QXZ fighters withdrew, and qxz or QXZs did not.";

        assertThat(ACTORS.findActors(text))
                .extracting(ActorMention::surface, mention -> mention.actor().name())
                .containsExactly(tuple("Arakan Army (QXZ)", "AA: Arakan Army"),
                        tuple("QXZ fighters", "AA: Arakan Army"));
    }

    @Test
    void hidesAnAbbreviationDefinedByAPhraseThatIsNoActor() {
        String text = "Reporters Without Borders (RSF) said RSF was worried about the children.";

        assertThat(ACTORS.findActors(text))
                .extracting(ActorMention::surface)
                .containsExactly("children");
    }

    @Test
    void readsKiaAfterKilledInActionAsNoActor() {
        assertThat(ACTORS.findActors("two soldiers were killed in action (KIA) and the KIA said nothing"))
                .extracting(ActorMention::surface)
                .containsExactly("soldiers");
    }

    @Test
    void givesExactOffsetsIntoTheText() {
        String text = "On Tuesday, HTS fighters clashed with the Syrian army.";

        assertThat(ACTORS.findActors(text)).extracting(ActorMention::start, ActorMention::end, ActorMention::surface)
                .containsExactly(tuple(12, 24, "HTS fighters"), tuple(42, 53, "Syrian army"));
    }

    @Test
    void flagsSyrianFightersAsWarplanesOnlyWithLowConfidence() {
        assertThat(ACTORS.findActors("bombed by Syrian fighters")).singleElement().satisfies(mention -> {
            assertThat(mention.actor().name()).isEqualTo("Military Forces of Syria");
            assertThat(mention.confidence()).isLessThan(0.5f);
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Syrian,SY", "Syria,SY", "Damascus,SY", "Syrians,SY", "Russia's,RU", "Kyiv,UA", "Kiev,UA",
            "Burmese,MM", "Myanmar,MM", "Naypyidaw,MM", "Congolese,CD", "DR Congo,CD", "Khartoum,SD", "Sanaa,YE",
            "Yemeni,YE", "Burkinabe,BF", "Burkina Faso,BF", "Malian,ML", "Bamako,ML", "Turkish,TR", "Ankara,TR",
            "US,US", "U.S.,US", "South Sudanese,SS", "Sudanese,SD", "Nigerien,NE", "Nigerian,NG"})
    void findsTheCountryOfAWord(String word, String iso2) {
        assertThat(ACTORS.countryOfWord(word)).contains(iso2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the", "us", "Observatory", "Syrian army", "Kurdish"})
    void findsNoCountryForOtherWords(String word) {
        assertThat(ACTORS.countryOfWord(word)).isEmpty();
    }

    @Test
    void answersAWordAskedAgainAsTheFirstTime() {
        List<String> words = List.of("Syrian", "the", "Malian", "us", "US", "Syrian", "the", "Malian", "us", "US");

        List<Optional<String>> answers = words.stream().map(ACTORS::countryOfWord).toList();

        assertThat(answers).containsExactly(Optional.of("SY"), Optional.empty(), Optional.of("ML"), Optional.empty(),
                Optional.of("US"), Optional.of("SY"), Optional.empty(), Optional.of("ML"), Optional.empty(),
                Optional.of("US"));
    }

    @Test
    void namesCountriesAsAcledDoes() {
        assertThat(ACTORS.countryName("SY")).contains("Syria");
        assertThat(ACTORS.countryName("CD")).contains("Democratic Republic of Congo");
        assertThat(ACTORS.countryName("PS")).contains("Palestine");
        assertThat(ACTORS.countryName("XX")).isEmpty();
    }

    @Test
    void aTransnationalGroupHasTheBranchOfTheCountryItActsIn() {
        ActorRef group = ACTORS.findActors("Islamic State fighters attacked.").get(0).actor();

        assertThat(ACTORS.branchIn(group, "MZ")).map(ActorRef::name).contains("Islamic State (Mozambique)");
        assertThat(ACTORS.branchIn(group, "FR")).isEmpty();
        assertThat(ACTORS.branchIn(ACTORS.findActors("Hamas fighters").get(0).actor(), "PS")).isEmpty();
    }
}
