package io.eventwire.enrich.resolve;

import static io.eventwire.enrich.resolve.MentionFixture.ARMY;
import static io.eventwire.enrich.resolve.MentionFixture.CIVILIANS;
import static io.eventwire.enrich.resolve.MentionFixture.FAR_TOWN;
import static io.eventwire.enrich.resolve.MentionFixture.FRONT;
import static io.eventwire.enrich.resolve.MentionFixture.NEAR_TOWN;
import static io.eventwire.enrich.resolve.MentionFixture.REBELS;
import static io.eventwire.enrich.resolve.MentionFixture.REGION;
import static io.eventwire.enrich.resolve.MentionFixture.clash;
import static io.eventwire.enrich.resolve.MentionFixture.mention;
import static io.eventwire.enrich.resolve.MentionFixture.strike;
import static io.eventwire.enrich.resolve.MentionFixture.withSentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventwire.schema.Actor;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.Fatalities;
import org.junit.jupiter.api.Test;

class MentionMatcherTest {

    private final MentionMatcher matcher = new MentionMatcher(SameEventTypes.standard(), ResolutionRules.defaults());
    private final EventMention takeover = mention("m1", "a1", "2024-03-05").build();

    @Test
    void matchesTheSameTakeoverReportedByAnotherArticle() {
        assertThat(matcher.score(takeover, mention("m2", "a2", "2024-03-06").build())).isPresent();
    }

    @Test
    void neverMatchesTwoMentionsOfOneArticle() {
        assertThat(matcher.score(takeover, mention("m2", "a1", "2024-03-05").build())).isEmpty();
        assertThat(matcher.conflicts(takeover, mention("m2", "a1", "2024-03-05").build())).isTrue();
    }

    @Test
    void matchesAClashTheDayBeforeTheTakeoverOfTheSameTown() {
        EventMention enteredTheTown = clash("m2", "a2", "2024-03-04").setEventDate("2024-03-04")
                .setEventDateMax("2024-03-04").build();

        assertThat(matcher.score(takeover, enteredTheTown)).isPresent();
    }

    @Test
    void anUnidentifiedPerpetratorAgreesWithTheOneAnotherReportNames() {
        Actor unknown = Actor.newBuilder().setName("Unidentified Armed Group (Xland)").setInterCode(3)
                .setCountryCode("XL").setSurface(null).build();
        EventMention named = strike("m1", "a1", "2024-03-05").setActor1(FRONT).build();
        EventMention unnamed = strike("m2", "a2", "2024-03-06").setEventDate("2024-03-04").setActor1(unknown).build();
        EventMention other = strike("m3", "a3", "2024-03-06").setEventDate("2024-03-04").setActor1(ARMY).build();

        assertThat(matcher.score(named, unnamed)).isPresent();
        assertThat(matcher.conflicts(named, unnamed)).isFalse();
        assertThat(matcher.conflicts(named, other)).isTrue();
    }

    @Test
    void keepsAirstrikesApartFromTakeovers() {
        assertThat(matcher.score(takeover, strike("m2", "a2", "2024-03-05").build())).isEmpty();
    }

    @Test
    void keepsReportsThreeDaysApartApart() {
        EventMention later = mention("m2", "a2", "2024-03-09").setEventDate("2024-03-08").setEventDateMax("2024-03-08").build();

        assertThat(matcher.score(takeover, later)).isEmpty();
    }

    @Test
    void matchesAPlaceNearTheTownButNotATownFortyFiveKilometresAway() {
        assertThat(matcher.score(takeover, mention("m2", "a2", "2024-03-05").setLocation(NEAR_TOWN).build())).isPresent();
        assertThat(matcher.score(takeover, mention("m3", "a3", "2024-03-05").setLocation(FAR_TOWN).build())).isEmpty();
    }

    @Test
    void matchesATownInsideTheRegionTheOtherReportNames() {
        assertThat(matcher.score(takeover, mention("m2", "a2", "2024-03-05").setLocation(REGION).build())).isPresent();
    }

    @Test
    void matchesAGenericRebelActorWithANamedRebelGroupOfTheSameCountry() {
        assertThat(matcher.score(takeover, mention("m2", "a2", "2024-03-05").setActor2(FRONT).build())).isPresent();
    }

    @Test
    void keepsStrikesByDifferentActorsApartUnlessAtTheSamePlaceOnTheSameDay() {
        EventMention byArmy = strike("m1", "a1", "2024-03-05").build();
        EventMention byRebelsNearby = strike("m2", "a2", "2024-03-05").setLocation(NEAR_TOWN).setActor1(REBELS)
                .setActor2(CIVILIANS).build();
        EventMention byRebelsTheDayAfter = strike("m3", "a3", "2024-03-06").setEventDate("2024-03-06")
                .setEventDateMax("2024-03-06").setActor1(REBELS).build();
        EventMention byRebelsThere = strike("m4", "a4", "2024-03-05").setActor1(REBELS).build();

        assertThat(matcher.score(byArmy, byRebelsNearby)).isEmpty();
        assertThat(matcher.score(byArmy, byRebelsTheDayAfter)).isEmpty();
        assertThat(matcher.score(byArmy, byRebelsThere)).isPresent();
    }

    @Test
    void matchesAStrikeWhoseReportDoesNotSayWhoActedWhateverVictimsEachNames() {
        EventMention byArmy = strike("m1", "a1", "2024-03-05").setActor2(null).build();
        EventMention unattributed = strike("m2", "a2", "2024-03-05").setActor1(null).setActor2(CIVILIANS).build();

        assertThat(matcher.score(byArmy, unattributed)).isPresent();
    }

    @Test
    void keepsTollsOfDifferentOrdersApartUnlessAtTheSamePlaceOnTheSameDay() {
        EventMention three = strike("m1", "a1", "2024-03-05").setLocation(NEAR_TOWN)
                .setFatalities(new Fatalities(3, 3, 3)).build();
        EventMention forty = strike("m2", "a2", "2024-03-05").setFatalities(new Fatalities(40, 40, 40)).build();
        EventMention five = strike("m3", "a3", "2024-03-05").setFatalities(new Fatalities(5, 5, 5)).build();
        EventMention fortyThere = strike("m4", "a4", "2024-03-05").setLocation(NEAR_TOWN)
                .setFatalities(new Fatalities(40, 40, 40)).build();

        assertThat(matcher.score(three, forty)).isEmpty();
        assertThat(matcher.score(three, five)).isPresent();
        assertThat(matcher.score(forty, five)).isPresent();
        assertThat(matcher.score(three, fortyThere)).as("near a place is not the same exact place").isEmpty();
    }

    @Test
    void matchesRepublishedWordsEvenWhenTheyWerePlacedApart() {
        String sentence = "Warplanes struck a market in the town, killing three people, a monitor said.";
        EventMention here = withSentence(strike("m1", "a1", "2024-03-05"), sentence).build();
        EventMention there = withSentence(strike("m2", "a2", "2024-03-05").setLocation(FAR_TOWN), sentence).build();

        assertThat(matcher.score(here, there)).isPresent();
    }

    @Test
    void scoresTheSameTownAboveANearbyOne() {
        double sameTown = matcher.score(takeover, mention("m2", "a2", "2024-03-05").build()).getAsDouble();
        double nearby = matcher.score(takeover, mention("m3", "a3", "2024-03-05").setLocation(NEAR_TOWN).build()).getAsDouble();

        assertThat(sameTown).isGreaterThan(nearby);
    }

    @Test
    void isSymmetric() {
        EventMention other = clash("m2", "a2", "2024-03-04").setLocation(NEAR_TOWN).setActor1(REBELS).setActor2(ARMY).build();

        assertThat(matcher.score(takeover, other)).isEqualTo(matcher.score(other, takeover));
    }
}
