package io.eventwire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.DateOrigin;
import io.eventwire.schema.EventMention;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extractor on literal articles with exact expected events (the shipped data files, loaded once). */
class EventExtractorTest {

    private static EventExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = EventExtractor.standard();
    }

    @Test
    void codesATerritorialGainWithWinnerLoserPlaceAndWeekday() {
        EventMention event = only(article("2019-08-22",
                "Syrian government forces took full control of the town of Saraqib in Idlib province on Wednesday, "
                        + "pushing out Hayat Tahrir al-Sham fighters, a monitor said."));

        assertThat(event.getSubEventType()).isEqualTo("Government regains territory");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Syria");
        assertThat(event.getEventDate()).isEqualTo("2019-08-21");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(164816L);
        assertThat(event.getLocation().getAdmin1()).isEqualTo("Idlib");
        assertThat(event.getNote()).startsWith("On 21 August 2019, Military Forces of Syria regained control of");
    }

    @Test
    void codesAnAirstrikeWithItsTollAndAttribution() {
        EventMention event = only(article("2024-05-12",
                "An airstrike on the market in Al Fashir killed 12 civilians on Saturday, according to activists."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getEventDate()).isEqualTo("2024-05-11");
        assertThat(event.getFatalities().getBest()).isEqualTo(12);
        assertThat(event.getLocation().getCountryCode()).isEqualTo("SD");
        assertThat(event.getSource().getEvidence().getReportedBy()).isEqualTo("Activists");
    }

    @Test
    void aTollInTheNextSentenceOfTheParagraphIsTheEventsToll() {
        EventMention event = only(article("2025-06-10",
                "On Sunday, RSF fighters raided villages around Bara in North Kordofan state, residents said. "
                        + "Eleven people, among them three women, were shot dead, according to a local group."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getFatalities().getBest()).isEqualTo(11);
    }

    @Test
    void aTollInTheNextParagraphIsNotTheEventsToll() {
        EventMention event = only(article("2025-06-10",
                "On Sunday, RSF fighters raided villages around Bara in North Kordofan state, residents said.\n\n"
                        + "Eleven people, among them three women, were shot dead, according to a local group."));

        assertThat(event.getFatalities().getBest()).isNull();
    }

    @Test
    void aSentenceWithoutADateGoesOnWithTheDayThePreviousSentenceSet() {
        EventMention event = only(article("2025-03-18",
                "On Sunday, army troops on patrol near Navolato came under fire from suspected cartel gunmen. "
                        + "The soldiers returned fire, killing three of the attackers, the defence ministry said."));

        assertThat(event.getEventDate()).isEqualTo("2025-03-16");
        assertThat(event.getFatalities().getBest()).isEqualTo(3);
    }

    @Test
    void aSourceNamedAfterTheEventIsNoPartyToIt() {
        EventMention event = only(article("2025-03-18",
                "On Monday night, unidentified gunmen shot dead a taxi driver at a traffic light in Culiacán, "
                        + "municipal police said."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Mexico)");
    }

    @Test
    void weaponsSeizedInAnArrestAreNeitherAnAttackNorACapture() {
        EventMention event = only(article("2025-03-18",
                "On Saturday, Mexican soldiers arrested a cartel commander in the town of Eldorado in Sinaloa state, "
                        + "seizing assault rifles, grenades and two drones."));

        assertThat(event.getSubEventType()).isEqualTo("Arrests");
    }

    @Test
    void aTownNamedAfterItsRegionIsTheEventsPlace() {
        EventMention event = only(article("2025-09-10",
                "An Israeli drone strike on a car in the northern West Bank town of Tammun killed three Palestinian "
                        + "militants early Wednesday, officials said."));

        assertThat(event.getLocation().getGeonamesId()).isEqualTo(281657L);
    }

    @Test
    void aFollowUpSentenceIsAtThePlaceOfThePreviousEventNotAtItsLandmark() {
        List<EventMention> events = extractor.extract(article("2025-09-10",
                "On Tuesday, gunmen opened fire on Israeli troops carrying out an arrest raid in the town of Qabatiya, "
                        + "south of Jenin, the military said. Soldiers returned fire, killing one Palestinian."),
                Instant.EPOCH);

        assertThat(events).extracting(e -> e.getLocation().getName()).containsOnly("Qabāţīyah");
    }

    @Test
    void violenceWithNoPerpetratorNamedIsByAnUnidentifiedArmedGroupOfItsCountry() {
        EventMention event = only(article("2025-08-12",
                "A stray rocket hit a house in Tajoura, east of Tripoli, on Monday morning, killing a ten-year-old "
                        + "girl, the municipality said."));

        assertThat(event.getActor1().getName()).isEqualTo("Unidentified Armed Group (Libya)");
    }

    @Test
    void armedMenBelievedToBeAGroupAreThatGroup() {
        EventMention event = only(article("2025-04-22",
                "Ambazonian separatists have enforced a school boycott for years. On Saturday, armed men believed to be "
                        + "separatist fighters abducted a school principal on the outskirts of Kumbo."));

        assertThat(event.getActor1().getName()).isEqualTo("Ambazonian Separatists");
    }

    @Test
    void aUnitNameSeveralArmiesUseIsTheArmyOfTheArticlesCountry() {
        EventMention event = only(article("2025-04-22",
                "In Bamenda, soldiers of the Rapid Intervention Battalion (BIR) on Monday raided a separatist camp, "
                        + "killing two fighters, the Cameroonian army said."));

        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Cameroon");
    }

    @Test
    void theMonthMayIsNotTheModal() {
        EventMention event = only(article("2025-05-30",
                "On 28 May, around 300 displaced people held a peaceful demonstration in Pemba."));

        assertThat(event.getSubEventType()).isEqualTo("Peaceful protest");
        assertThat(event.getEventDate()).isEqualTo("2025-05-28");
    }

    @Test
    void civiliansKilledInAnAttackByAGroupAreItsVictims() {
        EventMention event = only(article("2025-05-10",
                "At least 23 civilians were killed on Friday in an attack by ADF rebels on a neighbourhood on the "
                        + "outskirts of Oicha, in Beni territory, according to local civil society."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getActor1().getName()).isEqualTo("ADF: Allied Democratic Forces");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Democratic Republic of Congo)");
    }

    @Test
    void aPlaceNamedOnlyToLocateAnotherIsNotTheEventsPlace() {
        EventMention event = only(article("2025-08-12",
                "Separately, in Zawiya, some 45 km west of Tripoli, unidentified gunmen abducted a member of the "
                        + "municipal council on Saturday, his family said."));

        assertThat(event.getSubEventType()).isEqualTo("Abduction/forced disappearance");
        assertThat(event.getLocation().getName()).isNotEqualTo("Tripoli").contains("Z");
    }

    @Test
    void nonStateArmedGroupsOfAnOchaReportAreTheArticlesArmedGroup() {
        EventMention event = only(article("2025-05-30",
                "On 27 May, NSAG members attacked an artisanal mining site about 15 km from Montepuez town, killing "
                        + "two miners and injuring three others."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getLocation().getName()).isEqualTo("Montepuez");
    }

    @Test
    void anArmySupportedByAnAllyIsTheSubjectOfTheClashWithTheBranchOfTheGroup() {
        List<EventMention> events = extractor.extract(article("2025-05-27",
                "Insurgents linked to the Islamic State group killed four "
                        + "civilians, beheading three of them, in an attack near Mocímboa da Praia during the night "
                        + "from Sunday to Monday, local sources told Lusa.\n\nOn Monday, Mozambican defence and security "
                        + "forces, supported by the Rwandan contingent, clashed with the group near the town, a "
                        + "military source said."),
                Instant.EPOCH);

        assertThat(events).extracting(EventMention::getSubEventType, e -> e.getActor1().getName(), EventMention::getEventDate)
                .containsExactly(tuple("Attack", "Islamic State (Mozambique)", "2025-05-25"),
                        tuple("Armed clash", "Military Forces of Mozambique", "2025-05-26"));
    }

    @Test
    void peopleCapturedAreNoGroundTaken() {
        List<EventMention> events = extractor.extract(article("2025-06-20",
                "Troops repulsed the attackers near Malakal on Thursday. He said several were captured."),
                Instant.EPOCH);

        assertThat(events).extracting(EventMention::getSubEventType)
                .doesNotContain("Non-state actor overtakes territory", "Government regains territory");
    }

    @Test
    void aCallToReleaseDetainedPeopleIsNoArrest() {
        assertThat(extractor.extract(article("2025-06-21",
                "Civil society activists in Malakal called on the government to release detained opposition officials."),
                Instant.EPOCH)).isEmpty();
    }

    @Test
    void rivalFactionsOfOneGroupFightingAreThatGroupOnBothSides() {
        EventMention event = only(article("2025-03-18",
                "At least six people were killed on Monday when rival factions of the Sinaloa Cartel fought a gun "
                        + "battle in a residential district of Culiacán, prosecutors said."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Sinaloa Cartel");
        assertThat(event.getActor2().getName()).isEqualTo("Sinaloa Cartel");
    }

    @Test
    void codesACoalitionAirstrikeInAnotherConflictWithItsAgentAfterBy() {
        EventMention event = only(article("2024-03-03",
                "Air strikes by the Saudi-led coalition killed at least 12 civilians in Yemen's Red Sea port city "
                        + "of Hodeidah on Sunday, medical sources said."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Saudi Arabia");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Yemen)");
        assertThat(event.getLocation().getCountryCode()).isEqualTo("YE");
        assertThat(event.getFatalities().getBest()).isEqualTo(12);
        assertThat(event.getEventDate()).isEqualTo("2024-03-03");
    }

    @Test
    void codesAnArmedGroupKillingCiviliansNamedBeforeTheTriggerAsAnAttackOnThem() {
        EventMention event = only(article("2024-07-09",
                "Suspected Allied Democratic Forces rebels killed 18 civilians in an overnight attack on a village in "
                        + "North Kivu province, a local official said on Tuesday."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getActor1().getName()).isEqualTo("ADF: Allied Democratic Forces");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Democratic Republic of Congo)");
        assertThat(event.getFatalities().getBest()).isEqualTo(18);
    }

    @Test
    void codesPeopleKilledWhenFightersAttackedAVillageAsAnAttackOnCivilians() {
        EventMention event = only(article("2024-07-09",
                "At least 20 people were killed when ADF fighters attacked the village of Mamove in Beni territory "
                        + "on Monday night, civil society leaders said."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Democratic Republic of Congo)");
    }

    @Test
    void codesMilitantsStormingAHotelAndKillingPeopleAsAnAttackInTheCapitalNamedAfterAPlaceNoun() {
        EventMention event = only(article("2024-03-16",
                "Al-Shabaab militants stormed a hotel in the Somali capital Mogadishu on Friday evening, killing at "
                        + "least nine people, police said."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getActor1().getName()).isEqualTo("Al Shabaab");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Somalia)");
        assertThat(event.getLocation().getName()).isEqualTo("Mogadishu");
        assertThat(event.getFatalities().getBest()).isEqualTo(9);
    }

    @Test
    void makesThePeopleKilledInABombingItsVictimsNotItsPerpetrators() {
        EventMention event = only(article("2024-04-11",
                "At least 15 people died when military jets bombed a village in Myanmar's Sagaing region on Tuesday, "
                        + "residents said."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Myanmar");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Myanmar)");
    }

    @Test
    void readsTheAttackerInsideAnAfterClauseAndACapitalBeforeABuildingAsAPlace() {
        EventMention event = only(article("2024-03-16",
                "Somali security forces ended a siege at a Mogadishu hotel on Saturday after Al Shabaab gunmen killed "
                        + "11 people in an attack that began on Friday night, officials said."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getActor1().getName()).isEqualTo("Al Shabaab");
        assertThat(event.getLocation().getName()).isEqualTo("Mogadishu");
    }

    @Test
    void doesNotCodeAClaimOfResponsibilityForTheAttackAsAnotherEvent() {
        List<EventMention> events = extractor.extract(article("2024-03-16",
                "Al-Shabaab militants stormed a hotel in the Somali capital Mogadishu on Friday evening, killing at "
                        + "least nine people, police said.\n\nThe al Qaeda-linked group claimed responsibility for "
                        + "the attack."), Instant.parse("2024-03-16T12:00:00Z"));

        assertThat(events).extracting(EventMention::getSubEventType).containsExactly("Attack");
    }

    @Test
    void keepsAnAttackOnAnArmyPostAClash() {
        EventMention event = only(article("2024-07-09",
                "Fighters of JNIM attacked a Malian army post near Mopti on Monday, and 14 people died in the fighting."));

        assertThat(event.getEventType().toString()).isEqualTo("BATTLES");
    }

    @Test
    void givesGenericVictimsTheCountryOfTheEventNotOfTheArticle() {
        EventMention event = only(article("2024-03-03",
                "Officials in Riyadh and Jeddah met on Sunday. Ministers in Riyadh praised the talks in Jeddah.\n\n"
                        + "Air strikes by the Saudi-led coalition killed 12 civilians in Yemen's port city of Hodeidah "
                        + "on Sunday."));

        assertThat(event.getLocation().getCountryCode()).isEqualTo("YE");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Yemen)");
    }

    @Test
    void codesAnOvernightMissileAttackAcrossTwoDays() {
        EventMention event = only(article("2025-06-05",
                "Russian forces launched a missile attack on Kharkiv, Ukraine's second city, overnight, killing three "
                        + "people and injuring 17."));

        assertThat(event.getSubEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Russia");
        assertThat(event.getLocation().getCountryCode()).isEqualTo("UA");
        assertThat(event.getEventDate()).isEqualTo("2025-06-04");
        assertThat(event.getEventDateMax()).isEqualTo("2025-06-05");
        assertThat(event.getFatalities().getBest()).isEqualTo(3);
        assertThat(event.getInjured()).isEqualTo(17);
    }

    @Test
    void doesNotCodeAWarsTotalToll() {
        assertThat(extractor.extract(article("2024-03-03",
                "Houthi fighters hold Sanaa. The war in Yemen has killed more than 150,000 people."), Instant.EPOCH))
                .isEmpty();
    }

    @Test
    void codesGunmenStormingAVillageAndKillingCiviliansAsAnAttackDatedByTheTextNotTheDateline() {
        CleanArticle article = CleanArticle.newBuilder(article("2024-02-13",
                "BAMAKO, Feb 10 (Reuters) - Gunmen stormed a village in central Mali's Mopti region on Sunday, "
                        + "killing at least 20 civilians, local officials said."))
                .setDateline("BAMAKO")
                .build();

        EventMention event = only(article);

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getEventType().name()).isEqualTo("VIOLENCE_AGAINST_CIVILIANS");
        assertThat(event.getEventDate()).isEqualTo("2024-02-11");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Mali)");
        assertThat(event.getFatalities().getBest()).isEqualTo(20);
    }

    @Test
    void codesAForeignArmysCaptureAsANonStateTakeoverNotAGovernmentRegain() {
        EventMention event = only(article("2024-02-13",
                "Russian troops captured the town of Avdiivka in Ukraine's Donetsk region on Saturday, "
                        + "Ukraine's general staff said."));

        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Russia");
        assertThat(event.getLocation().getCountryCode()).isEqualTo("UA");
        assertThat(event.getSubEventType()).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void codesCountersOfProtestersAsAProtest() {
        EventMention event = only(article("2024-02-13",
                "Thousands of protesters took to the streets of Khartoum on Friday to demand civilian rule."));

        assertThat(event.getSubEventType()).isEqualTo("Peaceful protest");
        assertThat(event.getLocation().getCountryCode()).isEqualTo("SD");
    }

    @Test
    void doesNotCodeWhatWouldOrMightHappen() {
        assertThat(extractor.extract(article("2019-08-21",
                "There has been speculation that Russia and Turkey have reached a deal that would allow the army "
                        + "to retake the town of Saraqib."),
                Instant.EPOCH)).isEmpty();
    }

    @Test
    void doesNotCodeADeniedOrNegatedEvent() {
        assertThat(extractor.extract(article("2019-08-21",
                "The group denied that its fighters withdrew from Saraqib. Troops did not enter Saraqib on Monday."),
                Instant.EPOCH)).isEmpty();
    }

    @Test
    void doesNotCodeBackgroundEvents() {
        assertThat(extractor.extract(article("2020-01-29",
                "After capturing Saraqib in August, the army paused. The town had been held by rebels since 2014."),
                Instant.EPOCH)).isEmpty();
    }

    @Test
    void doesNotCodeCumulativeTollsOrFleeing() {
        assertThat(extractor.extract(article("2019-08-21",
                "Some 965 people have died since April in Idlib. Thousands fled the fighting in Saraqib."),
                Instant.EPOCH)).isEmpty();
    }

    @Test
    void mergesTwoReportsOfOneEventInOneArticle() {
        List<EventMention> events = extractor.extract(article("2019-08-21",
                "Government troops moved into Saraqib in Syria's Idlib province on Tuesday.\n\nThe rebels withdrew "
                        + "from Saraqib overnight, "
                        + "the monitor said."), Instant.EPOCH);

        assertThat(events).hasSize(1);
        assertThat(events.get(0).getEventDate()).isEqualTo("2019-08-20");
        assertThat(events.get(0).getEventDateMax()).isEqualTo("2019-08-21");
    }

    @Test
    void codesStormingAnArmyBaseAsAClashNotItsCapture() {
        EventMention event = only(article("2025-07-14",
                "Fighters from the Islamic State West Africa Province stormed a military base in Marte in Nigeria's "
                        + "northeastern Borno state late Saturday, killing at least nine soldiers before they were "
                        + "repelled, two military officers said."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Islamic State (West Africa)");
        assertThat(event.getLocation().getName()).isEqualTo("Marte");
        assertThat(event.getEventDate()).isEqualTo("2025-07-12");
        assertThat(event.getFatalities().getBest()).isEqualTo(9);
    }

    @Test
    void codesAVehicleStrikingAnExplosiveDeviceAsAnIed() {
        EventMention event = only(article("2025-09-23",
                "On Monday, a Nigerien military vehicle struck an explosive device near Ayorou, killing two soldiers."));

        assertThat(event.getSubEventType()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(event.getLocation().getName()).isEqualTo("Ayorou");
        assertThat(event.getEventDate()).isEqualTo("2025-09-22");
        assertThat(event.getFatalities().getBest()).isEqualTo(2);
    }

    @Test
    void codesAnAirForceStrikeOnAGroupsCampAsAnAirStrikeOnThatGroup() {
        EventMention event = only(article("2025-07-14",
                "On Sunday, a Nigerian air force strike on a Boko Haram camp near Gwoza killed \"several\" fighters."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Nigeria");
        assertThat(event.getActor2().getName())
                .isEqualTo("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad");
        assertThat(event.getLocation().getName()).isEqualTo("Gwoza");
    }

    @Test
    void doesNotCodeTheKillingInACumulativeFigureWhateverItsClauseOrder() {
        assertThat(extractor.extract(article("2025-05-10",
                "Since the beginning of the year, more than 400 civilians have been killed by the ADF in Beni "
                        + "territory, according to local NGOs. More than 1,500 people have been killed in the Tillaberi "
                        + "region since the start of the year."), Instant.EPOCH)).isEmpty();
    }

    @Test
    void readsAConfirmationOfTheCaptureAsNoNewEvent() {
        List<EventMention> events = extractor.extract(article("2025-08-20",
                "Fano fighters took control of the town of Bure in Ethiopia's Amhara region on Sunday after federal "
                        + "troops withdrew, two residents said. A Fano spokesman confirmed the capture."), Instant.EPOCH);

        assertThat(events).extracting(EventMention::getSubEventType, EventMention::getEventDate)
                .containsExactly(tuple("Non-state actor overtakes territory", "2025-08-17"));
    }

    @Test
    void datesAFollowUpSentenceAboutTheSamePlaceByThePreviousEvent() {
        List<EventMention> events = extractor.extract(article("2025-07-14",
                "ISWAP fighters stormed a military base in Marte in Nigeria's Borno state on Saturday, killing nine "
                        + "soldiers.\n\nThe army said in a statement that \"scores of terrorists\" were killed."),
                Instant.EPOCH);

        assertThat(events).extracting(EventMention::getSubEventType, EventMention::getEventDate)
                .containsExactly(tuple("Armed clash", "2025-07-12"));
    }

    @Test
    void codesResidentsMarchingAsAProtestByProtestersNotACapture() {
        EventMention event = only(article("2025-05-10",
                "On Saturday morning, hundreds of residents of Beni marched to the office of the territory "
                        + "administrator in North Kivu to demand better protection."));

        assertThat(event.getSubEventType()).isEqualTo("Peaceful protest");
        assertThat(event.getActor1().getName()).isEqualTo("Protesters (Democratic Republic of Congo)");
        assertThat(event.getLocation().getName()).isEqualTo("Beni");
        assertThat(event.getEventDate()).isEqualTo("2025-05-10");
    }

    @Test
    void codesABlockadeToProtestAnAbductionAsTheProtest() {
        EventMention event = only(article("2025-07-16",
                "Angry residents of Tsafe in Nigeria's Zamfara State on Tuesday blocked a highway for several hours to "
                        + "protest against the abduction."));

        assertThat(event.getSubEventType()).isEqualTo("Peaceful protest");
        assertThat(event.getActor1().getName()).isEqualTo("Protesters (Nigeria)");
        assertThat(event.getEventDate()).isEqualTo("2025-07-15");
    }

    @Test
    void doesNotTakeAPlaceFromInsideAnActorsName() {
        EventMention event = only(article("2025-09-23",
                "Fourteen Nigerien soldiers were killed on Sunday when their patrol was ambushed by fighters of the "
                        + "Islamic State in the Sahel near Tera, in the western region of Tillaberi."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Islamic State (Sahel)");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(2438855L);
        assertThat(event.getFatalities().getBest()).isEqualTo(14);
    }

    @Test
    void doesNotCodeAWithdrawalDeniedAFewWordsBeforeItsThatClause() {
        assertThat(extractor.extract(article("2025-05-06",
                "The M23 denied reports circulating on social media that its fighters had withdrawn from the town of "
                        + "Rutshuru in North Kivu."), Instant.EPOCH)).isEmpty();
    }

    @Test
    void readsTheSubjectAcrossAnAcronymInBrackets() {
        EventMention event = only(article("2025-08-20",
                "Separately, Fano fighters and the Ethiopian National Defense Force (ENDF) fought for several hours on "
                        + "Tuesday on the outskirts of Debre Markos, two residents said."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Fano Militia");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Ethiopia");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(339708L);
    }

    @Test
    void codesALandmineAloneAsARemoteExplosive() {
        EventMention event = only(article("2025-03-24",
                "Two children were killed by a landmine in Hays, in Yemen's Hudaydah governorate, on Saturday."));

        assertThat(event.getSubEventType()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Yemen)");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(74906L);
        assertThat(event.getEventDate()).isEqualTo("2025-03-22");
        assertThat(event.getFatalities().getBest()).isEqualTo(2);
    }

    @Test
    void codesAnExplosiveDeviceAsARemoteExplosive() {
        EventMention event = only(article("2023-11-18",
                "On Friday, an explosive device planted by ISIS killed an officer and a soldier of the Iraqi army as "
                        + "their patrol passed through the orchards of al-Tarmiyah, north of Baghdad."));

        assertThat(event.getSubEventType()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(event.getActor1().getName()).isEqualTo("Islamic State");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Iraq");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(98403L);
        assertThat(event.getFatalities().getBest()).isEqualTo(2);
    }

    @Test
    void codesTheStrikeOfASingleWarplane() {
        EventMention event = only(article("2024-04-16",
                "An Israeli warplane struck a house in Naqoura, in south Lebanon, on Tuesday, killing a woman, the "
                        + "National News Agency reported."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Israel");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Lebanon)");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(278832L);
        assertThat(event.getFatalities().getBest()).isEqualTo(1);
    }

    @Test
    void theAgentNamedInsideTheTriggerIsActor1() {
        EventMention event = only(article("2024-04-16",
                "Three Hezbollah fighters were killed on Tuesday when an Israeli drone targeted their car in Bint "
                        + "Jbeil, in south Lebanon."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Israel");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(276592L);
        assertThat(event.getFatalities().getBest()).isEqualTo(3);
    }

    @Test
    void codesAMissileThatSlammedIntoANeighbourhood() {
        EventMention event = only(article("2021-02-15",
                "Late on Sunday, a ballistic missile fired by the Huthis slammed into a residential neighbourhood of "
                        + "Marib city, wounding five children."));

        assertThat(event.getSubEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(event.getActor1().getName()).isEqualTo("Houthi Movement");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Yemen)");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(72968L);
        assertThat(event.getEventDate()).isEqualTo("2021-02-14");
    }

    @Test
    void codesAWaveOfAirStrikesAsNewsNotScene() {
        EventMention event = only(article("2025-03-24",
                "US warplanes launched a wave of air strikes on the port city of Hudaydah on Sunday."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of the United States");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(79415L);
        assertThat(event.getEventDate()).isEqualTo("2025-03-23");
    }

    @Test
    void codesSomeoneShotDeadByArmedMenAsAnAttack() {
        EventMention event = only(article("2025-01-21",
                "On 18 January, a community leader was shot dead by unidentified armed men in Convención, Norte de "
                        + "Santander."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getActor1().getName()).isEqualTo("Unidentified Armed Group (Colombia)");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Colombia)");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(3685955L);
        assertThat(event.getEventDate()).isEqualTo("2025-01-18");
    }

    @Test
    void codesAnAbductionOfALeaderAndRelativesAsOfCivilians() {
        EventMention event = only(article("2025-01-21",
                "On 17 January, armed men abducted a social leader and two of his relatives from their home in El "
                        + "Tarra, Colombia."));

        assertThat(event.getSubEventType()).isEqualTo("Abduction/forced disappearance");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Colombia)");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(3738301L);
    }

    @Test
    void codesAnAttackWithExplosiveLadenDronesAsADroneStrike() {
        EventMention event = only(article("2025-01-21",
                "On 19 January, the ELN attacked a military base in Tibú with explosive-laden drones, wounding three "
                        + "soldiers, according to the Colombian Army."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("ELN: National Liberation Army");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Colombia");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(3667202L);
    }

    @Test
    void groupsNamedAfterBetweenAreTwoSidesNotAllies() {
        EventMention event = only(article("2025-01-21",
                "On 16 January, clashes broke out between the ELN and FARC dissidents in rural areas of Tibú, in the "
                        + "Catatumbo subregion, according to local authorities."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("ELN: National Liberation Army");
        assertThat(event.getActor2().getName()).isEqualTo("FARC Dissidents");
    }

    @Test
    void aBombingClaimedLaterInTheArticleIsTheClaimants() {
        EventMention event = only(article("2025-10-06",
                "A suicide bomber blew himself up at a checkpoint in Mogadishu on Sunday, killing nine people, "
                        + "police said.\n\nAl-Shabaab claimed responsibility for the attack in a statement."));

        assertThat(event.getSubEventType()).isEqualTo("Suicide bomb");
        assertThat(event.getActor1().getName()).isEqualTo("Al Shabaab");
    }

    @Test
    void aBombingTheAuthoritiesBlameOnAGroupIsThatGroups() {
        EventMention event = only(article("2025-07-12",
                "On Friday, a female suicide bomber blew herself up at a fish market in Konduga, in Nigeria's Borno state, killing 12 people "
                        + "and wounding 30, police said. Police blamed the bombing on Boko Haram, which has used women "
                        + "as suicide bombers for years."));

        assertThat(event.getSubEventType()).isEqualTo("Suicide bomb");
        assertThat(event.getActor1().getName()).isEqualTo("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad");
        assertThat(event.getFatalities().getBest()).isEqualTo(12);
    }

    @Test
    void armyDronesAreTheArticleCountrysForces() {
        EventMention event = only(article("2025-06-09",
                "Army drones struck RSF positions and a fuel depot in Nyala, the capital of South Darfur state, late "
                        + "on Sunday, a military source said."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Sudan");
        assertThat(event.getActor2().getName()).isEqualTo("Rapid Support Forces");
    }

    @Test
    void civiliansKilledWhenAJetBombedAreTheStrikesVictims() {
        EventMention event = only(article("2025-08-11",
                "At least 14 civilians, including five children, were killed when a junta fighter jet bombed a village "
                        + "near Shwebo in Sagaing Region on Sunday afternoon, a local resistance official said."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Myanmar");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Myanmar)");
        assertThat(event.getFatalities().getBest()).isEqualTo(14);
    }

    @Test
    void anUnattributedDroneAttackIsByTheOneForeignForceTheArticleNames() {
        List<EventMention> events = extractor.extract(article("2025-07-08",
                "Russian troops shelled Kharkiv on Sunday, killing three people, Ukrainian officials said.\n\n"
                        + "In Odessa, a drone attack on Monday killed two people, the mayor said."), Instant.EPOCH);

        EventMention drone = events.stream().filter(e -> e.getSubEventType().equals("Air/drone strike"))
                .findFirst().orElseThrow();
        assertThat(drone.getActor1().getName()).isEqualTo("Military Forces of Russia");
        assertThat(drone.getActor2().getName()).isEqualTo("Civilians (Ukraine)");
    }

    @Test
    void aTollOverThePastDayIsADailyReportNotARunningTotal() {
        EventMention event = only(article("2025-06-10",
                "In Donetsk Oblast, Russian shelling killed two civilians and wounded five in Kostiantynivka over the "
                        + "past day, Governor Vadym Filashkin said."));

        assertThat(event.getSubEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Russia");
        assertThat(event.getFatalities().getBest()).isEqualTo(2);
        assertThat(extractor.extract(article("2025-06-10",
                "Russian shelling has killed 40 civilians in Kostiantynivka over the past month, the governor said."),
                Instant.EPOCH)).isEmpty();
    }

    @Test
    void peopleKilledByNoOneNamedAreNoClashOfCivilians() {
        assertThat(extractor.extract(article("2025-03-24",
                "The health ministry said three people were killed and nine wounded in the strikes on Hudaydah."),
                Instant.EPOCH)).isEmpty();
    }

    @Test
    void anAttackOnAMilitaryPostIsAClashWithTheArmy() {
        EventMention event = only(article("2025-06-02",
                "Jihadists from the JNIM group attacked a military base and volunteer militia positions in the "
                        + "northern Burkinabe town of Djibo on Sunday, killing at least 34 people, security sources said."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Burkina Faso");
        assertThat(event.getFatalities().getBest()).isEqualTo(34);
    }

    @Test
    void peopleKilledInFightingAreNoSideOfIt() {
        EventMention event = only(article("2025-05-06",
                "At least 14 people were killed on Monday in fighting between the M23 armed group and the Wazalendo "
                        + "around the town of Masisi in the east of the Democratic Republic of Congo."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("M23: March 23 Movement");
        assertThat(event.getActor2().getName()).isEqualTo("Wazalendo");
        assertThat(event.getFatalities().getBest()).isEqualTo(14);
    }

    @Test
    void militiasFightingTheArticlesMainGroupAreAnotherGroupNotItself() {
        EventMention event = only(article("2025-05-06",
                "Fighting between the M23 and pro-government militiamen killed at least 14 people around Masisi in "
                        + "the Democratic Republic of Congo on Monday.\n\nThe Wazalendo militias had attacked M23 positions, residents said. The M23 "
                        + "denied losing ground."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("M23: March 23 Movement");
        assertThat(event.getActor2().getName()).isEqualTo("Wazalendo");
    }

    @Test
    void aGenericForceAfterAPossessiveIsTheActorNamedBefore() {
        EventMention event = only(article("2024-04-16",
                "Hours later, Hezbollah said its fighters had fired a barrage of Katyusha rockets at an Israeli army "
                        + "position in Kiryat Shmona."));

        assertThat(event.getSubEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(event.getActor1().getName()).isEqualTo("Hezbollah");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Israel");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(293825L);
    }

    @Test
    void aPronounAfterANamedReporterIsThatReporter() {
        List<EventMention> events = extractor.extract(article("2024-11-12",
                "The outlawed Balochistan Liberation Army (BLA) claimed responsibility for the killings in Musakhel. "
                        + "Separately, the Counter-Terrorism Department (CTD) said it had arrested four suspected TTP "
                        + "militants in Dera Ismail Khan on Monday."), Instant.EPOCH);

        EventMention arrest = events.stream().filter(e -> e.getSubEventType().equals("Arrests")).findFirst().orElseThrow();
        assertThat(arrest.getActor1().getName()).isEqualTo("Police Forces of Pakistan");
        assertThat(arrest.getActor2().getName()).isEqualTo("TTP: Tehreek-i-Taliban Pakistan");
        assertThat(arrest.getLocation().getGeonamesId()).isEqualTo(1180281L);
    }

    @Test
    void peopleWhoProtestAreProtesters() {
        EventMention event = only(article("2024-11-12",
                "On Tuesday, hundreds of traders and residents staged a peaceful protest in Bannu, Pakistan, against "
                        + "the deteriorating law and order situation."));

        assertThat(event.getSubEventType()).isEqualTo("Peaceful protest");
        assertThat(event.getActor1().getName()).isEqualTo("Protesters (Pakistan)");
    }

    @Test
    void codesAirStrikesInAMountainRangeThere() {
        EventMention event = only(article("2023-11-18",
                "On Saturday, Iraqi F-16 jets carried out air strikes on ISIS hideouts in the Hamrin mountains, killing "
                        + "five militants, the Security Media Cell said."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Iraq");
        assertThat(event.getActor2().getName()).isEqualTo("Islamic State");
        assertThat(event.getLocation().getName()).isEqualTo("Hamrin Mountains");
        assertThat(event.getFatalities().getBest()).isEqualTo(5);
    }

    @Test
    void aDeniedTakeoverIsNotCoded() {
        assertThat(extractor.extract(article("2021-02-15",
                "A government spokesman denied reports circulating on social media that Houthi fighters had entered "
                        + "the outskirts of Marib city."), Instant.EPOCH)).isEmpty();
    }

    @Test
    void aSentenceWithOnlyARunningTotalIsNotAnEvent() {
        assertThat(extractor.extract(article("2024-11-12",
                "According to the Pakistan Institute for Conflict and Security Studies, 1,166 people were killed in "
                        + "militant attacks across the country in the first ten months of this year."), Instant.EPOCH))
                .isEmpty();
        assertThat(extractor.extract(article("2024-04-16",
                "At least 360 people have been killed in Lebanon in the hostilities, most of them Hezbollah fighters, "
                        + "along with about 70 civilians, according to a Reuters tally."), Instant.EPOCH)).isEmpty();
    }

    @Test
    void aGenericWordIntroducingANamedGroupIsThatGroup() {
        EventMention event = only(article("2025-03-31",
                "Gangs from the Viv Ansanm coalition seized control of the central Haitian town of Mirebalais on "
                        + "Monday, overrunning the police station."));

        assertThat(event.getSubEventType()).isEqualTo("Non-state actor overtakes territory");
        assertThat(event.getActor1().getName()).isEqualTo("Viv Ansanm");
        assertThat(event.getActor2().getName()).isEqualTo("Police Forces of Haiti");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(3720811L);
    }

    @Test
    void theSubjectOfAStrikeIsNotAnActorOfARelativeClause() {
        EventMention event = only(article("2021-02-15",
                "Warplanes of the Saudi-led coalition, which backs the government, carried out more than a dozen air "
                        + "strikes on Houthi reinforcements in Sirwah, Yemen, on Sunday."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Saudi Arabia");
        assertThat(event.getActor2().getName()).isEqualTo("Houthi Movement");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(34703L);
    }

    @Test
    void aForceBackingAnotherIsOnItsSide() {
        EventMention event = only(article("2025-03-31",
                "On Sunday, police officers backed by the Kenyan-led Multinational Security Support mission clashed "
                        + "with gang members in Port-au-Prince, killing four of them."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Police Forces of Haiti");
        assertThat(event.getActor2().getName()).isEqualTo("Unidentified Armed Group (Haiti)");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(3718426L);
    }

    @Test
    void aVagueNounAfterOfLeavesTheSentenceToItsVerb() {
        EventMention event = only(article("2025-09-15",
                "JNIM attacked a Malian army camp near Tombouctou on Sunday, sparking hours of fighting."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Mali");
        assertThat(event.getEventDate()).isEqualTo("2025-09-14");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(2449067L);
    }

    @Test
    void readsTheAgentOfDronesLaunchedByAnArmedGroup() {
        EventMention event = only(article("2025-06-14",
                "Separately, drones launched by the RSF struck the power station in Omdurman early on Saturday."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Rapid Support Forces");
        assertThat(event.getEventDate()).isEqualTo("2025-06-14");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(365137L);
    }

    @Test
    void codesAProtestNotTheBombingItIsAbout() {
        EventMention event = only(article("2025-10-06",
                "Relatives of the soldiers killed in the bombing protested peacefully outside the Ministry of Defence "
                        + "in Mogadishu on Sunday evening."));

        assertThat(event.getSubEventType()).isEqualTo("Peaceful protest");
        assertThat(event.getActor1().getName()).isEqualTo("Protesters (Somalia)");
        assertThat(event.getEventDate()).isEqualTo("2025-10-05");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(53654L);
    }

    @Test
    void anAirstrikeAnnouncedWithAPronounIsByTheAnnouncer() {
        EventMention event = only(article("2025-10-06",
                "The U.S. Africa Command (AFRICOM) said it conducted an airstrike against al-Shabaab near Jilib in "
                        + "Somalia on Friday."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of the United States");
        assertThat(event.getActor2().getName()).isEqualTo("Al Shabaab");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(56166L);
    }

    @Test
    void aForceNamedWithItsAcronymAndBackedByAnotherIsOneSide() {
        EventMention event = only(article("2025-10-06",
                "On Saturday, Somali National Army (SNA) forces backed by AUSSOM troops fought al-Shabaab fighters "
                        + "near Mahaday in Middle Shabelle region, killing 15 militants."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Somalia");
        assertThat(event.getActor2().getName()).isEqualTo("Al Shabaab");
        assertThat(event.getLocation().getName()).isEqualTo("Mahaday");
        assertThat(event.getLocation().getAdmin1()).isEqualTo("Middle Shabelle");
        assertThat(event.getFatalities().getBest()).isEqualTo(15);
    }

    @Test
    void unitsOfACountryAreItsForces() {
        EventMention event = only(article("2025-07-08",
                "Ukraine's General Staff said its troops had retaken the village of Kyrykivka in Sumy Oblast on July 7, "
                        + "pushing Russian units back towards the border."));

        assertThat(event.getSubEventType()).isEqualTo("Government regains territory");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Ukraine");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Russia");
        assertThat(event.getLocation().getGeonamesId()).isEqualTo(705854L);
    }

    @Test
    void aPlantedBombThatExplodesIsAnIedAndThoseKilledAreItsVictims() {
        EventMention event = only(article("2025-03-04",
                "Three soldiers were killed on Monday when a bomb hidden beside a dirt road exploded under their truck "
                        + "near Dori, the army said."));

        assertThat(event.getSubEventType()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Burkina Faso");
        assertThat(event.getFatalities().getBest()).isEqualTo(3);
    }

    @Test
    void anAttackBlamedOnAGroupInItsOwnSentenceIsThatGroups() {
        EventMention event = only(article("2025-06-11",
                "Two police officers were killed on Tuesday when their vehicle struck a roadside bomb near Garissa, "
                        + "in an attack officials blamed on al-Shabaab."));

        assertThat(event.getSubEventType()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(event.getActor1().getName()).isEqualTo("Al Shabaab");
        assertThat(event.getActor2().getName()).isEqualTo("Police Forces of Kenya");
    }

    @Test
    void gunmenShootingAVillageHeadmanAttackACivilian() {
        EventMention event = only(article("2025-03-04",
                "Gunmen shot dead a village headman outside his house in Rueso district, Narathiwat, on Monday night."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Thailand)");
        assertThat(event.getFatalities().getBest()).isEqualTo(1);
    }

    @Test
    void anEventNamedByAnEarlierYearIsBackground() {
        List<EventMention> events = extractor.extract(article("2025-05-08",
                "The region has seen deadly attacks, including the 2017 Dantewada ambush in which 25 police officers "
                        + "were killed."), Instant.EPOCH);

        assertThat(events).isEmpty();
    }

    @Test
    void attackersWhoFiredAndFledLeaveNoTerritory() {
        List<EventMention> events = extractor.extract(article("2025-10-06",
                "The gunmen arrived on motorcycles in Babahoyo on Sunday, fired dozens of rounds and fled, police said."),
                Instant.EPOCH);

        assertThat(events).noneMatch(e -> e.getSubEventType().contains("territory"));
    }

    @Test
    void troopsWhoSeizedRiflesTookNoGround() {
        List<EventMention> events = extractor.extract(article("2025-10-06",
                "Two gang members were killed near Quevedo on Saturday and troops seized rifles and explosives, "
                        + "the army said."), Instant.EPOCH);

        assertThat(events).noneMatch(e -> e.getSubEventType().contains("territory"));
    }

    @Test
    void aMissionTakingOverFromAnotherTakesNoTerritory() {
        List<EventMention> events = extractor.extract(article("2025-06-12",
                "Kenyan troops serve in Somalia with the African Union mission, which took over from the previous "
                        + "mission in Mogadishu on Monday."), Instant.EPOCH);

        assertThat(events).isEmpty();
    }

    @Test
    void aPoliceOperationAgainstAGangThatLeftDeadIsAClash() {
        EventMention event = only(article("2025-05-14",
                "A police operation against the Comando Vermelho in Rio de Janeiro left five people dead on Tuesday."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Police Forces of Brazil");
        assertThat(event.getFatalities().getBest()).isEqualTo(5);
    }

    @Test
    void aShootoutIsAClash() {
        EventMention event = only(article("2025-05-14",
                "A shootout between the Comando Vermelho and the rival Terceiro Comando Puro in Nova Iguaçu on "
                        + "Sunday night left three people dead."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getFatalities().getBest()).isEqualTo(3);
    }

    @Test
    void peopleArrestedByNoOneNamedAreTakenByThePolice() {
        EventMention event = only(article("2025-10-06",
                "Nine people were arrested in Machala, Ecuador, on Friday, the Interior Ministry said."));

        assertThat(event.getSubEventType()).isEqualTo("Arrests");
        assertThat(event.getActor1().getName()).isEqualTo("Police Forces of Ecuador");
    }

    @Test
    void aLoneForeignReadingOfANeighbourhoodIsNoPlace() {
        List<EventMention> events = extractor.extract(article("2025-05-14",
                "Police clashed with gunmen in the Complexo da Maré on Tuesday, leaving eight people dead.\n\n"
                        + "Schools across Rio de Janeiro and the neighbouring cities of Niterói and São Gonçalo were "
                        + "closed for the day, the education department said."), Instant.EPOCH);

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.getLocation() == null ? "BR"
                : e.getLocation().getCountryCode()).isEqualTo("BR"));
    }

    @Test
    void aClaimOfResponsibilityIsNoSecondEvent() {
        EventMention event = only(article("2025-07-21",
                "An explosion in a minibus in Mazar-i-Sharif on Sunday evening killed four people and wounded 11.\n\n"
                        + "Daesh claimed responsibility for the attack in a statement released late on Sunday."));

        assertThat(event.getSubEventType()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(event.getFatalities().getBest()).isEqualTo(4);
    }

    @Test
    void aSourceWithATitleIsNoParty() {
        EventMention event = only(article("2025-07-21",
                "A sticky bomb attached to a minibus exploded in Mazar-i-Sharif on Sunday, killing four people, the "
                        + "spokesman for the Balkh police commander said."));

        assertThat(event.getSubEventType()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(event.getActor1().getName()).doesNotStartWith("Police");
    }

    @Test
    void killingBeforeArrestsMakesAFight() {
        EventMention event = only(article("2025-07-21",
                "Security forces killed three members of a Daesh cell and arrested two others in Jalalabad city late "
                        + "on Saturday, the Ministry of Interior said."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getFatalities().getBest()).isEqualTo(3);
    }

    @Test
    void shellsFiredFromASideAreThatSides() {
        EventMention event = only(article("2025-07-21",
                "Mortar shells fired from the Pakistani side landed on houses in Spin Boldak on Sunday, killing three "
                        + "civilians, Afghan officials said."));

        assertThat(event.getSubEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Pakistan");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Afghanistan)");
    }

    @Test
    void theNextSentenceOnTheSamePlaceTellsTheSameEvent() {
        EventMention event = only(article("2025-07-21",
                "Three Afghan soldiers were killed in a clash with Pakistani forces in Spin Boldak on Saturday night, "
                        + "the ministry said.\n\nThe ministry said that Pakistani forces attacked Afghan border posts "
                        + "in Spin Boldak."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getEventDate()).isEqualTo("2025-07-19");
    }

    @Test
    void arrestingPoliceAreNotTheBombersOfTheAttackTheArrestIsOver() {
        List<EventMention> events = extractor.extract(article("2025-06-12",
                "Kenyan police on Wednesday arrested three suspects in Garissa in connection with Tuesday's roadside "
                        + "bomb attack that killed four police officers in Mandera."), Instant.EPOCH);

        assertThat(events).hasSize(1);
        assertThat(events.get(0).getSubEventType()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(events.get(0).getActor1().getName()).doesNotStartWith("Police");
        assertThat(events.get(0).getActor2().getName()).isEqualTo("Police Forces of Kenya");
    }

    @Test
    void explosionsHeardThroughTheNightAreNoEvent() {
        List<EventMention> events = extractor.extract(article("2025-05-06",
                "Residents of Tajoura reported the sound of heavy machine guns and explosions until dawn on Monday."),
                Instant.EPOCH);

        assertThat(events).isEmpty();
    }

    @Test
    void aCountryNamedForItsBorderIsNoPlaceOfTheEvent() {
        List<EventMention> events = extractor.extract(article("2025-06-12",
                "At least eleven Beninese soldiers were killed on Tuesday when jihadists attacked an army position in "
                        + "the far north, near the borders with Niger and Burkina Faso."), Instant.EPOCH);

        assertThat(events).allSatisfy(e -> assertThat(e.getLocation() == null ? "" : e.getLocation().getCountryCode())
                .isNotIn("NE", "BF"));
    }

    @Test
    void whatAClaimantSaysItDidIsTheClaim() {
        List<EventMention> events = extractor.extract(article("2025-06-12",
                "JNIM claimed the attack in a message, saying its fighters had killed 20 soldiers near Banikoara on "
                        + "Tuesday."), Instant.EPOCH);

        assertThat(events).isEmpty();
    }

    @Test
    void aRallyThePoliceDispersedIsAProtestWithIntervention() {
        EventMention event = only(article("2025-04-11",
                "On Thursday, police in Wamena, in Indonesia's Papua region, dispersed a peaceful rally of around "
                        + "200 students calling for the withdrawal of troops."));

        assertThat(event.getSubEventType()).isEqualTo("Protest with intervention");
        assertThat(event.getActor1().getName()).isEqualTo("Protesters (Indonesia)");
        assertThat(event.getActor2().getName()).isEqualTo("Police Forces of Indonesia");
    }

    @Test
    void theMenKilledWereOfAnEventToldAlready() {
        List<EventMention> events = extractor.extract(article("2025-04-11",
                "The TPNPB said on Wednesday that the two men killed in Sugapa were villagers."), Instant.EPOCH);

        assertThat(events).isEmpty();
    }

    @Test
    void theTollTheSentenceBeforeGaveIsTheEventsTheNextReports() {
        EventMention event = only(article("2025-04-11",
                "Rights groups condemned the killing of four road workers near Oksibil, in Indonesia's Papua region, "
                        + "on Tuesday. The workers were shot by members of the TPNPB while building a bridge."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getFatalities().getBest()).isEqualTo(4);
    }

    @Test
    void deathsSoFarThisYearAreARunningCount() {
        List<EventMention> events = extractor.extract(article("2025-09-01",
                "Five members of the armed forces have been killed in Pichari so far this year, according to official "
                        + "figures."), Instant.EPOCH);

        assertThat(events).isEmpty();
    }

    @Test
    void peopleArrestedAsMembersOfAGroupAreThatGroup() {
        EventMention members = only(article("2025-06-12",
                "In Malanville, in northern Benin, police on Wednesday arrested six people who belong to a JNIM logistics "
                        + "network, a judicial source said."));
        EventMention supporters = only(article("2025-05-06",
                "In Yangon, police arrested 12 people accused of supporting the Arakan Army on Monday, state media "
                        + "reported."));

        assertThat(members.getActor2().getName()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(supporters.getActor2().getName()).isEqualTo("Civilians (Myanmar)");
    }

    @Test
    void whatAProtestIsAgainstIsNoPartyToIt() {
        EventMention event = only(article("2025-01-21",
                "In Qamishli, in northeast Syria, several thousand people marched on Tuesday to protest against the "
                        + "Turkish strikes."));

        assertThat(event.getSubEventType()).isEqualTo("Peaceful protest");
        assertThat(event.getActor1().getName()).isEqualTo("Protesters (Syria)");
        assertThat(event.getActor2()).isNull();
    }

    @Test
    void policeFiringTearGasAtACrowdIsAProtestWithIntervention() {
        EventMention event = only(article("2025-09-17",
                "Police fired tear gas and rubber bullets on Wednesday to stop a crowd marching toward the governor's "
                        + "residence in Imphal, India."));

        assertThat(event.getSubEventType()).isEqualTo("Protest with intervention");
        assertThat(event.getActor1().getName()).isEqualTo("Protesters (India)");
        assertThat(event.getActor2().getName()).isEqualTo("Police Forces of India");
    }

    @Test
    void aPlaceMadeAnAdjectiveIsNoPlace() {
        EventMention event = only(article("2025-01-21",
                "Fighters of the Syrian National Army clashed with the SDF near Abu Qalqal, in Syria, late on Sunday, "
                        + "the Britain-based Syrian Observatory for Human Rights said."));

        assertThat(event.getLocation().getCountryCode()).isEqualTo("SY");
    }

    @Test
    void aGunbattleIsAClash() {
        EventMention event = only(article("2025-09-17",
                "Two people were killed in a gunbattle between armed men near Moirang, in India's Manipur state, on "
                        + "Tuesday."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
    }

    @Test
    void aMunitionADroneDropsIsADroneStrike() {
        EventMention event = only(article("2025-03-12",
                "On Tuesday, an army drone dropped a mortar round on a pickup truck in Lashio, killing two farmers."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Myanmar");
    }

    @Test
    void aGlideBombIsAnAirStrikeByTheCountryItsDemonymNames() {
        EventMention event = only(article("2025-03-12",
                "In Kharkiv, a Russian glide bomb hit a supermarket on Saturday afternoon, wounding 14 people."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Russia");
    }

    @Test
    void firingSmallArmsAtAnotherArmysPositionsIsAClash() {
        EventMention event = only(article("2025-03-12",
                "Tajik border guards fired small arms at Kyrgyz positions near Batken on Thursday, the Kyrgyz border "
                        + "service said."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Tajikistan");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Kyrgyzstan");
    }

    @Test
    void aWeaponNamedAfterAnAttackIsNoAttack() {
        assertThat(extractor.extract(article("2025-03-12",
                "The government said a factory making attack drones in Kharkiv was destroyed on Monday."),
                Instant.EPOCH)).isEmpty();
        assertThat(extractor.extract(article("2025-03-12",
                "Two rifles and a grenade launcher were found in a forest near Sukma on Sunday, police said."),
                Instant.EPOCH)).isEmpty();
    }

    @Test
    void armedMenKilledByNoOneNamedFellToTheForceTheSentenceBeforeFollowed() {
        EventMention event = only(article("2025-03-12",
                "On Friday, soldiers chased the militants into the hills near Kidal. Four militants were neutralised, "
                        + "the army said."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getEventDate()).isEqualTo("2025-03-07");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Mali");
        assertThat(event.getActor2().getName()).isEqualTo("Rebel Groups (Mali)");
        assertThat(event.getFatalities().getBest()).isEqualTo(4);
    }

    @Test
    void anAttackTheArmyRepelledIsByTheGroupThatClaimedIt() {
        EventMention event = only(article("2025-03-12",
                "Soldiers repelled an attack on their base near Diffa on Sunday. Islamic State West Africa Province "
                        + "claimed responsibility for the attack."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Islamic State (West Africa)");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Niger");
    }

    @Test
    void anAttackTheArmyRepelledUnclaimedIsByItsUsualOpponent() {
        EventMention event = only(article("2025-03-12",
                "Al-Shabaab fighters have been active around Baidoa for months. On Sunday, soldiers repelled an attack "
                        + "on their base near Baidoa."));

        assertThat(event.getActor1().getName()).isEqualTo("Al Shabaab");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Somalia");
    }

    @Test
    void theMilitantsOfAStoryThatNamesOnlyAForeignGroupAreThatGroup() {
        EventMention event = only(article("2025-03-12",
                "Boko Haram has stepped up its raids in Niger's Diffa region this year. On Monday, the militants "
                        + "attacked a village near Diffa, killing four civilians."));

        assertThat(event.getActor1().getName()).isEqualTo("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad");
    }

    @Test
    void aReportedWeeklyTallyIsNoEventOnTheDayOfTheStatement() {
        assertThat(extractor.extract(article("2025-03-12",
                "The ministry said in Islamabad on Monday that its troops had shelled TTP hideouts in North Waziristan "
                        + "over the past seven days."), Instant.EPOCH)).isEmpty();
    }

    @Test
    void twoSentencesOfOneClashNameBothSidesOnce() {
        EventMention event = only(article("2025-03-12",
                "Heavy fighting broke out near Taiz on Sunday, where Houthi fighters stormed a hilltop. At least 12 "
                        + "fighters from both sides were killed, officials said."));

        assertThat(event.getActor1().getName()).isEqualTo("Houthi Movement");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Yemen");
    }

    @Test
    void crowdControlGrenadesAreNoGrenadeAttack() {
        EventMention event = only(article("2025-06-17",
                "Police fired tear gas and stun grenades at hundreds of teachers marching in Kathmandu on Tuesday."));

        assertThat(event.getSubEventType()).isEqualTo("Protest with intervention");
        assertThat(extractor.extract(article("2025-06-17",
                "Soldiers threw stun grenades into a house in Jenin on Tuesday."), Instant.EPOCH))
                .extracting(EventMention::getSubEventType).doesNotContain("Grenade");
    }

    @Test
    void aMobBeatingSomeoneToDeathIsMobViolenceAgainstCivilians() {
        EventMention event = only(article("2025-06-14",
                "On Friday, an angry mob beat a suspected thief to death at a market in Gulu, police said."));

        assertThat(event.getSubEventType()).isEqualTo("Mob violence");
        assertThat(event.getActor1().getName()).isEqualTo("Rioters (Uganda)");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Uganda)");
        assertThat(event.getFatalities().getBest()).isEqualTo(1);
    }

    @Test
    void factionsOfAPartyFightingIsMobViolenceBetweenRioters() {
        EventMention event = only(article("2025-06-16",
                "Two people were killed on Sunday when rival factions of the Awami League clashed in Faridpur, police "
                        + "said."));

        assertThat(event.getSubEventType()).isEqualTo("Mob violence");
        assertThat(event.getActor1().getName()).isEqualTo("Rioters (Bangladesh)");
        assertThat(event.getActor2().getName()).isEqualTo("Rioters (Bangladesh)");
    }

    @Test
    void thePeopleHurtWhenAPartysFactionsClashAreNoSideOfTheClash() {
        EventMention event = only(article("2025-06-16",
                "Supporters of two rival factions of the Awami League clashed in Narsingdi on Tuesday, leaving 15 "
                        + "people injured."));

        assertThat(event.getSubEventType()).isEqualTo("Mob violence");
        assertThat(event.getActor2().getName()).isEqualTo("Rioters (Bangladesh)");
    }

    @Test
    void aPlaceQualifiedByADivisionOfAnotherProvinceIsInThatDivision() {
        EventMention event = only(article("2025-06-16",
                "Police arrested 15 people on Friday in the Kotwali area of Comilla."));

        assertThat(event.getLocation().getName()).isEqualTo("Comilla");
    }

    @Test
    void theCapitalNamedAloneIsTheCapitalTheArticleNames() {
        EventMention event = only(article("2025-06-17",
                "Riot police fired tear gas at hundreds of students marching towards parliament in the capital on "
                        + "Tuesday. Several were later treated at a hospital in Kathmandu."));

        assertThat(event.getSubEventType()).isEqualTo("Protest with intervention");
        assertThat(event.getLocation().getName()).isEqualTo("Kathmandu");
    }

    @Test
    void aQuotationOpenedInTheSentenceBeforeIsReportedSpeech() {
        assertThat(extractor.extract(article("2025-06-17",
                "\"We were sitting peacefully. Then the police charged us and fired stun grenades at the crowd outside "
                        + "parliament in Kathmandu,\" said a student leader."), Instant.EPOCH)).isEmpty();
    }

    @Test
    void arrestsWhilePeopleBlockRoadsAreAProtestWithIntervention() {
        EventMention event = only(article("2025-06-16",
                "In Tbilisi, police detained 20 people on Sunday as opposition supporters blocked roads, protesting "
                        + "against concessions to Moscow. Police said all those detained were later released."));

        assertThat(event.getSubEventType()).isEqualTo("Protest with intervention");
        assertThat(event.getActor1().getName()).isEqualTo("Protesters (Georgia)");
        assertThat(event.getActor2().getName()).isEqualTo("Police Forces of Georgia");
        assertThat(event.getLocation().getName()).isEqualTo("Tbilisi");
    }

    @Test
    void arrestsWhileProtestersProtestAreAProtestWithIntervention() {
        EventMention event = only(article("2025-06-16",
                "Police detained dozens of people in Tbilisi on Saturday as protesters marched down the main avenue."));

        assertThat(event.getSubEventType()).isEqualTo("Protest with intervention");
        assertThat(event.getActor2().getName()).isEqualTo("Police Forces of Georgia");
    }

    @Test
    void armedMenBlockingARoadAreNoProtest() {
        assertThat(extractor.extract(article("2025-06-16",
                "Militants blocked the highway near Peshawar on Monday."), Instant.EPOCH))
                .extracting(EventMention::getSubEventType).doesNotContain("Peaceful protest");
    }

    @Test
    void peopleAbductedInAnAttackThatKilledOthersAreItsVictims() {
        EventMention event = only(article("2025-06-16",
                "On Sunday, gunmen on motorbikes attacked herders near Tillaberi, killing four and abducting two "
                        + "others."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getFatalities().getBest()).isEqualTo(4);
    }

    @Test
    void anAbductionToldAfterAnAttackIsPartOfIt() {
        EventMention event = only(article("2025-06-16",
                "On Sunday, gunmen attacked a village near Tillaberi, killing four civilians. Three women were "
                        + "abducted, residents said."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
    }

    @Test
    void noFewerThanIsANumberNotANegation() {
        EventMention event = only(article("2025-06-16",
                "No fewer than 12 villagers were killed on Saturday when gunmen attacked a settlement near Katsina "
                        + "Ala."));

        assertThat(event.getFatalities().getBest()).isEqualTo(12);
    }

    @Test
    void theVictimsOfAnEventToldAlreadyMakeNoNewEvent() {
        List<EventMention> events = extractor.extract(article("2025-06-16",
                "Gunmen killed nine farmers near Agatu on Saturday.\n\nThe police said the victims, among them two "
                        + "children, were hacked to death."), Instant.EPOCH);

        assertThat(events).hasSize(1);
    }

    @Test
    void aStrikeWithPrecisionWeaponsOnANamedCityIsAMissileStrike() {
        EventMention event = only(article("2025-06-17",
                "Russian forces overnight struck an ammunition depot in the city of Kherson with high-precision "
                        + "weapons, the defence ministry said."));

        assertThat(event.getSubEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Russia");
        assertThat(event.getLocation().getName()).isEqualTo("Kherson");
    }

    @Test
    void bareTroopsAreTheForcesOfTheCountryTheSentenceNamedBefore() {
        EventMention event = only(article("2025-06-17",
                "The Israeli army said troops killed three gunmen in Tubas on Monday."));

        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Israel");
    }

    @Test
    void peopleHurtByShellingWithNoTargetNamedAreCivilians() {
        EventMention event = only(article("2025-06-17",
                "Artillery shells hit the town of Kupiansk on Monday, killing a 70-year-old man, regional officials "
                        + "said."));

        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Ukraine)");
    }

    @Test
    void anUnclaimedDroneStrikeOnTheHomeStatesForcesIsNotTheStates() {
        EventMention event = only(article("2024-03-09",
                "A soldier was killed and two others were wounded on Friday when explosives dropped from a drone hit "
                        + "an army base in Tibu, in Colombia's Norte de Santander department."));

        assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
        assertThat(event.getActor1().getName()).isEqualTo("Unidentified Armed Group (Colombia)");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Colombia");
    }

    @Test
    void aDroneStrikeOnAPoliceStationTakesTheGroupPoliceBlameLater() {
        EventMention event = only(article("2024-03-09",
                "Two officers were wounded on Friday when a drone hit the police station in Tibu, in Colombia's "
                        + "Norte de Santander department. Police blamed the 33rd Front of the FARC dissidents."));

        assertThat(event.getActor1().getName()).isEqualTo("FARC Dissidents");
        assertThat(event.getActor2().getName()).isEqualTo("Police Forces of Colombia");
    }

    @Test
    void aVehicleRiggedWithExplosivesIsARemoteExplosive() {
        EventMention event = only(article("2024-03-09",
                "A truck packed with explosives blew up outside an army camp near Gao, Mali, on Friday, wounding "
                        + "four soldiers."));

        assertThat(event.getSubEventType()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void soldiersMartyredByABombAreItsTarget() {
        EventMention event = only(article("2024-03-09",
                "Three Pakistani soldiers were martyred on Friday when a landmine exploded under their vehicle near "
                        + "Zhob."));

        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Pakistan");
        assertThat(event.getFatalities().getBest()).isEqualTo(3);
    }

    @Test
    void clashesThatBrokeOutAfterAKidnappingAreTheEventReported() {
        EventMention event = only(article("2024-04-02",
                "Clashes between Bedouin gunmen and Druze militias broke out in Shahba, in Syria's Suwayda province, "
                        + "on Monday after two farmers were abducted near the town on Saturday."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getEventDate()).isEqualTo("2024-04-01");
        assertThat(event.getActor1().getName()).isEqualTo("Bedouin Ethnic Militia (Syria)");
        assertThat(event.getActor2().getName()).isEqualTo("Druze Ethnic Militia (Syria)");
    }

    @Test
    void aStateForceSaidHarmedAtAnAttackedCheckpointIsItsTarget() {
        EventMention event = only(article("2024-07-15",
                "A policeman was killed on Friday when gunmen attacked a checkpoint near Kidal, Mali."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Unidentified Armed Group (Mali)");
        assertThat(event.getActor2().getName()).isEqualTo("Police Forces of Mali");
    }

    @Test
    void verbsListedAfterACommaShareTheSentencesSubjectNotTheObjectBeforeAnd() {
        EventMention event = only(article("2024-07-15",
                "Gunmen stopped a bus near Gao in Mali on Sunday, forced the passengers out and shot dead between"
                        + " three and five of them, officials said."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getActor1().getName()).isEqualTo("Unidentified Armed Group (Mali)");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Mali)");
        assertThat(event.getFatalities().getLow()).isEqualTo(3);
        assertThat(event.getFatalities().getBest()).isEqualTo(3);
        assertThat(event.getFatalities().getHigh()).isEqualTo(5);
    }

    @Test
    void aNonStateGroupAttackingNeighbourhoodsAttacksCiviliansEvenBeforeAToll() {
        EventMention event = only(article("2024-07-15",
                "On Sunday, armed men attacked several neighbourhoods of Gao in Mali, residents said."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getActor1().getName()).isEqualTo("Unidentified Armed Group (Mali)");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Mali)");
        assertThat(event.getFatalities().getBest()).isNull();
    }

    @Test
    void aVerbTriggerUsedAsANounTakesItsAttackerAfterBy() {
        EventMention event = only(article("2024-07-15",
                "Two police officers were killed in an attack by JNIM fighters on the police station in Gao, Mali,"
                        + " on Sunday."));

        assertThat(event.getActor1().getName()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(event.getActor2().getName()).isEqualTo("Police Forces of Mali");
        assertThat(event.getFatalities().getBest()).isEqualTo(2);
    }

    @Test
    void twoCommunitiesNamedTogetherInAClashAreItsTwoSides() {
        EventMention event = only(article("2025-06-10",
                "Kuki and Meitei militants clashed near Moirang in Manipur on Monday, police said."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Kuki Ethnic Militia (India)");
        assertThat(event.getActor2().getName()).isEqualTo("Meitei Ethnic Militia (India)");
    }

    @Test
    void terroristsInAnArticleNamingNoGroupAreAnUnidentifiedArmedGroup() {
        EventMention event = only(article("2025-06-10",
                "On Sunday, terrorist armed groups attacked an army post near Dapaong in Togo, killing two soldiers, "
                        + "the government said."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor1().getName()).isEqualTo("Unidentified Armed Group (Togo)");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Togo");
    }

    @Test
    void terroristsInAnArticleNamingAGroupAreThatGroup() {
        EventMention event = only(article("2025-06-10",
                "The army said it killed three terrorists near Dapaong in Togo on Sunday. JNIM fighters have "
                        + "attacked the north since 2021."));

        assertThat(event.getActor2().getName()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
    }

    @Test
    void aHeavyExchangeOfGunfireIsAClash() {
        EventMention event = only(article("2025-06-10",
                "Two people were confirmed dead on Sunday after gunmen engaged in a heavy exchange of gunfire with "
                        + "police in Tamale, the regional police command said."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getEventDate()).isEqualTo("2025-06-08");
        assertThat(event.getLocation().getName()).isEqualTo("Tamale");
        assertThat(event.getActor1().getName()).isEqualTo("Unidentified Armed Group (Ghana)");
        assertThat(event.getActor2().getName()).isEqualTo("Police Forces of Ghana");
    }

    @Test
    void anEncounterBetweenTroopsAndMilitantsIsAClash() {
        EventMention event = only(article("2025-06-10",
                "An encounter broke out between troops and Maoists in a forest of Bijapur district, Chhattisgarh, "
                        + "on Monday."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getEventDate()).isEqualTo("2025-06-09");
        assertThat(event.getLocation().getName()).isEqualTo("Bijapur");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of India");
        assertThat(event.getActor2().getName()).isEqualTo("CPI (Maoist): Communist Party of India (Maoist)");
    }

    @Test
    void suspectsPuttingUpArmedResistanceClashWithTheForceDetainingThem() {
        EventMention event = only(article("2025-06-10",
                "On Monday, two suspects put up armed resistance when police tried to detain them in the village of "
                        + "Gubden in Dagestan, officials said."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getLocation().getName()).isEqualTo("Gubden");
        assertThat(event.getActor1().getName()).isEqualTo("Police Forces of Russia");
    }

    @Test
    void housesSetOnFireByAnArmedGroupAreDestroyedProperty() {
        EventMention event = only(article("2025-06-10",
                "On Tuesday, about thirty houses were set on fire by armed youths in a village near Kenema, "
                        + "residents said."));

        assertThat(event.getSubEventType()).isEqualTo("Looting/property destruction");
        assertThat(event.getEventDate()).isEqualTo("2025-06-10");
        assertThat(event.getLocation().getName()).isEqualTo("Kenema");
        assertThat(event.getActor1().getName()).isEqualTo("Unidentified Communal Militia (Sierra Leone)");
        assertThat(event.getFatalities().getBest()).isNull();
    }

    @Test
    void housesBurnedWhereMenWereKilledAreNoPropertyDestructionButTheTollOfTheAttack() {
        EventMention event = only(article("2025-06-10",
                "On Sunday night, gang members attacked the village of Deschapelles in Haiti. At least nine people "
                        + "were killed and some twenty houses were set on fire, the mayor said."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getFatalities().getBest()).isEqualTo(9);
    }

    @Test
    void gunmenAmbushingABusAttackItsPassengers() {
        EventMention event = only(article("2025-06-10",
                "Gunmen ambushed a bus near Mopti, Mali, on Monday, killing four passengers."));

        assertThat(event.getSubEventType()).isEqualTo("Attack");
        assertThat(event.getActor1().getName()).isEqualTo("Unidentified Armed Group (Mali)");
        assertThat(event.getActor2().getName()).isEqualTo("Civilians (Mali)");
        assertThat(event.getFatalities().getBest()).isEqualTo(4);
    }

    @Test
    void militantsAmbushingAnArmyPatrolClashWithTheArmy() {
        EventMention event = only(article("2025-06-10",
                "Militants ambushed an army patrol near Mopti, Mali, on Monday, killing four soldiers."));

        assertThat(event.getSubEventType()).isEqualTo("Armed clash");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void aSubheadingReportsNoEventOfItsOwn() {
        EventMention event = only(article("2025-06-10",
                "Tamale residents count the cost\n\nArrests\n\nOn Sunday, soldiers, supported by the police, arrested 12 "
                        + "suspected gunmen in Tamale, Ghana."));

        assertThat(event.getSubEventType()).isEqualTo("Arrests");
        assertThat(event.getActor1().getName()).isEqualTo("Military Forces of Ghana");
        assertThat(event.getActor2().getName()).isEqualTo("Unidentified Armed Group (Ghana)");
        assertThat(event.getSource().getEvidence().getSentence()).startsWith("On Sunday, soldiers");
    }

    @Test
    void aSubheadingOfAFewWordsWithAnEventWordReportsNoEvent() {
        EventMention event = only(article("2025-06-10",
                "Tension in Tamale\n\nOn Sunday, police arrested three men in Tamale, Ghana.\n\nOfficials condemn the "
                        + "arrests\n\nThe opposition said the men were innocent."));

        assertThat(event.getSubEventType()).isEqualTo("Arrests");
        assertThat(event.getSource().getEvidence().getSentence()).startsWith("On Sunday, police");
    }

    @Test
    void hoodedOrMaskedMenAreAnUnidentifiedArmedGroup() {
        List<EventMention> events = extractor.extract(article("2025-06-10",
                "Four people were killed on Saturday night when hooded men opened fire on residents in Tamale, Ghana."
                        + "\n\nOn Sunday, a camera operator was attacked by three men in masks in Kumasi, Ghana."), Instant.EPOCH);

        assertThat(events).extracting(e -> e.getActor1().getName(), e -> e.getActor2().getName())
                .containsExactly(tuple("Unidentified Armed Group (Ghana)", "Civilians (Ghana)"),
                        tuple("Unidentified Armed Group (Ghana)", "Civilians (Ghana)"));
    }

    @Test
    void aSentenceWithoutADateAfterOneAboutAnEarlierYearGoesOnAboutThatYear() {
        EventMention event = only(article("2025-10-23",
                "On Tuesday, gunmen attacked a police post in Tamale, Ghana, wounding two officers.\n\nIn September "
                        + "2023, some 30 gunmen attacked the police in Tamale, killing one officer. Three of the attackers "
                        + "were killed in the ensuing gunfight."));

        assertThat(event.getEventDate()).isEqualTo("2025-10-21");
    }

    @Test
    void theGrievanceOfAProtestNamesNeitherItsPoliceNorItsPlaceNorItsDay() {
        EventMention event = only(article("2025-10-24",
                "Several hundred people gathered yesterday in the centre of Tamale, Ghana, to protest against the arrest "
                        + "of four men whom police detained on Wednesday in Bolgatanga."));

        assertThat(event.getSubEventType()).isEqualTo("Peaceful protest");
        assertThat(event.getActor2()).isNull();
        assertThat(event.getLocation().getName()).isEqualTo("Tamale");
        assertThat(event.getEventDate()).isEqualTo("2025-10-23");
    }

    @Test
    void anUnclaimedBombingIsNotLaidToAPeacekeepingMissionTheArticleNames() {
        EventMention event = only(article("2025-10-22",
                "On Tuesday, a grenade was thrown at a police station in Goma, wounding two officers.\n\nMONUSCO said "
                        + "it was in contact with the police. MONUSCO will step up patrols."));

        assertThat(event.getSubEventType()).isEqualTo("Grenade");
        assertThat(event.getActor1().getName()).startsWith("Unidentified Armed Group");
    }

    @Test
    void troopsThatEngageOrMakeContactWithArmedMenClashWithThem() {
        List<EventMention> events = extractor.extract(article("2025-06-17",
                "On Monday, troops engaged the fleeing ADF rebels near Bundibugyo, Uganda.\n\nOn Tuesday, soldiers made "
                        + "contact with ADF fighters near Kasese, Uganda.\n\nOn Tuesday, the army engaged in talks with "
                        + "elders in Fort Portal, Uganda."), Instant.EPOCH);

        assertThat(events).extracting(EventMention::getSubEventType, e -> e.getActor1().getName(),
                e -> e.getActor2().getName(), e -> e.getLocation().getName())
                .containsExactly(tuple("Armed clash", "Military Forces of Uganda", "ADF: Allied Democratic Forces",
                                "Bundibugyo"),
                        tuple("Armed clash", "Military Forces of Uganda", "ADF: Allied Democratic Forces", "Kasese"));
    }

    @Test
    void aCountInThePresentPerfectSinceSomeTimeIsARunningTotal() {
        // the headline's trigger among the text's first words, where the perfect auxiliary is looked for
        List<EventMention> events = extractor.extract(article("2025-10-24",
                "Drone strike kills two in Tamale, Ghana\n\nOn Monday, police arrested 20 people in Bolgatanga, Ghana."
                        + "\n\nAccording to the ministry, more than 200 people have been arrested in Tamale since the "
                        + "curfew began."), Instant.EPOCH);

        assertThat(events).extracting(EventMention::getSubEventType, e -> e.getLocation().getName())
                .containsExactly(tuple("Air/drone strike", "Tamale"), tuple("Arrests", "Bolgatanga"));
    }

    @Test
    void aVillageNamedInADistrictIsNoNamesakeOfItInAnotherState() {
        EventMention event = only(article("2025-06-10",
                "Two militants were killed in a gunfight at Keller in Pulwama district of Jammu and Kashmir on Monday, "
                        + "police said."));

        assertThat(event.getLocation().getName()).isEqualTo("Pulwama");
        assertThat(event.getLocation().getAdmin1()).isEqualTo("Jammu and Kashmir");
    }

    @Test
    void aBombOnTheArmyInAnArticleNamingNoGroupIsByAnUnidentifiedArmedGroup() {
        EventMention event = only(article("2025-06-10",
                "On Friday, an improvised explosive device struck an army patrol vehicle north of Dapaong, Togo, "
                        + "wounding three soldiers."));

        assertThat(event.getSubEventType()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(event.getActor1().getName()).isEqualTo("Unidentified Armed Group (Togo)");
        assertThat(event.getActor2().getName()).isEqualTo("Military Forces of Togo");
    }

    @Test
    void anAttackNoGroupClaimedIsNotTheArticlesDominantGroups() {
        List<EventMention> events = extractor.extract(article("2025-06-12",
                "Security forces killed two Lashkar-e-Taiba militants in a gunfight in Sopore, Jammu and Kashmir, on "
                        + "Monday.\n\nOn Wednesday, militants hurled a grenade at a police vehicle in Baramulla, "
                        + "injuring two officers. No group has claimed responsibility for the attack."), Instant.EPOCH);

        assertThat(events).extracting(EventMention::getSubEventType, e -> e.getActor1().getName())
                .containsExactly(tuple("Armed clash", "Military Forces of India"),
                        tuple("Grenade", "Unidentified Armed Group (India)"));
    }

    private static EventMention only(CleanArticle article) {
        List<EventMention> events = extractor.extract(article, Instant.EPOCH);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static CleanArticle article(String published, String text) {
        return CleanArticle.newBuilder()
                .setArticleId("a1")
                .setSourceUri("file:/in/a1.txt")
                .setPublished(published)
                .setPublishedFrom(DateOrigin.FEED)
                .setParagraphs(List.of(text.split("\n\n")))
                .setCleanedAt(Instant.EPOCH)
                .build();
    }
}
