package io.eventwire.enrich.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the clause around a trigger for what changes its meaning ({@code cues.tsv}): words that make
 * it unreal (modal, future, denied, negated, or governed by a denial before its "that"), background
 * (an earlier event), or a noun people flee from. The clause runs back from the trigger to the previous
 * punctuation or conjunction, at most
 * {@value #WINDOW} words. Immutable and thread safe.
 */
final class Cues {

    /** How many words after an attack trigger may stand before the place attacked ("an overnight attack on a village"). */
    private static final int CIVILIAN_PLACE_REACH = 4;
    /** How many words may stand between a locative, a place noun and the place ("in the Somali capital X"). */
    private static final int LOCATIVE_REACH = 3;

    private static final int WINDOW = 8;
    /** How many words a bracketed aside may hold and leave its clause whole ("(ENDF)", "(HTS)"). */
    private static final int SHORT_ASIDE = 3;
    private static final Set<String> CLAUSE_BREAKS = hashed(Set.of("but", "while", "whereas", "as", "when", "after",
            "which", "who", "that"));

    private static final Set<String> RELATIVE_PRONOUNS = hashed(Set.of("which", "who", "whose"));

    private final Map<String, Set<String>> words;

    private Cues(Map<String, Set<String>> words) {
        this.words = words;
    }

    static Cues standard() {
        Map<String, Set<String>> words = new HashMap<>();
        for (String[] row : DataFiles.rows("cues.tsv", 2)) {
            words.put(row[0], hashed(Set.of(row[1].trim().split("\\s+"))));
        }
        return new Cues(Collections.unmodifiableMap(words));
    }

    /**
     * The words in a hash set: asked for every word of every clause, it answers faster than {@link Set#of},
     * which probes linearly and compares strings on each collision.
     */
    private static Set<String> hashed(Set<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    /** The event is only possible, planned, claimed, denied or negated. */
    boolean isUnreal(Tokens tokens, int sentenceStart, int trigger, boolean verb) {
        if (anyIn(tokens, sentenceStart, trigger, words.get("unreal-sentence"))) {
            return true;
        }
        int from = clauseStart(tokens, sentenceStart, trigger);
        if (from > sentenceStart && tokens.lower(from - 1).equals("that")) {
            if (anyIn(tokens, sentenceStart, from - 1, words.get("denial"))) {
                return true; // "denied reports circulating on social media that fighters had entered"
            }
            from = clauseStart(tokens, sentenceStart, from - 1);
        }
        if (verb && isPurpose(tokens, sentenceStart, trigger)) {
            return true;
        }
        if (anyIn(tokens, from, trigger, words.get("unreal"))) {
            return true;
        }
        for (int i = from; i < trigger; i++) {
            if (tokens.lower(i).endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** "to retake" is a purpose, not a fact, unless achieved: "managed to enter", "were able to enter". */
    private boolean isPurpose(Tokens tokens, int sentenceStart, int trigger) {
        if (trigger == sentenceStart || !tokens.lower(trigger - 1).equals("to")) {
            return false;
        }
        return trigger - 1 == sentenceStart || !words.get("achieved").contains(tokens.lower(trigger - 2));
    }

    /** The trigger reports an earlier event: "since", "before", "after capturing", "after the capture of". */
    boolean isBackground(Tokens tokens, int sentenceStart, int trigger) {
        int from = clauseStart(tokens, sentenceStart, trigger);
        if (anyIn(tokens, from, trigger, words.get("background"))) {
            return true;
        }
        Set<String> afterBackground = words.get("after-background");
        for (int i = Math.max(sentenceStart, trigger - WINDOW); i < trigger; i++) {
            if (tokens.lower(i).equals("after") && (i + 1 == trigger || afterBackground.contains(tokens.lower(i + 1)))
                    && !isDistanceBefore(tokens, sentenceStart, i)) {
                return true;
            }
        }
        return false;
    }

    /** People flee from the noun rather than the text reporting it: "fleeing the fighting". */
    boolean isFledFrom(Tokens tokens, int sentenceStart, int trigger) {
        return anyIn(tokens, Math.max(sentenceStart, trigger - 3), trigger, words.get("flight"));
    }

    /** A noun that sets the scene of another event: "amid bombardment", "as a result of shelling". */
    boolean isCircumstance(Tokens tokens, int sentenceStart, int trigger) {
        return anyIn(tokens, Math.max(sentenceStart, trigger - 5), trigger, words.get("circumstance"));
    }

    /**
     * Whether the words before token {@code i} place it: "in Damascus" rather than "Damascus said",
     * also across a place noun ("in the Somali capital Mogadishu").
     */
    boolean isLocative(Tokens tokens, int sentenceStart, int i) {
        Set<String> locative = words.get("locative");
        if (i > sentenceStart && locative.contains(tokens.lower(i - 1))) {
            return true;
        }
        int noun = i - 1;
        if (noun > sentenceStart && words.get("place-noun").contains(tokens.lower(noun))) {
            for (int k = noun - 1; k >= sentenceStart && k >= noun - LOCATIVE_REACH; k--) {
                if (locative.contains(tokens.lower(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code i} says a group claimed an event ("claimed responsibility"). */
    boolean isClaim(Tokens tokens, int i) {
        return words.get("claim").contains(tokens.lower(i));
    }

    /** Whether token {@code i} puts an event on a group named after it ("blamed the bombing on"). */
    boolean isBlame(Tokens tokens, int i) {
        return words.get("blame").contains(tokens.lower(i));
    }

    /** Whether a word within the first few after token {@code from} is a military post ("attacked an army post"). */
    boolean namesMilitaryPlace(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, Math.min(to, from + CIVILIAN_PLACE_REACH), words.get("military-place"));
    }

    /** Whether a word within the first few after token {@code from} is a building civilians use ("stormed a hotel"). */
    boolean namesCivilianBuilding(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, Math.min(to, from + CIVILIAN_PLACE_REACH), words.get("civilian-building"));
    }

    /**
     * Where the subject of a trigger can start: after the last reporting verb or clause break before it, skipping a
     * relative clause set off by commas ("the coalition, which backs the government, carried out").
     */
    int subjectSearchStart(Tokens tokens, int sentenceStart, int trigger) {
        int from = sentenceStart;
        int beforeRelative = -1;
        Set<String> reporting = words.get("reporting");
        for (int i = sentenceStart; i < trigger; i++) {
            boolean punctuation = i > sentenceStart && punctuationBefore(tokens, i)
                    && !isShortAsideBracket(tokens, sentenceStart, trigger, i);
            if (punctuation && beforeRelative >= 0) {
                from = beforeRelative; // "X, which backs the government, carried out": the subject is X again
                beforeRelative = -1;
            } else if (punctuation && RELATIVE_PRONOUNS.contains(tokens.lower(i))) {
                beforeRelative = from;
                from = i + 1;
            } else if (reporting.contains(tokens.lower(i)) || CLAUSE_BREAKS.contains(tokens.lower(i))) {
                from = i + 1;
                beforeRelative = -1;
            } else if (punctuation) {
                from = i;
            }
        }
        if (beforeRelative >= 0 && trigger > sentenceStart && punctuationBefore(tokens, trigger)) {
            from = beforeRelative; // the relative clause closes right before the trigger
        }
        return from;
    }

    /** Whether token {@code i} counts people or things: "thousands", "dozens", a number. */
    boolean isQuantity(Tokens tokens, int i) {
        String word = tokens.lower(i);
        return words.get("quantity").contains(word) || Character.isDigit(word.charAt(0));
    }

    /** Whether tokens {@code [from, to)} hold a reporting word ("said", "according", "reported"). */
    boolean hasReportingWord(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, to, words.get("reporting"));
    }

    /** Whether token {@code i} introduces the target of a remote-violence noun: "on", "targeted", "against". */
    boolean isTargetWord(Tokens tokens, int i) {
        return words.get("target").contains(tokens.lower(i));
    }

    /**
     * Whether tokens {@code [from, to)} name a place where civilians are attacked ("the village of",
     * "a market"), within the first few words.
     */
    boolean namesCivilianPlace(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, Math.min(to, from + CIVILIAN_PLACE_REACH), words.get("civilian-place"));
    }

    /** "a day after", "hours after": a time distance, not a background event. */
    private static boolean isDistanceBefore(Tokens tokens, int sentenceStart, int after) {
        if (after == sentenceStart) {
            return false;
        }
        String previous = tokens.lower(after - 1);
        return previous.startsWith("day") || previous.startsWith("hour") || previous.startsWith("minute")
                || previous.equals("shortly") || previous.equals("soon") || previous.equals("just");
    }

    private static int clauseStart(Tokens tokens, int sentenceStart, int trigger) {
        int from = Math.max(sentenceStart, trigger - WINDOW);
        for (int i = trigger - 1; i > from; i--) {
            if (CLAUSE_BREAKS.contains(tokens.lower(i)) || punctuationBefore(tokens, i + 1)) {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * Whether the punctuation before token {@code i} opens or closes a bracketed aside of at most
     * {@value #SHORT_ASIDE} words: "the Ethiopian National Defense Force (ENDF) fought" goes on with
     * its subject.
     */
    private static boolean isShortAsideBracket(Tokens tokens, int sentenceStart, int end, int i) {
        String before = between(tokens, i);
        if (before.equals("(")) {
            for (int k = i + 1; k <= Math.min(end, i + SHORT_ASIDE); k++) {
                if (between(tokens, k).equals(")")) {
                    return true;
                }
            }
        } else if (before.equals(")")) {
            for (int k = i - 1; k >= Math.max(sentenceStart + 1, i - SHORT_ASIDE); k--) {
                if (between(tokens, k).equals("(")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text between token {@code i - 1} and token {@code i}, stripped. */
    private static String between(Tokens tokens, int i) {
        return tokens.text().substring(tokens.end(i - 1), tokens.start(i)).strip();
    }

    /** Whether a comma, semicolon, colon, bracket or dash stands between token {@code i - 1} and {@code i}. */
    static boolean punctuationBefore(Tokens tokens, int i) {
        String text = tokens.text();
        for (int c = tokens.end(i - 1); c < tokens.start(i); c++) {
            char ch = text.charAt(c);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '–' || ch == '—') {
                return true;
            }
        }
        return false;
    }

    private static boolean anyIn(Tokens tokens, int from, int to, Set<String> set) {
        for (int i = from; i < to; i++) {
            if (set.contains(tokens.lower(i))) {
                return true;
            }
        }
        return false;
    }
}
