package io.eventwire.enrich.numbers;

import io.eventwire.enrich.numbers.CasualtyWord.Role;
import io.eventwire.enrich.text.Tokens;
import org.jspecify.annotations.Nullable;

/**
 * Reads the number phrases of one sentence: digits ("340,000", "2.5 million"), number words ("twenty-one",
 * "two hundred"), vague quantities ("dozens", "hundreds of thousands", "a few"), "a"/"an" before a singular
 * person noun (one), "no one" (zero), with modifiers ("at least", "more than", "up to", "nearly", "some") and
 * ranges ("10 to 15", "between 10 and 15"). Numbers that are years, dates, ages, times, percentages, money,
 * model names ("M5", "F-16") or that count things which are not people ("12 positions") are not read.
 *
 * <p>Modifier semantics: "at least"/"more than"/"over" give low = best; "up to"/"as many as"/"nearly"/"under"
 * give best = high; "about"/"some"/"an estimated" give best only; an exact number gives all three; a range
 * gives low = best = its lower end and high = its upper end; vague quantities give low = best.
 */
final class QuantityReader {

    private enum Modifier { NONE, LOW, HIGH, APPROX, BETWEEN }

    private record Core(long value, boolean vague, boolean article, int end) {
    }

    private final Tokens<CasualtyWord> t;

    QuantityReader(Tokens<CasualtyWord> tokens) {
        this.t = tokens;
    }

    /** The quantity starting at token {@code i}, or null. */
    @Nullable Quantity read(int i) {
        int k = i;
        Modifier modifier = Modifier.NONE;
        if (t.is(k, "at") && t.is(k + 1, "least")) {
            modifier = Modifier.LOW;
            k += 2;
        } else if ((t.is(k, "more") || t.is(k, "greater")) && t.is(k + 1, "than")) {
            modifier = Modifier.LOW;
            k += 2;
        } else if (t.is(k, "no") && (t.is(k + 1, "fewer") || t.is(k + 1, "less")) && t.is(k + 2, "than")) {
            modifier = Modifier.LOW;
            k += 3;
        } else if (t.is(k, "in") && t.is(k + 1, "excess") && t.is(k + 2, "of")
                || t.is(k, "upwards") && t.is(k + 1, "of")) {
            modifier = Modifier.LOW;
            k += t.is(k, "in") ? 3 : 2;
        } else if (t.is(k, "over")) {
            modifier = Modifier.LOW;
            k++;
        } else if (t.is(k, "up") && t.is(k + 1, "to") || t.is(k, "close") && t.is(k + 1, "to")
                || t.is(k, "at") && t.is(k + 1, "most") || (t.is(k, "fewer") || t.is(k, "less")) && t.is(k + 1, "than")) {
            modifier = Modifier.HIGH;
            k += 2;
        } else if (t.is(k, "as") && t.is(k + 1, "many") && t.is(k + 2, "as")) {
            modifier = Modifier.HIGH;
            k += 3;
        } else if (t.is(k, "nearly") || t.is(k, "almost") || t.is(k, "under")) {
            modifier = Modifier.HIGH;
            k++;
        } else if (t.is(k, "an") && t.is(k + 1, "estimated")) {
            modifier = Modifier.APPROX;
            k += 2;
        } else if (t.is(k, "about") || t.is(k, "around") || t.is(k, "some") || t.is(k, "roughly")
                || t.is(k, "approximately") || t.is(k, "estimated") || t.is(k, "approx")) {
            modifier = Modifier.APPROX;
            k++;
        } else if (t.is(k, "between")) {
            modifier = Modifier.BETWEEN;
            k++;
        }
        Core core = core(k, false);
        if (core == null || !countsPeople(k, core)) {
            return null;
        }
        Quantity quantity = withRange(i, k, core, modifier);
        if (quantity == null) {
            return null;
        }
        return isSubset(i, quantity.end()) ? quantity.asSubset() : quantity;
    }

    private @Nullable Quantity withRange(int start, int coreStart, Core core, Modifier modifier) {
        if (modifier == Modifier.BETWEEN) {
            Core upper = t.is(core.end(), "and") ? core(core.end() + 1, false) : null;
            if (upper == null || upper.vague() || upper.value() <= core.value()) {
                return null;
            }
            return new Quantity(start, upper.end(), core.value(), core.value(), upper.value(), false);
        }
        int e = core.end();
        if (!core.vague() && !core.article() && (t.is(e, "to") || t.is(e, "or") || t.isPunctAny(e, "-–"))) {
            Core upper = core(e + 1, t.isPunctAny(e, "-–"));
            if (upper != null && !upper.vague() && !upper.article() && upper.value() > core.value()) {
                return new Quantity(start, upper.end(), core.value(), core.value(), upper.value(), false);
            }
        }
        long v = core.value();
        if (core.vague()) {
            return new Quantity(start, e, v, v, null, false);
        }
        return switch (modifier) {
            case LOW -> new Quantity(start, e, v, v, null, false);
            case HIGH -> new Quantity(start, e, null, v, v, false);
            case APPROX -> new Quantity(start, e, null, v, null, false);
            default -> Quantity.exact(start, e, v);
        };
    }

    private @Nullable Core core(int k, boolean afterDash) {
        if (t.isNumber(k)) {
            return digits(k, afterDash);
        }
        CasualtyWord w = t.tag(k);
        if (w == null) {
            return null;
        }
        return switch (w.role()) {
            case ONES, TENS -> words(k);
            case VAGUE -> t.is(k, "few") ? null : vague(k, w.value());
            case ARTICLE -> article(k);
            case NO -> t.is(k, "nobody") ? new Core(0, false, false, k + 1)
                    : t.is(k + 1, "one") ? new Core(0, false, false, k + 2)
                    : isPersonOrDeath(k + 1) ? new Core(0, false, false, k + 1) : null;
            default -> null;
        };
    }

    private @Nullable Core digits(int k, boolean afterDash) {
        if (t.touchesPrevious(k) && (t.isWord(k - 1) || (!afterDash && t.isPunctAny(k - 1, "-–$€£#/.")))) {
            return null;
        }
        int e = k + 1;
        if (t.touchesPrevious(e) && (t.isWord(e) || t.isPunctAny(e, "%:/"))) {
            return null;
        }
        double value = t.number(k);
        CasualtyWord next = t.tag(e);
        if (next != null && next.role() == Role.SCALE) {
            value *= next.value();
            e++;
        } else if (next != null && next.role() == Role.DOZEN) {
            value *= 12;
            e++;
        }
        if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
            return null;
        }
        if (t.length(k) == 4 && value >= 1900 && value <= 2100 && e == k + 1) {
            return null;
        }
        if (isMonth(k - 1) || isMonth(e)) {
            return null;
        }
        return new Core((long) value, false, false, e);
    }

    /** "twenty-one", "two hundred and fifty", "three thousand", "five million". */
    private @Nullable Core words(int k) {
        long total = 0;
        long current = 0;
        int e = k;
        while (true) {
            CasualtyWord w = t.tag(e);
            if (w != null && (w.role() == Role.ONES || w.role() == Role.TENS)) {
                current += w.value();
                e++;
                CasualtyWord ones = t.tag(e + 1);
                if (w.role() == Role.TENS && t.isPunct(e, '-') && t.touchesPrevious(e) && ones != null
                        && ones.role() == Role.ONES && t.touchesPrevious(e + 1)) {
                    current += ones.value();
                    e += 2;
                }
            } else if (w != null && w.role() == Role.SCALE) {
                if (w.value() == 100) {
                    current = Math.max(current, 1) * 100;
                } else {
                    total += Math.max(current, 1) * w.value();
                    current = 0;
                }
                e++;
                CasualtyWord after = t.tag(e + 1);
                if (t.is(e, "and") && after != null && (after.role() == Role.ONES || after.role() == Role.TENS)) {
                    e++;
                }
            } else if (w != null && w.role() == Role.DOZEN) {
                current = Math.max(current, 1) * 12;
                e++;
            } else {
                break;
            }
        }
        return new Core(total + current, false, false, e);
    }

    /** "dozens", "hundreds of thousands", "several hundred", "tens of thousands". */
    private Core vague(int k, long value) {
        int e = k + 1;
        long v = value;
        CasualtyWord next = t.tag(e);
        CasualtyWord afterOf = t.tag(e + 1);
        if (next != null && (next.role() == Role.SCALE || next.role() == Role.DOZEN)) {
            v = v * next.value();
            e++;
        } else if (t.is(e, "of") && afterOf != null && afterOf.role() == Role.VAGUE && afterOf.value() >= 2000) {
            v = v * (afterOf.value() / 2);
            e += 2;
        }
        return new Core(v, true, false, e);
    }

    /** "a dozen", "a hundred", "a few", "a couple of", or "a" before a singular person noun (one). */
    private @Nullable Core article(int k) {
        CasualtyWord next = t.tag(k + 1);
        if (next != null) {
            switch (next.role()) {
                case DOZEN, SCALE -> {
                    return new Core(next.value(), false, false, k + 2);
                }
                case VAGUE -> {
                    return t.is(k + 1, "few") ? new Core(next.value(), true, false, k + 2) : null;
                }
                case COUPLE -> {
                    return new Core(next.value(), false, false, t.is(k + 2, "of") ? k + 3 : k + 2);
                }
                default -> {
                }
            }
        }
        int first = ageEnd(k + 1);
        for (int w = first; w <= first + 3 && t.isWord(w); w++) {
            CasualtyWord word = t.tag(w);
            if (word != null && word.role() == Role.PERSON && word.singular()) {
                return new Core(1, false, true, k + 1);
            }
            if (word != null && word.role() == Role.PERSON) {
                continue;
            }
            if (word != null && word.role() != Role.NOT_CASUALTY && word.role() != Role.INCIDENT && word.role() != Role.WAR) {
                return null;
            }
        }
        return null;
    }

    /** After an age at token {@code k} ("41-year-old", "41 year old"), the token that follows it; else {@code k}. */
    private int ageEnd(int k) {
        if (!t.isNumber(k)) {
            return k;
        }
        int w = t.isPunct(k + 1, '-') ? k + 2 : k + 1;
        if (!t.is(w, "year") && !t.is(w, "years")) {
            return k;
        }
        w = t.isPunct(w + 1, '-') ? w + 2 : w + 1;
        return t.is(w, "old") ? w + 1 : k;
    }

    /**
     * False when the words right after the number show it counts something other than people: a
     * not-casualty noun before any people noun or predicate ("12 positions", "2.5 million ... civilians" is
     * fine), an age ("25-year-old"), or a percentage.
     */
    private boolean countsPeople(int coreStart, Core core) {
        int e = core.end();
        if (t.isPunct(e, '%') || t.isPunct(e, '-') && t.is(e + 1, "year")) {
            return false;
        }
        if (t.is(coreStart - 1, "aged") || t.is(coreStart - 1, "age") || t.is(coreStart - 1, "per")) {
            return false;
        }
        for (int w = e; w < e + 4; w++) {
            if (t.is(w, "of") || t.isPunct(w, '-')) {
                continue;
            }
            if (!t.isWord(w)) {
                return true;
            }
            CasualtyWord word = t.tag(w);
            if (word != null) {
                if (word.role() == Role.NOT_CASUALTY) {
                    return false;
                }
                if (word.role() == Role.PERSON || word.isPredicate() || word.role() == Role.AUXILIARY
                        || word.role() == Role.BREAK) {
                    return true;
                }
            }
        }
        return true;
    }

    /**
     * "including 18 jihadists", "among them 5 children", "238 of them children", "of whom 12". A partitive
     * that is the object of its predicate ("shot dead three of them") is the toll itself, not a subset.
     */
    private boolean isSubset(int start, int end) {
        return t.is(start - 1, "including") || t.is(start - 1, "includes") || t.is(start - 1, "included")
                || (t.is(start - 2, "among") && (t.is(start - 1, "them") || t.is(start - 1, "whom") || t.is(start - 1, "those")))
                || (t.is(start - 2, "of") && t.is(start - 1, "whom"))
                || (t.is(end, "of") && (t.is(end + 1, "them") || t.is(end + 1, "whom") || t.is(end + 1, "those"))
                        && !followsPredicate(start));
    }

    private boolean followsPredicate(int start) {
        CasualtyWord before = t.tag(start - 1);
        return before != null && before.isPredicate();
    }

    private boolean isPersonOrDeath(int k) {
        CasualtyWord w = t.tag(k);
        return w != null && (w.role() == Role.PERSON || w.role() == Role.DEATH_NOUN || t.is(k, "casualties"));
    }

    private boolean isMonth(int k) {
        CasualtyWord w = t.tag(k);
        return w != null && w.role() == Role.MONTH && t.isCapitalized(k);
    }
}
