package io.eventwire.enrich.numbers;

import org.jspecify.annotations.Nullable;

/**
 * A number phrase of a sentence ("at least 21", "dozens of", "between 10 and 15", "a" before a person).
 *
 * @param start  first token
 * @param end    token after the last
 * @param low    lowest value allowed, or null
 * @param best   best value, or null
 * @param high   highest value allowed, or null
 * @param subset a part of another figure ("including 18 jihadists", "238 of them children"): never added
 */
record Quantity(int start, int end, @Nullable Long low, @Nullable Long best, @Nullable Long high, boolean subset) {

    static Quantity exact(int start, int end, long value) {
        return new Quantity(start, end, value, value, value, false);
    }

    Quantity asSubset() {
        return new Quantity(start, end, low, best, high, true);
    }

    /** The sum of two figures; a bound is known only when both are. */
    Quantity plus(Quantity other) {
        return new Quantity(Math.min(start, other.start), Math.max(end, other.end), add(low, other.low), add(best, other.best),
                add(high, other.high), false);
    }

    /** The best single figure: best, else low, else high. */
    @Nullable Long single() {
        return best != null ? best : low != null ? low : high;
    }

    private static @Nullable Long add(@Nullable Long a, @Nullable Long b) {
        return a == null || b == null ? null : a + b;
    }
}
