package io.eventwire.enrich.numbers;

import org.jspecify.annotations.Nullable;

/**
 * Casualty figures reported together in one sentence.
 *
 * @param killedLow  the lowest number of dead the report allows ("at least 21": 21), or null
 * @param killedBest the best estimate of the dead ("21 ... along with 10": 31), or null when only an upper
 *                   bound is given in a form such as "killed or wounded"
 * @param killedHigh the highest number of dead the report allows ("10 to 15": 15), or null when unbounded
 * @param injured    the number of injured (best estimate), or null when none is given
 * @param cumulative true for a total over a period or a whole conflict ("965 dead since the end of April",
 *                   "the war has claimed the lives of more than 340,000"): not one event's fatalities
 * @param start      index in the sentence of the first character of the text the figures come from
 * @param end        index after its last character
 */
public record Casualties(@Nullable Integer killedLow, @Nullable Integer killedBest, @Nullable Integer killedHigh,
        @Nullable Integer injured, boolean cumulative, int start, int end) {
}
