package io.eventwire.enrich.numbers;

import io.eventwire.enrich.numbers.CasualtyWord.Role;
import io.eventwire.enrich.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The casualty grammar applied to one sentence: finds the number phrases once, then ties them to the death
 * and injury predicates. One instance per sentence; not thread safe.
 */
final class CasualtyReading {

    /**
     * A figure tied to a predicate.
     *
     * @param injury     injured rather than killed
     * @param quantity   the figure, summed over its conjuncts
     * @param first      first token of the text it comes from
     * @param last       last token of that text
     * @param cumulative a cumulative total rather than one event's toll
     */
    record Finding(boolean injury, Quantity quantity, int first, int last, boolean cumulative) {
    }

    /** Most words allowed between a subject's number and a verb ("21 anti-government fighters ... were killed"). */
    private static final int VERB_GAP = 6;
    /** Most words between a number and a death noun ("965 civilian deaths"). */
    private static final int NOUN_GAP = 3;
    /** Most words of a noun phrase after a number. */
    private static final int PHRASE_WORDS = 6;
    private static final int ALONG_WITH_REACH = 15;
    private static final int SUBJECT_REACH = 10;
    /** Most tokens of an aside between a war and its toll ("the war, fought largely along ethnic lines, killed"). */
    private static final int ASIDE_REACH = 20;
    /** Most tokens between "toll" and its figure ("the death toll from Saturday's attack on a market ... rose to 48"). */
    private static final int TOLL_REACH = 24;

    private final Tokens<CasualtyWord> t;
    private final int n;
    private final @Nullable Quantity[] startingAt;
    private final @Nullable Quantity[] endingAt;
    private final boolean[] used;
    private final boolean[] predicateDone;

    CasualtyReading(Tokens<CasualtyWord> tokens) {
        this.t = tokens;
        this.n = tokens.size();
        this.startingAt = new Quantity[n];
        this.endingAt = new Quantity[n];
        this.used = new boolean[n];
        this.predicateDone = new boolean[n];
        QuantityReader reader = new QuantityReader(tokens);
        int i = 0;
        while (i < n) {
            Quantity q = t.isNumber(i) || t.tag(i) != null ? reader.read(i) : null;
            if (q != null) {
                startingAt[q.start()] = q;
                endingAt[q.end() - 1] = q;
                i = q.end();
            } else {
                i++;
            }
        }
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>(2);
        for (int p = 0; p < n; p++) {
            CasualtyWord w = t.tag(p);
            if (w == null || !w.isPredicate() || predicateDone[p]) {
                continue;
            }
            Finding f = switch (w.role()) {
                case KILL -> verb(p, false);
                case INJURE -> verb(p, true);
                case DIE -> t.is(p - 1, "to") || hyphenated(p) ? null : subject(p, p, false, VERB_GAP);
                case DEATH_NOUN -> deathNoun(p);
                case TO_DEATH -> toDeath(p);
                case LIVES -> lives(p);
                case TOLL -> toll(p);
                default -> null;
            };
            if (f != null) {
                findings.add(f);
            }
        }
        findings.sort(Comparator.comparingInt(Finding::first));
        return findings;
    }

    // ---- predicates

    private @Nullable Finding verb(int p, boolean injury) {
        if (t.is(p - 1, "to") || hyphenated(p)) {
            return null;
        }
        boolean combined = !injury && (t.is(p + 1, "or") || t.is(p + 1, "and")) && role(p + 2) == Role.INJURE;
        if (combined) {
            predicateDone[p + 2] = true;
        }
        int objectAt = combined ? p + 3 : p + 1;
        if (t.endsWith(p, "ing") && t.is(objectAt, "of")) {
            objectAt++; // "condemns the killing of four construction workers"
        }
        Finding f = object(p, objectAt, injury);
        if (f == null && !t.endsWith(p, "ing")) {
            f = subject(p, p, injury, VERB_GAP);
        }
        if (f == null || !combined) {
            return f;
        }
        Quantity q = f.quantity();
        return new Finding(false, new Quantity(q.start(), q.end(), null, null, q.single(), false), f.first(),
                Math.max(f.last(), p + 2), f.cumulative());
    }

    /**
     * "965 dead", "50 deaths", "the bodies of 12 men", and after a participle a verb that takes its victims after
     * it: "gunmen shot dead a woman".
     */
    private @Nullable Finding deathNoun(int p) {
        Finding f = t.is(p + 1, "of") ? object(p, p + 2, false)
                : p > 0 && role(p - 1) == Role.AUXILIARY ? object(p, p + 1, false) : null;
        return f != null ? f : subject(p, p, false, NOUN_GAP);
    }

    /**
     * "beat a 30-year-old man to death", "two farmers were hacked to death": the figure before "to death", unless a
     * court's verb stands in its clause ("sentenced three men to death").
     */
    private @Nullable Finding toDeath(int p) {
        if (!t.is(p - 1, "to")) {
            return null;
        }
        for (int k = p - 2; k >= 0 && !t.isPunctAny(k, ",;:.") && role(k) != Role.BREAK; k--) {
            if (role(k) == Role.COURT) {
                return null;
            }
        }
        return subject(p, p - 1, false, VERB_GAP);
    }

    /** "N lost their lives", "cost the lives of N", "N lives were lost", "claimed N lives". */
    private @Nullable Finding lives(int p) {
        if ((t.is(p - 1, "their") || t.is(p - 1, "his") || t.is(p - 1, "her"))
                && (t.is(p - 2, "lost") || t.is(p - 2, "lose") || t.is(p - 2, "losing"))) {
            return subject(p, p - 2, false, VERB_GAP);
        }
        if (t.is(p + 1, "of")) {
            return object(p, p + 2, false);
        }
        Quantity q = endingAt[p - 1 >= 0 ? p - 1 : 0];
        if (p > 0 && q != null && available(q)) {
            return finish(false, take(q), q.start(), p, p);
        }
        return null;
    }

    /** "the death toll has risen to 50": the first figure after "toll". */
    private @Nullable Finding toll(int p) {
        boolean rising = false;
        boolean oneIncident = false;
        boolean attributed = false;
        for (int k = Math.max(0, p - 3); k < p; k++) {
            rising |= role(k) == Role.RISE;
        }
        for (int k = p + 1; k < Math.min(n, p + TOLL_REACH); k++) {
            if (t.isPunctAny(k, ".;:")) {
                return null;
            }
            Quantity q = startingAt[k];
            if (q != null && !q.subset()) {
                if (!available(q)) {
                    return null;
                }
                Finding f = finish(false, take(q), p, q.end() - 1, p);
                boolean cumulative = f.cumulative() || (rising && !oneIncident);
                return new Finding(false, f.quantity(), f.first(), f.last(), cumulative);
            }
            Role role = role(k);
            rising |= role == Role.RISE;
            attributed |= t.is(k, "from") || t.is(k, "in") || t.is(k, "of");
            oneIncident |= attributed && role == Role.INCIDENT;
            if (role != null && role != Role.TOLL && isPredicate(k)) {
                return null;
            }
        }
        return null;
    }

    // ---- arguments

    /** The figure after a predicate: "killing 3 civilians and 2 soldiers". {@code k}: first token after it. */
    private @Nullable Finding object(int p, int k, boolean injury) {
        int s = skipFillers(k);
        Quantity q = s < n ? startingAt[s] : null;
        if (q == null || !available(q)) {
            return null;
        }
        Quantity total = take(q);
        int e = phraseEnd(q.end());
        int last = e - 1;
        while (e < n) {
            if (opensSubset(e)) {
                e = skipParenthetical(e);
                last = e - 1;
                continue;
            }
            int c = -1;
            if (t.is(e, "and")) {
                c = e + 1;
            } else if (t.isPunct(e, ',')) {
                c = t.is(e + 1, "and") ? e + 2 : e + 1;
            }
            if (c < 0) {
                break;
            }
            c = skipFillers(c);
            Quantity next = c < n ? startingAt[c] : null;
            if (next == null || !available(next)) {
                break;
            }
            int nextEnd = phraseEnd(next.end());
            if (predicateFollows(nextEnd) || isApposition(total, e, next, nextEnd)) {
                break;
            }
            total = total.plus(take(next));
            e = nextEnd;
            last = e - 1;
        }
        return finish(injury, total, Math.min(p, q.start()), Math.max(p, last), p);
    }

    /** The figure before a predicate: "21 fighters including 18 jihadists were killed". */
    private @Nullable Finding subject(int p, int from, boolean injury, int maxWords) {
        int k = from - 1;
        while (role(k) == Role.AUXILIARY) {
            k--;
        }
        int words = 0;
        while (k >= 0) {
            Quantity q = endingAt[k];
            if (q != null) {
                if (q.subset()) {
                    k = beforeSubset(q);
                    continue;
                }
                if (!available(q)) {
                    return null;
                }
                return conjunctsBefore(p, take(q), injury);
            }
            if (t.isPunct(k, ',')) {
                Quantity subset = subsetBehindComma(k);
                if (subset != null) {
                    k = beforeSubset(subset);
                    continue;
                }
                int opening = qualifierBehindComma(k);
                if (opening < 0) {
                    return appositionBehindComma(p, k, injury, maxWords);
                }
                k = opening - 1;
                continue;
            }
            int age = ageStart(k);
            if (age >= 0) {
                k = age - 1; // "a 41-year-old man died"
                continue;
            }
            int bracket = shortBracketOpening(k);
            if (bracket >= 0) {
                k = bracket - 1; // "two Border Guard (BG) soldiers were killed": an abbreviation inside the phrase
                continue;
            }
            if (!isPhraseToken(k) || ++words > maxWords) {
                return null;
            }
            k--;
        }
        return null;
    }

    /**
     * Whether "a ..." after a comma describes the one person just counted rather than adding another: "killing one
     * Palestinian, a 24-year-old man" is one; "a soldier, a policeman and a civilian" is a list of three.
     */
    private boolean isApposition(Quantity total, int comma, Quantity next, int nextEnd) {
        if (!t.isPunct(comma, ',') || t.is(comma + 1, "and") || !Long.valueOf(1).equals(total.best())
                || !Long.valueOf(1).equals(next.best()) || !(t.is(next.start(), "a") || t.is(next.start(), "an"))) {
            return false;
        }
        int after = t.isPunct(nextEnd, ',') ? nextEnd + 1 : nextEnd;
        return !t.is(after, "and") && (after >= n || startingAt[skipFillers(after)] == null);
    }

    /** Where an age ending at token {@code k} ("41-year-old", "41 years old") starts, or -1. */
    private int ageStart(int k) {
        if (!t.is(k, "old")) {
            return -1;
        }
        int year = t.isPunct(k - 1, '-') ? k - 2 : k - 1;
        if (!t.is(year, "year") && !t.is(year, "years")) {
            return -1;
        }
        int number = t.isPunct(year - 1, '-') ? year - 2 : year - 1;
        return t.isNumber(number) ? number : -1;
    }

    /** "19 jihadists and 12 pro-regime fighters died": adds the figures before the one found. */
    private Finding conjunctsBefore(int p, Quantity found, boolean injury) {
        Quantity total = found;
        int first = found.start();
        int j = found.start() - 1;
        while (t.is(j, "and") || t.isPunct(j, ',')) {
            int k = t.isPunct(j - 1, ',') ? j - 2 : j - 1;
            Quantity previous = null;
            for (int words = 0; k >= 0 && words <= 4; words++, k--) {
                previous = endingAt[k];
                if (previous != null || !isPhraseToken(k)) {
                    break;
                }
            }
            if (previous == null || previous.subset() || !available(previous)) {
                break;
            }
            total = total.plus(take(previous));
            first = previous.start();
            j = previous.start() - 1;
        }
        return finish(injury, total, first, p, p);
    }

    /** Adds figures joined later in the clause ("..., along with 10 fighters"), then decides cumulativeness. */
    private Finding finish(boolean injury, Quantity quantity, int first, int last, int predicate) {
        Quantity total = quantity;
        int end = last;
        for (int k = last + 1; k < Math.min(n, last + ALONG_WITH_REACH); k++) {
            int q = -1;
            if (t.is(k, "along") && t.is(k + 1, "with")) {
                q = k + 2;
            } else if (t.is(k, "as") && t.is(k + 1, "well") && t.is(k + 2, "as")) {
                q = k + 3;
            } else if (t.is(k, "in") && t.is(k + 1, "addition") && t.is(k + 2, "to")) {
                q = k + 3;
            } else if (t.is(k, "plus")) {
                q = k + 1;
            }
            if (q >= 0) {
                q = skipFillers(q);
                Quantity extra = q < n ? startingAt[q] : null;
                if (extra != null && available(extra) && !predicateFollows(phraseEnd(extra.end()))) {
                    total = total.plus(take(extra));
                    end = phraseEnd(extra.end()) - 1;
                    k = end;
                    continue;
                }
                break;
            }
            if (t.isPunctAny(k, ".;:") || isPredicate(k) || role(k) == Role.BREAK) {
                break;
            }
        }
        return new Finding(injury, total, first, end, isCumulative(first, end, predicate));
    }

    // ---- cumulative totals

    private boolean isCumulative(int first, int last, int predicate) {
        int start = Math.min(first, predicate);
        return opensWithCumulative() || citesATally() || risesJustBefore(first) || cumulativeAfter(start, last) || cumulativeBefore(start)
                || hasWarSubject(start);
    }

    private boolean opensWithCumulative() {
        int s = 0;
        while (t.isPunctAny(s, "\"“‘'(")) {
            s++;
        }
        return t.is(s, "since") || t.is(s, "so") && t.is(s + 1, "far") || t.is(s, "in") && t.is(s + 1, "total")
                || t.is(s, "overall") || t.is(s, "altogether") || t.is(s, "to") && t.is(s + 1, "date");
    }

    /** "..., according to a Reuters tally": every figure of the sentence is a running total. */
    private boolean citesATally() {
        for (int k = 0; k < n; k++) {
            if (t.is(k, "tally")) {
                return true;
            }
        }
        return false;
    }

    /** "raised to 965 dead", "bringing the total to 300". */
    private boolean risesJustBefore(int first) {
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            if (role(k) == Role.RISE) {
                return true;
            }
            if (t.kind(k) == Tokens.Kind.PUNCT) {
                return false;
            }
        }
        return false;
    }

    /**
    /** "since ...", "so far", "in total", "over the past year", "this year" in the figure or the rest of its clause. */
    private boolean cumulativeAfter(int first, int last) {
        for (int k = first + 1; k < n; k++) {
            if (t.is(k, "since") || t.is(k, "so") && t.is(k + 1, "far") || t.is(k, "in") && t.is(k + 1, "total")
                    || t.is(k, "to") && t.is(k + 1, "date") || t.is(k, "overall") || t.is(k, "altogether")
                    || t.is(k, "cumulative") || t.is(k, "this") && t.is(k + 1, "year")) {
                return true;
            }
            if (isPastPeriod(k)) {
                return true;
            }
            if (k > last && (t.isPunctAny(k, ",;:.") || role(k) == Role.BREAK)) {
                return false;
            }
        }
        return false;
    }

    /** "Fighting since January has killed ...", "The fighting over the past week has killed ...". */
    private boolean cumulativeBefore(int start) {
        for (int k = start - 1; k >= 0 && !t.isPunctAny(k, ",;:."); k--) {
            if (t.is(k, "since") || t.is(k, "so") && t.is(k + 1, "far") || t.is(k, "this") && t.is(k + 1, "year")
                    || isPastPeriod(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "over the past ...", "in the last ...", "during the past ...": {@code k} at "past" or "last"; not a single day
     * ("over the past day", "in the last 24 hours"), which is a daily report of events.
     */
    private boolean isPastPeriod(int k) {
        return (t.is(k, "past") || t.is(k, "last")) && t.is(k - 1, "the")
                && (t.is(k - 2, "over") || t.is(k - 2, "in") || t.is(k - 2, "during") || t.is(k - 2, "for")
                || t.is(k - 2, "throughout") || t.is(k - 2, "within"))
                && !(t.is(k + 1, "day") || t.is(k + 1, "night") || t.is(k + 1, "24") && t.is(k + 2, "hours"));
    }

    /** "The war in Syria has claimed the lives of ...": the clause's first event noun is a war, not an incident. */
    private boolean hasWarSubject(int from) {
        Role earliest = null;
        boolean aside = false;
        int limit = Math.max(0, from - SUBJECT_REACH);
        for (int k = from - 1; k >= limit; k--) {
            Role role = role(k);
            if (t.isPunct(k, ',') && !aside && earliest == null) {
                aside = true; // "the civil war, fought largely along ethnic lines, killed 400,000": skip the aside
                limit = Math.max(0, k - ASIDE_REACH);
                continue;
            }
            if (t.isPunct(k, ',') && aside) {
                return role(k - 1) == Role.WAR;
            }
            if (t.isPunctAny(k, ",;:.")) {
                break;
            }
            if (role == Role.WAR || role == Role.INCIDENT) {
                earliest = role;
            }
        }
        return earliest == Role.WAR;
    }

    // ---- helpers

    private Quantity take(Quantity q) {
        used[q.start()] = true;
        return q;
    }

    private boolean available(Quantity q) {
        return !q.subset() && !used[q.start()];
    }

    /** "another 12", "a further 5", "all 30", "off 3": words between a verb and its number. */
    private int skipFillers(int k) {
        int s = k;
        if (t.is(s, "a") && t.is(s + 1, "further")) {
            return s + 2;
        }
        while (t.is(s, "another") || t.is(s, "further") || t.is(s, "all") || t.is(s, "off") || t.is(s, "some") && startingAt[s] == null) {
            s++;
        }
        return s;
    }

    /** The token after the noun phrase that follows a number: "civilians", "government or loyalist fighters". */
    /** The "(" of a bracket of at most three words that closes at token {@code k}, or -1. */
    private int shortBracketOpening(int k) {
        if (!t.isPunct(k, ')')) {
            return -1;
        }
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            if (t.isPunct(j, '(')) {
                return j < k - 1 ? j : -1;
            }
            if (!t.isWord(j)) {
                return -1;
            }
        }
        return -1;
    }

    private int phraseEnd(int k) {
        int e = k;
        int words = 0;
        while (e < n && words < PHRASE_WORDS) {
            if (t.is(e, "of") || t.is(e, "or") || (t.isPunctAny(e, "-'’") && t.touchesPrevious(e))) {
                e++;
                continue;
            }
            if (!t.isWord(e) || t.is(e, "and") || t.is(e, "including") || isPredicate(e) || startingAt[e] != null) {
                break;
            }
            Role role = role(e);
            if (role == Role.AUXILIARY || role == Role.BREAK || role == Role.PREPOSITION || role == Role.REPORTING) {
                break;
            }
            e++;
            words++;
        }
        return e;
    }

    /** The phrase ending at {@code k} is the subject of its own predicate, or a source ("a local official said"). */
    private boolean predicateFollows(int k) {
        int s = k;
        while (role(s) == Role.AUXILIARY) {
            s++;
        }
        return isPredicate(s) || role(s) == Role.REPORTING;
    }

    private boolean opensSubset(int k) {
        int s = t.isPunctAny(k, ",–—-(") ? k + 1 : k;
        return t.is(s, "including") || t.is(s, "among") || (s < n && startingAt[s] != null && startingAt[s].subset());
    }

    /** Skips ", including 5 children," or "– 238 of them children –" and returns the token after it. */
    private int skipParenthetical(int k) {
        boolean opened = t.isPunctAny(k, ",–—-(");
        int e = opened ? k + 1 : k;
        while (e < n && !t.isPunctAny(e, ",–—);.:") && !isPredicate(e) && !t.is(e, "and")) {
            e++;
        }
        return opened && t.isPunctAny(e, ",–—)") ? e + 1 : e;
    }

    /** A subset quantity between this comma and the previous one: ", including 27 children,". */
    private @Nullable Quantity subsetBehindComma(int comma) {
        for (int k = comma - 1; k >= Math.max(0, comma - 8); k--) {
            Quantity q = endingAt[k];
            if (q != null) {
                return q.subset() ? q : null;
            }
            if (t.isPunctAny(k, ",;:") || isPredicate(k)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The opening comma or dash of a qualifier without a figure that stands between the figure and its
     * verb (", including civilians,", ", mostly soldiers,"), or -1.
     */
    private int qualifierBehindComma(int comma) {
        for (int k = comma - 1; k >= Math.max(1, comma - QUALIFIER_WORDS - 1); k--) {
            if (t.isPunctAny(k - 1, ",–—(")) {
                return isQualifier(k) ? k - 1 : -1;
            }
            if (isAge(k)) {
                continue; // ", including a minor aged 16,"
            }
            if (!t.isWord(k) || isPredicate(k) || endingAt[k] != null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The man, a 30-year-old farmer from the next village, died": one person, described between commas right
     * before the predicate, when the words before the aside count no one themselves. {@code comma}: the closing one.
     */
    private @Nullable Finding appositionBehindComma(int p, int comma, boolean injury, int maxWords) {
        int opening = -1;
        for (int k = comma - 1; k >= Math.max(1, comma - APPOSITION_TOKENS - 1); k--) {
            if (t.isPunct(k, ',')) {
                opening = k;
                break;
            }
            if (t.isPunctAny(k, ";:.()") || isPredicate(k) || t.is(k, "and") || role(k) == Role.BREAK) {
                return null;
            }
        }
        Quantity one = opening < 0 ? null : startingAt[opening + 1];
        if (one == null || !available(one) || !Long.valueOf(1).equals(one.best())
                || !(t.is(opening + 1, "a") || t.is(opening + 1, "an"))) {
            return null;
        }
        Finding before = subject(p, opening, injury, maxWords);
        return before != null ? before : finish(injury, take(one), one.start(), p, p);
    }

    /** Whether token {@code k} is a number that gives someone's age ("aged 16"), which counts no one. */
    private boolean isAge(int k) {
        return t.isNumber(k) && (t.is(k - 1, "aged") || t.is(k - 1, "age"));
    }

    /** Most tokens of an aside that describes one person ("a 30-year-old farmer from the next village"). */
    private static final int APPOSITION_TOKENS = 20;

    /** Words that open a qualifier of a figure: ", including civilians,", ", mostly soldiers,". */
    private static final List<String> QUALIFIERS = List.of("including", "among", "mostly", "mainly", "most", "many",
            "some", "all");

    private boolean isQualifier(int k) {
        for (String word : QUALIFIERS) {
            if (t.is(k, word)) {
                return true;
            }
        }
        return false;
    }
    private static final int QUALIFIER_WORDS = 5;

    /** The token before a subset and its marker, skipping one opening comma or dash. */
    private int beforeSubset(Quantity q) {
        int s = q.start();
        if (t.is(s - 1, "including") || t.is(s - 1, "includes") || t.is(s - 1, "included")) {
            s -= 1;
        } else if (t.is(s - 2, "among") || t.is(s - 2, "of")) {
            s -= 2;
        }
        int k = s - 1;
        return t.isPunctAny(k, ",–—-(") ? k - 1 : k;
    }

    private boolean isPhraseToken(int k) {
        if (t.isPunctAny(k, "-'’") && (t.touchesPrevious(k) || t.touchesPrevious(k + 1))) {
            return true;
        }
        if (!t.isWord(k) || isPredicate(k)) {
            return false;
        }
        Role role = role(k);
        return role != Role.BREAK && role != Role.AUXILIARY;
    }

    private boolean hyphenated(int p) {
        return t.isPunct(p + 1, '-') && t.touchesPrevious(p + 1);
    }

    private boolean isPredicate(int k) {
        CasualtyWord w = t.tag(k);
        return w != null && w.isPredicate();
    }

    private @Nullable Role role(int k) {
        CasualtyWord w = t.tag(k);
        return w == null ? null : w.role();
    }
}
