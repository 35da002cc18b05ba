package io.eventwire.enrich.extract;

import io.eventwire.enrich.actors.ActorMention;
import io.eventwire.enrich.actors.ActorRef;
import io.eventwire.enrich.geo.PlaceMention;
import io.eventwire.enrich.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the sentences of an article up to one left for the sentences after it: the actor they were last about (the
 * subject of the last event read, else the first actor of the last sentence that names one) and the places of the
 * last sentence that names any (the place of its event alone, when it named it). Each is found only when a reading
 * asks for it, walking back over the sentences: most sentences report no event and never ask, and resolving the
 * actors and places of every sentence cost more than the few readings that ask. Not thread safe (answers are kept).
 */
final class Preceding {

    /** Before the first sentence: no subject, no places. */
    static final Preceding START = new Preceding(null, null, null, null);

    private final @Nullable Preceding before;
    private final @Nullable ArticleContext context;
    private final @Nullable Sentence sentence;
    private final @Nullable Candidate event;
    private boolean subjectKnown;
    private @Nullable ActorRef subject;
    private @Nullable List<PlaceMention> places;

    private Preceding(@Nullable Preceding before, @Nullable ArticleContext context, @Nullable Sentence sentence,
            @Nullable Candidate event) {
        this.before = before;
        this.context = context;
        this.sentence = sentence;
        this.event = event;
        if (before == null) {
            subjectKnown = true;
            places = List.of();
        }
    }

    /** What the sentences up to {@code sentence} left, which read {@code event} (null: none). */
    Preceding then(ArticleContext context, Sentence sentence, @Nullable Candidate event) {
        return new Preceding(this, context, sentence, event);
    }

    /** The actor the sentences were last about, if any. */
    @Nullable ActorRef subject() {
        List<Preceding> unnamed = new ArrayList<>(0);
        Preceding at = this;
        ActorRef found;
        while (true) {
            if (at.subjectKnown) {
                found = at.subject;
                break;
            }
            found = at.ownSubject();
            if (found != null) {
                at.subject = found;
                at.subjectKnown = true;
                break;
            }
            unnamed.add(at);
            at = at.before;
        }
        for (Preceding sentenceWithoutSubject : unnamed) {
            sentenceWithoutSubject.subject = found;
            sentenceWithoutSubject.subjectKnown = true;
        }
        return found;
    }

    /** The places the last sentence that names any gave the next. */
    List<PlaceMention> places() {
        List<Preceding> placeless = new ArrayList<>(0);
        Preceding at = this;
        List<PlaceMention> found;
        while (true) {
            if (at.places != null) {
                found = at.places;
                break;
            }
            List<PlaceMention> own = at.ownPlaces();
            if (!own.isEmpty()) {
                at.places = own;
                found = own;
                break;
            }
            placeless.add(at);
            at = at.before;
        }
        for (Preceding sentenceWithoutPlaces : placeless) {
            sentenceWithoutPlaces.places = found;
        }
        return found;
    }

    /** The subject of this sentence's event, else the first actor it names, else null. */
    private @Nullable ActorRef ownSubject() {
        if (event != null && event.actor1() != null) {
            return event.actor1();
        }
        for (ActorMention mention : context.actorsIn(sentence.start(), sentence.end())) {
            ActorRef actor = context.resolve(mention).orElse(null);
            if (actor != null) {
                return actor;
            }
        }
        return null;
    }

    /**
     * The places of this sentence as the next sentence reads them: the place of the event the sentence reported alone,
     * when it named it ("gunmen opened fire in Qabatiya, south of Jenin. Soldiers returned fire": at Qabatiya).
     */
    private List<PlaceMention> ownPlaces() {
        List<PlaceMention> places = context.placesIn(sentence.start(), sentence.end());
        if (event == null || event.place() == null || !event.placeInSentence()) {
            return places;
        }
        List<PlaceMention> own = places.stream().filter(p -> p.place().equals(event.place())).toList();
        return own.isEmpty() ? places : own;
    }
}
