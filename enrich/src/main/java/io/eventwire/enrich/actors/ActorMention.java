package io.eventwire.enrich.actors;

import io.eventwire.enrich.text.TextSpan;
import java.util.Objects;

/**
 * One place in a text that names an actor.
 *
 * @param start      offset of the first character of the mention in the text given to
 *                   {@link ActorDictionary#findActors(String)}
 * @param end        offset just after the last character
 * @param surface    the text between {@code start} and {@code end}
 * @param actor      the actor named; its name may still contain {@code {country}} (see {@link ActorRef#needsCountry()})
 * @param coreferent whether the words stand for the article's dominant armed group ("the jihadists"): the caller
 *                   should resolve them to the most salient named non-state actor of the article, else keep
 *                   {@code actor} (the country's rebel groups)
 * @param confidence how sure the dictionary is that the words name this actor, in (0, 1]
 */
public record ActorMention(int start, int end, String surface, ActorRef actor, boolean coreferent, float confidence)
        implements TextSpan {

    public ActorMention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(actor, "actor");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
