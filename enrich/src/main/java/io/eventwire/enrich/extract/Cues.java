package io.eventwire.enrich.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** The cue classes of {@code cues.tsv}, each a tag bit of {@link #table}. */
    private static final List<String> CLASSES = List.of("unreal-sentence", "denial", "achieved", "unreal",
            "background", "after-background", "flight", "circumstance", "locative", "place-noun", "claim", "blame",
            "military-place", "civilian-building", "reporting", "quantity", "target", "civilian-place", "seizure",
            "territory", "release", "infighting", "harm", "fired-from", "membership", "weapon", "subdivision",
            "anaphor", "non-lethal", "cause", "grievance", "perfect", "running");
    private static final long UNREAL_SENTENCE = bit("unreal-sentence");
    private static final long DENIAL = bit("denial");
    private static final long ACHIEVED = bit("achieved");
    private static final long UNREAL = bit("unreal");
    private static final long BACKGROUND = bit("background");
    private static final long AFTER_BACKGROUND = bit("after-background");
    private static final long FLIGHT = bit("flight");
    private static final long CIRCUMSTANCE = bit("circumstance");
    private static final long LOCATIVE = bit("locative");
    private static final long PLACE_NOUN = bit("place-noun");
    private static final long CLAIM = bit("claim");
    private static final long BLAME = bit("blame");
    private static final long MILITARY_PLACE = bit("military-place");
    private static final long CIVILIAN_BUILDING = bit("civilian-building");
    private static final long REPORTING = bit("reporting");
    private static final long QUANTITY = bit("quantity");
    private static final long TARGET = bit("target");
    private static final long CIVILIAN_PLACE = bit("civilian-place");
    private static final long SEIZURE = bit("seizure");
    private static final long TERRITORY = bit("territory");
    private static final long RELEASE = bit("release");
    private static final long INFIGHTING = bit("infighting");
    private static final long HARM = bit("harm");
    private static final long FIRED_FROM = bit("fired-from");
    private static final long MEMBERSHIP = bit("membership");
    private static final long WEAPON = bit("weapon");
    private static final long SUBDIVISION = bit("subdivision");
    private static final long ANAPHOR = bit("anaphor");
    private static final long NON_LETHAL = bit("non-lethal");
    private static final long CAUSE = bit("cause");
    private static final long GRIEVANCE = bit("grievance");
    private static final long PERFECT = bit("perfect");
    private static final long RUNNING = bit("running");
    /** How many words may stand between a perfect auxiliary and its trigger ("have also reportedly been arrested"). */
    private static final int PERFECT_REACH = 4;
    /** How many words back from a passive trigger its subject "the victims" may stand. */
    private static final int ANAPHOR_REACH = 15;
    /** How many words before "detained" may ask for the release of those detained ("to release detained officials"). */
    private static final int RELEASE_REACH = 3;
    /** How many words before a weapon noun may say it was seized ("seizing assault rifles, grenades"). */
    private static final int SEIZURE_REACH = 6;
    /** Grammar, not data: words that end a clause, and the relative pronouns among them. */
    private static final long CLAUSE_BREAK = 1L << CLASSES.size();
    private static final long RELATIVE_PRONOUN = CLAUSE_BREAK << 1;
    private static final Map<String, Long> GRAMMAR = Map.of("but", CLAUSE_BREAK, "while", CLAUSE_BREAK,
            "whereas", CLAUSE_BREAK, "as", CLAUSE_BREAK, "when", CLAUSE_BREAK, "after", CLAUSE_BREAK,
            "which", CLAUSE_BREAK | RELATIVE_PRONOUN, "who", CLAUSE_BREAK | RELATIVE_PRONOUN, "that", CLAUSE_BREAK,
            "whose", RELATIVE_PRONOUN);

    /** Every cue word with the classes it is in. */
    private final WordTags table;

    private Cues(WordTags table) {
        this.table = table;
    }

    static Cues standard() {
        Map<String, Long> tags = new HashMap<>(GRAMMAR);
        for (String[] row : DataFiles.rows("cues.tsv", 2)) {
            long bit = bit(row[0]);
            for (String word : row[1].trim().split("\\s+")) {
                tags.merge(word, bit, (a, b) -> a | b);
            }
        }
        return new Cues(new WordTags(tags));
    }

    private static long bit(String cueClass) {
        int index = CLASSES.indexOf(cueClass);
        if (index < 0) {
            throw new IllegalArgumentException("unknown cue class in cues.tsv: " + cueClass);
        }
        return 1L << index;
    }

    private boolean is(Tokens tokens, int i, long cueClass) {
        return (tokens.tags(i, table) & cueClass) != 0;
    }

    /** The event is only possible, planned, claimed, denied or negated. */
    boolean isUnreal(Tokens tokens, int sentenceStart, int trigger, boolean verb) {
        if (anyIn(tokens, sentenceStart, trigger, UNREAL_SENTENCE)) {
            return true;
        }
        int from = clauseStart(tokens, sentenceStart, trigger);
        if (from > sentenceStart && tokens.isWord(from - 1, "that")) {
            if (anyIn(tokens, sentenceStart, from - 1, DENIAL)) {
                return true; // "denied reports circulating on social media that fighters had entered"
            }
            from = clauseStart(tokens, sentenceStart, from - 1);
        }
        if (verb && isPurpose(tokens, sentenceStart, trigger)) {
            return true;
        }
        for (int i = from; i < trigger; i++) {
            if (is(tokens, i, UNREAL) && (i == sentenceStart || !isCapitalised(tokens, i))
                    && !isComparedNumber(tokens, i, trigger)) {
                return true; // a capitalised "May" inside a sentence is the month ("On 28 May"), not the modal
            }
        }
        for (int i = from; i < trigger; i++) {
            if (tokens.endsWith(i, "n't")) {
                return true;
            }
        }
        return false;
    }

    /** "No fewer than 19 people were killed": "no" opening a number, not a negation. */
    private static boolean isComparedNumber(Tokens tokens, int i, int trigger) {
        return i + 2 < trigger && tokens.isWord(i, "no") && tokens.isWord(i + 2, "than")
                && (tokens.isWord(i + 1, "fewer") || tokens.isWord(i + 1, "less") || tokens.isWord(i + 1, "more"));
    }

    private static boolean isCapitalised(Tokens tokens, int i) {
        return Character.isUpperCase(tokens.text().charAt(tokens.start(i)));
    }

    /** "to retake" is a purpose, not a fact, unless achieved: "managed to enter", "were able to enter". */
    private boolean isPurpose(Tokens tokens, int sentenceStart, int trigger) {
        if (trigger == sentenceStart || !tokens.isWord(trigger - 1, "to")) {
            return false;
        }
        return trigger - 1 == sentenceStart || !is(tokens, trigger - 2, ACHIEVED);
    }

    /** The trigger reports an earlier event: "since", "before", "after capturing", "after the capture of". */
    boolean isBackground(Tokens tokens, int sentenceStart, int trigger) {
        int from = clauseStart(tokens, sentenceStart, trigger);
        if (anyIn(tokens, from, trigger, BACKGROUND)) {
            return true;
        }
        for (int i = Math.max(sentenceStart, trigger - WINDOW); i < trigger; i++) {
            if (tokens.isWord(i, "after") && (i + 1 == trigger || is(tokens, i + 1, AFTER_BACKGROUND))
                    && !isDistanceBefore(tokens, sentenceStart, i)) {
                return true;
            }
        }
        return false;
    }

    /** People flee from the noun rather than the text reporting it: "fleeing the fighting". */
    boolean isFledFrom(Tokens tokens, int sentenceStart, int trigger) {
        return anyIn(tokens, Math.max(sentenceStart, trigger - 3), trigger, FLIGHT);
    }

    /** Whether a word within {@code [from, to)} names ground that can be taken: "the town", "an army base". */
    boolean namesTerritory(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, to, TERRITORY);
    }

    /** Whether tokens {@code [from, to)} say a group fought itself: "rival factions of the cartel", "infighting". */
    boolean saysInfighting(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, to, INFIGHTING);
    }

    /** People named as detained to ask for their release: "called on the government to release detained officials". */
    boolean isReleaseOf(Tokens tokens, int sentenceStart, int trigger) {
        return anyIn(tokens, Math.max(sentenceStart, trigger - RELEASE_REACH), trigger, RELEASE);
    }

    /** Whether token {@code i} is a verb of seizing things ("seized", "confiscated"), which may also take ground. */
    boolean isSeizing(Tokens tokens, int i) {
        return is(tokens, i, SEIZURE);
    }

    /** A weapon named as seized or found, not used: "seizing assault rifles, grenades and two drones". */
    boolean isSeized(Tokens tokens, int sentenceStart, int trigger) {
        return anyIn(tokens, Math.max(sentenceStart, trigger - SEIZURE_REACH), trigger, SEIZURE);
    }

    /** A noun that sets the scene of another event: "amid bombardment", "as a result of shelling". */
    boolean isCircumstance(Tokens tokens, int sentenceStart, int trigger) {
        return anyIn(tokens, Math.max(sentenceStart, trigger - 5), trigger, CIRCUMSTANCE);
    }

    /**
     * Whether the words before token {@code i} place it: "in Damascus" rather than "Damascus said",
     * also across a place noun ("in the Somali capital Mogadishu").
     */
    boolean isLocative(Tokens tokens, int sentenceStart, int i) {
        if (i > sentenceStart && is(tokens, i - 1, LOCATIVE)) {
            return true;
        }
        int noun = i - 1;
        if (noun > sentenceStart && is(tokens, noun, PLACE_NOUN)) {
            for (int k = noun - 1; k >= sentenceStart && k >= noun - LOCATIVE_REACH; k--) {
                if (is(tokens, k, LOCATIVE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code i} says a group claimed an event ("claimed responsibility"). */
    boolean isClaim(Tokens tokens, int i) {
        return is(tokens, i, CLAIM);
    }

    /**
     * A trigger after a claim in its sentence is what the claimant claims: "Daesh claimed responsibility for the
     * attack", "JNIM claimed the attack, saying it killed 20".
     */
    boolean saysClaim(Tokens tokens, int sentenceStart, int trigger) {
        return anyIn(tokens, sentenceStart, trigger, CLAIM);
    }

    /** Whether token {@code i} puts an event on a group named after it ("blamed the bombing on"). */
    boolean isBlame(Tokens tokens, int i) {
        return is(tokens, i, BLAME);
    }

    /** Whether a word within the first few after token {@code from} is a military post ("attacked an army post"). */
    boolean namesMilitaryPlace(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, Math.min(to, from + CIVILIAN_PLACE_REACH), MILITARY_PLACE);
    }

    /** Whether a word within the first few after token {@code from} is a building civilians use ("stormed a hotel"). */
    boolean namesCivilianBuilding(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, Math.min(to, from + CIVILIAN_PLACE_REACH), CIVILIAN_BUILDING);
    }

    /**
     * Where the subject of a trigger can start: after the last reporting verb or clause break before it, skipping a
     * relative clause or a participle aside set off by commas ("the coalition, which backs the government, carried
     * out"; "the army, supported by Rwandan troops, clashed").
     */
    int subjectSearchStart(Tokens tokens, int sentenceStart, int trigger) {
        int from = sentenceStart;
        int beforeRelative = -1;
        for (int i = sentenceStart; i < trigger; i++) {
            boolean punctuation = i > sentenceStart && punctuationBefore(tokens, i)
                    && !isShortAsideBracket(tokens, sentenceStart, trigger, i);
            if (punctuation && beforeRelative >= 0) {
                from = beforeRelative; // "X, which backs the government, carried out": the subject is X again
                beforeRelative = -1;
            } else if (punctuation && (is(tokens, i, RELATIVE_PRONOUN) || isParticipleBy(tokens, i))) {
                beforeRelative = from;
                from = i + 1;
            } else if (is(tokens, i, REPORTING | CLAUSE_BREAK)) {
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

    /** "supported by", "backed by", "led by": a participle aside, skipped like a relative clause. */
    private static boolean isParticipleBy(Tokens tokens, int i) {
        return i + 1 < tokens.size() && tokens.endsWith(i, "ed") && tokens.isWord(i + 1, "by");
    }

    /** Whether token {@code i} counts people or things: "thousands", "dozens", a number. */
    boolean isQuantity(Tokens tokens, int i) {
        return is(tokens, i, QUANTITY) || Character.isDigit(tokens.lowerChar(i, 0));
    }

    /** Whether token {@code i} is a reporting word ("said", "according", "reported"). */
    boolean isReporting(Tokens tokens, int i) {
        return is(tokens, i, REPORTING);
    }

    /** Whether tokens {@code [from, to)} hold a reporting word ("said", "according", "reported"). */
    boolean hasReportingWord(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, to, REPORTING);
    }

    /** Whether token {@code i} introduces the target of a remote-violence noun: "on", "targeted", "against". */
    boolean isTargetWord(Tokens tokens, int i) {
        return is(tokens, i, TARGET);
    }

    /** Whether tokens {@code [from, to)} say people belong to a group ("members of", "who belong to"). */
    boolean saysMembership(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, to, MEMBERSHIP);
    }

    /** Whether token {@code i} says where fire came from when "from" follows ("fired from", "launched from"). */
    boolean isFiredFrom(Tokens tokens, int i) {
        return is(tokens, i, FIRED_FROM);
    }

    /** Whether a word in {@code [from, to)} opens a clause telling what caused the event before it ("after"). */
    boolean opensCause(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, to, CAUSE);
    }

    /** Whether token {@code i} makes the weapon after it crowd control: "stun grenades", "rubber bullets". */
    boolean isNonLethal(Tokens tokens, int i) {
        return i >= 0 && is(tokens, i, NON_LETHAL);
    }

    /**
     * Whether token {@code i} names a weapon or vehicle that a one-word trigger before it only qualifies: "attack
     * drones", "assault rifles".
     */
    boolean isWeapon(Tokens tokens, int i) {
        return i < tokens.size() && is(tokens, i, WEAPON);
    }

    /**
     * Whether the subject of a passive trigger is the people of an event told already: "the victims, among them seven
     * children, were hacked to death" (up to a clause break before the trigger).
     */
    boolean isRetold(Tokens tokens, int sentenceStart, int trigger) {
        for (int i = trigger - 1; i > sentenceStart && i >= trigger - ANAPHOR_REACH; i--) {
            if (is(tokens, i, CLAUSE_BREAK)) {
                return false;
            }
            if (is(tokens, i, ANAPHOR) && tokens.isWord(i - 1, "the")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens {@code [from, to)} say the place before them lies in the one after: "upazila of", "district of
     * the"; a division word the place's own name ends with counts ("the Kotwali area" + "of").
     */
    boolean namesSubdivisionOf(Tokens tokens, int placeStart, int from, int to) {
        int words = from;
        while (words - 1 > placeStart && is(tokens, words - 1, SUBDIVISION)) {
            words--;
        }
        int k = words;
        while (k < to && is(tokens, k, SUBDIVISION)) {
            k++;
        }
        if (k == words || k >= to || !tokens.isWord(k, "of")) {
            return false;
        }
        k++;
        return k == to || k + 1 == to && tokens.isWord(k, "the");
    }

    /**
     * Whether tokens {@code [from, to)} are "in" (or "in the") before a place named with a subdivision word, in its
     * mention or right after it ({@code areaEnd} is the token after the mention): "Chatroo in Kishtwar district",
     * the town lies in that district.
     */
    boolean namesDivisionItLiesIn(Tokens tokens, int from, int to, int areaEnd) {
        boolean in = to - from == 1 && tokens.isWord(from, "in")
                || to - from == 2 && tokens.isWord(from, "in") && tokens.isWord(from + 1, "the");
        return in && (is(tokens, areaEnd - 1, SUBDIVISION)
                || areaEnd < tokens.size() && is(tokens, areaEnd, SUBDIVISION));
    }

    /**
     * Whether a trigger in the present perfect runs on to a "since" in its clause ("more than 200 people have been
     * arrested since the government came to power"): a running total, not an event. Tokens {@code [trigger, after)}
     * are the trigger's, {@code to} ends the sentence.
     */
    boolean isRunningTotal(Tokens tokens, int sentenceStart, int trigger, int after, int to) {
        boolean perfect = false;
        for (int i = trigger - 1; i >= Math.max(sentenceStart, trigger - PERFECT_REACH) && !perfect; i--) {
            perfect = is(tokens, i, PERFECT);
            if (i == 0 || punctuationBefore(tokens, i)) {
                break;
            }
        }
        if (!perfect) {
            return false;
        }
        for (int i = after; i < to && !punctuationBefore(tokens, i); i++) {
            if (is(tokens, i, RUNNING)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i}, right after a protest word, opens what the protest is about ("against"). */
    boolean isGrievance(Tokens tokens, int i) {
        return is(tokens, i, GRIEVANCE);
    }

    /** Whether token {@code i} says people were harmed ("killed", "wounded", "died"). */
    boolean isHarm(Tokens tokens, int i) {
        return is(tokens, i, HARM);
    }

    /**
     * Whether tokens {@code [from, to)} name a place where civilians are attacked ("the village of",
     * "a market"), within the first few words.
     */
    boolean namesCivilianPlace(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, Math.min(to, from + CIVILIAN_PLACE_REACH), CIVILIAN_PLACE);
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

    private int clauseStart(Tokens tokens, int sentenceStart, int trigger) {
        int from = Math.max(sentenceStart, trigger - WINDOW);
        for (int i = trigger - 1; i > from; i--) {
            if (is(tokens, i, CLAUSE_BREAK) || punctuationBefore(tokens, i + 1)) {
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

    /** Whether a word of tokens {@code [from, to)} is of {@code cueClass}: the union of their tags, kept per range. */
    private boolean anyIn(Tokens tokens, int from, int to, long cueClass) {
        return (tokens.tagsIn(from, to, table) & cueClass) != 0;
    }
}
