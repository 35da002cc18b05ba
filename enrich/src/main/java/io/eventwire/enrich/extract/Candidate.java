package io.eventwire.enrich.extract;

import io.eventwire.enrich.actors.ActorRef;
import io.eventwire.enrich.geo.Place;
import io.eventwire.enrich.numbers.Casualties;
import io.eventwire.enrich.text.Sentence;
import io.eventwire.schema.DatePrecision;
import io.eventwire.schema.GeoPrecision;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One event read from one sentence, before it becomes an {@code EventMention}. Immutable.
 *
 * @param subEventType ACLED sub-event type
 * @param actor1 the side that acted
 * @param actor2 the side acted on
 * @param place where, or null when no place could be found
 * @param placeSurface the words naming the place
 * @param geoPrecision how precisely the place is known
 * @param placeInSentence whether the place is named in the evidence sentence itself
 * @param dateMin earliest date
 * @param dateMax latest date
 * @param datePrecision how precisely the date is known
 * @param casualties deaths and injuries reported for it, or null
 * @param sentence the evidence sentence (offsets into the cleaned text)
 * @param reportedBy who the sentence attributes the report to
 * @param confidence in [0, 1]
 */
record Candidate(
        String subEventType,
        @Nullable ActorRef actor1,
        @Nullable ActorRef actor2,
        @Nullable Place place,
        @Nullable String placeSurface,
        GeoPrecision geoPrecision,
        boolean placeInSentence,
        LocalDate dateMin,
        LocalDate dateMax,
        DatePrecision datePrecision,
        @Nullable Casualties casualties,
        Sentence sentence,
        @Nullable String reportedBy,
        float confidence) {

    /** The same event placed at {@code town}, near the named facility. */
    Candidate atTown(Place town) {
        return new Candidate(subEventType, actor1, actor2, town, placeSurface, GeoPrecision.NEAR, placeInSentence,
                dateMin, dateMax, datePrecision, casualties, sentence, reportedBy, confidence);
    }

    /** The same event carried out by {@code perpetrator}. */
    Candidate withActor1(ActorRef perpetrator) {
        return new Candidate(subEventType, perpetrator, actor2, place, placeSurface, geoPrecision, placeInSentence,
                dateMin, dateMax, datePrecision, casualties, sentence, reportedBy, confidence);
    }

    /** The same event done to {@code target}. */
    Candidate withActor2(ActorRef target) {
        return new Candidate(subEventType, actor1, target, place, placeSurface, geoPrecision, placeInSentence,
                dateMin, dateMax, datePrecision, casualties, sentence, reportedBy, confidence);
    }

    /** The same report coded as another sub-event type between other parties. */
    Candidate as(String otherType, @Nullable ActorRef first, @Nullable ActorRef second) {
        return new Candidate(otherType, first, second, place, placeSurface, geoPrecision, placeInSentence, dateMin,
                dateMax, datePrecision, casualties, sentence, reportedBy, confidence);
    }

    /** The same event with the casualties of another report of it. */
    Candidate withCasualties(@Nullable Casualties other) {
        return new Candidate(subEventType, actor1, actor2, place, placeSurface, geoPrecision, placeInSentence, dateMin,
                dateMax, datePrecision, other, sentence, reportedBy, confidence);
    }

    /** This event merged with another mention of it in the same article (this one's evidence stays). */
    Candidate absorb(Candidate other) {
        LocalDate min = dateMin.isBefore(other.dateMin) ? dateMin : other.dateMin;
        LocalDate max = dateMax.isAfter(other.dateMax) ? dateMax : other.dateMax;
        DatePrecision precision = min.equals(max) ? datePrecision : DatePrecision.RANGE;
        ActorRef first = actor1 != null ? actor1 : other.actor1;
        ActorRef second = actor2 != null ? actor2 : otherParty(first, other);
        return new Candidate(subEventType, first, second,
                place, placeSurface, geoPrecision, placeInSentence, min, max, precision,
                larger(casualties, other.casualties), sentence,
                reportedBy != null ? reportedBy : other.reportedBy, Math.max(confidence, other.confidence));
    }

    /**
     * The second party another mention gives: its actor2, or its actor1 when its actor2 is {@code first} ("Houthi
     * fighters attacked" and "fighters from both sides were killed" name the Houthis' opponent only once).
     */
    private static @Nullable ActorRef otherParty(@Nullable ActorRef first, Candidate other) {
        if (other.actor2 == null || first == null || !first.name().equals(other.actor2.name())) {
            return other.actor2;
        }
        // the other mention has this one's actor1 on the other side: its actor1 is the opponent
        return other.actor1 != null && !first.name().equals(other.actor1.name()) ? other.actor1 : null;
    }

    /** The report with the higher death toll (the more complete one), either may be null. */
    static @Nullable Casualties larger(@Nullable Casualties a, @Nullable Casualties b) {
        if (a == null || a.killedBest() == null) {
            return b != null ? b : a;
        }
        if (b == null || b.killedBest() == null) {
            return a;
        }
        return b.killedBest() > a.killedBest() ? b : a;
    }
}
