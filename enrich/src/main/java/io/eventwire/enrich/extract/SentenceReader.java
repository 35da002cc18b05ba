package io.eventwire.enrich.extract;

import io.eventwire.enrich.actors.ActorKind;
import io.eventwire.enrich.actors.ActorMention;
import io.eventwire.enrich.actors.ActorRef;
import io.eventwire.enrich.geo.Place;
import io.eventwire.enrich.geo.PlaceKind;
import io.eventwire.enrich.geo.PlaceMention;
import io.eventwire.enrich.numbers.Casualties;
import io.eventwire.enrich.numbers.CasualtyExtractor;
import io.eventwire.enrich.text.Sentence;
import io.eventwire.enrich.time.DateMention;
import io.eventwire.enrich.time.DateResolver;
import io.eventwire.schema.DatePrecision;
import io.eventwire.schema.GeoPrecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads at most one event from one sentence: picks the sentence's strongest trigger that is reported
 * as fact and as news, then reads its roles, place, date and casualties, leaning on the article
 * context and the previous event of the paragraph where the sentence leaves something unsaid.
 * Immutable and thread safe.
 */
final class SentenceReader {

    private static final Set<PlaceKind> POINTS = EnumSet.of(PlaceKind.POPULATED_PLACE, PlaceKind.FACILITY,
            PlaceKind.CAMP, PlaceKind.CROSSING);
    private static final Set<ActorKind> STATE = EnumSet.of(ActorKind.STATE_FORCES, ActorKind.POLICE);
    private static final Set<ActorKind> ARMED_GROUPS = EnumSet.of(ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA,
            ActorKind.POLITICAL_PARTY, ActorKind.IDENTITY_MILITIA);
    /** Sides whose fights are riots: party men and rioters. */
    private static final Set<ActorKind> RIOTING = EnumSet.of(ActorKind.POLITICAL_PARTY, ActorKind.RIOTERS);
    private static final Set<String> PRONOUNS = Set.of("they", "it", "he", "she", "we");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being", "is", "are");
    /** Prepositions that may open a short phrase between such a participle and its verb ("killed in Sugapa were"). */
    private static final Set<String> RELATIVE_PREPOSITIONS = Set.of("in", "on", "at", "near", "during", "outside");
    private static final int RELATIVE_PHRASE_WORDS = 5;
    /** Verbs after a reduced relative clause's participle ("the men killed were villagers"). */
    private static final Set<String> COPULAS = Set.of("was", "were", "are", "is", "included", "include", "includes");
    private static final int LONG_QUOTE_WORDS = 8;
    private static final int[] NO_SPANS = new int[0];
    /** {@link Character#isLetterOrDigit(char)} of each ASCII character, read from a table. */
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }
    private static final int LANDMARK_CHARS = 24;
    /** Words that make the place after them a landmark: "west of", "km from", "outside of". */
    private static final java.util.regex.Pattern LANDMARK = java.util.regex.Pattern.compile(
            "\\b(north|south|east|west|northeast|northwest|southeast|southwest|km|kilometres|kilometers|miles)"
                    + "(-?\\w+)? (of|from) (the )?$");
    /** "in the capital", "towards the country's capital": the capital named alone (not "the capital of X"). */
    private static final java.util.regex.Pattern THE_CAPITAL = java.util.regex.Pattern.compile(
            "\\b(?i:in|near|outside|around|across|inside|into|to|towards|toward|through) the "
                    + "(?:country's |nation's )?capital\\b(?!,? (?:of\\b|city\\b|[A-Z]))");
    /** Words before a country that name a border with it ("the border with", "borders of", "frontier with"). */
    private static final java.util.regex.Pattern BORDER = java.util.regex.Pattern.compile(
            "\\b(borders?|frontiers?|boundary|boundaries) (with|of)\\b");
    private static final int BORDER_CHARS = 40;
    /** Most characters of a phrase that identifies an unknown actor ("who were later identified as"). */
    private static final int IDENTIFYING_CHARS = 40;
    /** How many words after a capture verb may come before the ground it takes ("captured the strategic hilltop town"). */
    private static final int OBJECT_WORDS = 5;
    /** A period up to the publication day this long or longer is a running count, not the day of an event. */
    private static final int RUNNING_PERIOD_DAYS = 7;
    /** Punctuation that ends a clause inside a sentence. */
    private static final java.util.regex.Pattern CLAUSE_PUNCTUATION = java.util.regex.Pattern.compile("[,;:()–—]");
    /** How far apart two places may lie and be the place of one event told in two sentences. */
    private static final double SAME_PLACE_KM = 10.0;
    /** How many words of a title may stand between a source and its verb ("police commander said"). */
    private static final int SOURCE_TITLE_WORDS = 2;
    /** How many words may stand between "blamed" and the "on" before its culprit ("blamed the bombing on"). */
    private static final int BLAME_REACH = 4;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their");
    /**
     * The grammar word sets above as tags of one table, so a token is asked through {@link Tokens#tags} (looked up
     * once per token and kept) rather than made a string and hashed for each set.
     */
    private static final WordTags GRAMMAR = grammar();
    private static final long PASSIVE_AUXILIARY = 1;
    private static final long RELATIVE_PREPOSITION = 2;
    private static final long COPULA = 4;
    private static final long DETERMINER = 8;
    private static final long PRONOUN = 16;
    private static final String ARMED_CLASH = "Armed clash";
    private static final String ARRESTS = "Arrests";
    private static final String MOB_VIOLENCE = "Mob violence";
    private static final String ABDUCTION = "Abduction/forced disappearance";
    private static final String PROTEST_WITH_INTERVENTION = "Protest with intervention";
    private static final String PEACEFUL_PROTEST = "Peaceful protest";
    /** Events that take people: the subject of their passive ("were arrested", "were abducted") is who was taken. */
    private static final Set<String> TAKES_PEOPLE = Set.of(ARRESTS, "Abduction/forced disappearance");
    private static final Set<String> REMOTE_VIOLENCE = Set.of("Air/drone strike", "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon");
    private static final Set<String> PROTESTS = Set.of("Peaceful protest", "Protest with intervention",
            "Excessive force against protesters");

    /** Triggers by priority, the highest first; a stable sort keeps equals in text order. */
    private static final Comparator<TriggerLexicon.Match> STRONGEST_FIRST = Comparator.comparingInt(
            (TriggerLexicon.Match m) -> -m.rule().priority());

    private final TriggerLexicon lexicon;
    private final Cues cues;
    private final Reporters reporters;
    private final DateResolver dates;
    private final CasualtyExtractor casualties;

    private static WordTags grammar() {
        java.util.Map<String, Long> tags = new java.util.HashMap<>();
        PASSIVE_AUXILIARIES.forEach(word -> tags.merge(word, PASSIVE_AUXILIARY, (a, b) -> a | b));
        RELATIVE_PREPOSITIONS.forEach(word -> tags.merge(word, RELATIVE_PREPOSITION, (a, b) -> a | b));
        COPULAS.forEach(word -> tags.merge(word, COPULA, (a, b) -> a | b));
        DETERMINERS.forEach(word -> tags.merge(word, DETERMINER, (a, b) -> a | b));
        PRONOUNS.forEach(word -> tags.merge(word, PRONOUN, (a, b) -> a | b));
        return new WordTags(tags);
    }

    /** Whether token {@code i} is a word of the grammar set {@code tag}. */
    private static boolean isGrammar(Tokens tokens, int i, long tag) {
        return (tokens.tags(i, GRAMMAR) & tag) != 0;
    }

    SentenceReader(TriggerLexicon lexicon, Cues cues, Reporters reporters, DateResolver dates,
            CasualtyExtractor casualties) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.reporters = reporters;
        this.dates = dates;
        this.casualties = casualties;
    }

    /**
     * What the reader needs to know besides the sentence; {@code previousEvent} is the last event read
     * before it in the article, if any.
     */
    record Situation(Tokens tokens, ArticleContext context, LocalDate anchor, Preceding preceding, int datelineEnd,
            @Nullable Candidate previousEvent, @Nullable Facts previousInParagraph) {

        /** The same situation for an event that happened in {@code countryCode} (null: the article's country). */
        Situation inCountry(@Nullable String countryCode) {
            ArticleContext local = context.inCountry(countryCode);
            return local == context ? this : new Situation(tokens, local, anchor, preceding, datelineEnd,
                    previousEvent, previousInParagraph);
        }

        /** The actor the sentences before were last about, if any. */
        @Nullable ActorRef previousSubject() {
            return preceding.subject();
        }

        /** The places of the last sentence before that names any. */
        List<PlaceMention> previousSentencePlaces() {
            return preceding.places();
        }
    }

    /** The country of the place the sentence names for the event, if it names one. */
    private static @Nullable String eventCountry(List<PlaceMention> places, int triggerStart, String text) {
        PlaceMention place = bestPlace(places, triggerStart, false, text);
        if (place != null) {
            return place.place().countryCode();
        }
        PlaceMention country = namedCountry(places, text);
        return country == null ? null : country.place().countryCode();
    }

    /**
     * The first country the sentence names that is not a border's landmark, if any: a loop, for every trigger read
     * asks, and a stream pipeline cost more than the few places it looks at.
     */
    private static @Nullable PlaceMention namedCountry(List<PlaceMention> places, String text) {
        for (PlaceMention place : places) {
            if (place.place().kind() == PlaceKind.COUNTRY && !isBorderLandmark(place, text)) {
                return place;
            }
        }
        return null;
    }

    /**
     * The event the sentence reports as fact and news, if any, read from its strongest trigger; a
     * territorial trigger with no armed winner gives way to the next ("residents marched to the town
     * hall" is no capture of it, but a protest).
     */
    Optional<Candidate> read(Facts facts, Situation situation) {
        Sentence sentence = facts.sentence();
        Tokens tokens = situation.tokens();
        int from = tokens.indexAt(sentence.start());
        int to = tokens.indexAt(sentence.end());
        boolean vagueNoun = false;
        List<TriggerLexicon.Match> triggers = factualTriggers(sentence, tokens, from, to, facts);
        int grievance = grievanceStart(triggers, tokens, to);
        for (TriggerLexicon.Match trigger : triggers) {
            if (vagueNoun && trigger.rule().roles() == TriggerRule.Roles.NOUN) {
                continue; // "the bombings ... fighting alongside it": a vague noun leaves the sentence to its verbs
            }
            if (trigger.from() > grievance) {
                continue; // "protest against the arrest of four men whom police detained": what the protest is about
            }
            Reading reading = read(trigger, sentence, situation, facts, from, to);
            vagueNoun |= reading == Reading.VAGUE_NOUN;
            if (!reading.givesWay()) {
                return Optional.ofNullable(reading.event()).map(event -> arrestsAtAProtest(event, triggers, situation));
            }
        }
        return Optional.empty();
    }

    /**
     * Arrests made while people protest ("police detained 20 people as opposition supporters blocked roads") are, as
     * ACLED codes them, a protest with intervention: the country's protesters, against the force that arrested them.
     */
    private static Candidate arrestsAtAProtest(Candidate event, List<TriggerLexicon.Match> triggers,
            Situation situation) {
        if (!event.subEventType().equals(ARRESTS) || event.actor1() == null
                || triggers.stream().noneMatch(t -> PROTESTS.contains(t.rule().subEventType()))) {
            return event;
        }
        String country = event.place() != null ? event.place().countryCode()
                : situation.context().country().orElse(null);
        ActorRef protesters = situation.context().protestersOf(country).orElse(null);
        return protesters == null ? event : event.as(PROTEST_WITH_INTERVENTION, protesters, event.actor1());
    }

    /** The facts of {@code sentence}, read against {@code anchor} when first asked for. */
    Facts facts(Sentence sentence, LocalDate anchor) {
        return new Facts(sentence, anchor);
    }

    /**
     * The casualty figures and dates of one sentence, each read when first needed: most sentences have no
     * factual trigger and need neither, the triggers of one sentence share them, and so does the next sentence,
     * which may take the toll or the day this one gives ({@link #eventToll}, {@link #lastDateBefore}). Not thread
     * safe.
     */
    final class Facts {
        private final Sentence sentence;
        private final LocalDate anchor;
        private @Nullable List<Casualties> figures;
        private @Nullable List<DateMention> dates;
        /** The sentence cut into tokens once, for both readers. */
        private io.eventwire.enrich.text.@Nullable Tokens<?> words;
        /** The spans inside long quotations, as {@link #longQuotes} gives them. */
        private int @Nullable [] longQuotes;

        private Facts(Sentence sentence, LocalDate anchor) {
            this.sentence = sentence;
            this.anchor = anchor;
        }

        Sentence sentence() {
            return sentence;
        }

        /**
         * The spans of the sentence's text (offsets in it) that stand inside a quoted statement of several words, as
         * {@code [start, end)} pairs: read once, however many triggers the sentence has.
         */
        int[] longQuotes() {
            if (longQuotes == null) {
                longQuotes = longQuoteSpans(sentence.text());
            }
            return longQuotes;
        }

        List<Casualties> figures() {
            if (figures == null) {
                figures = casualties.find(words());
            }
            return figures;
        }

        /**
         * The same as {@link #figures}, for a sentence whose dates are seldom asked (one read only for the toll it
         * passes on): not yet cut into words, it is read from its text, which rules out a sentence without a
         * casualty word before cutting it.
         */
        List<Casualties> figuresAlone() {
            if (figures == null && words == null) {
                figures = casualties.find(sentence.text());
            }
            return figures();
        }

        List<DateMention> dates() {
            if (dates == null) {
                dates = SentenceReader.this.dates.find(sentence.text(), words(), anchor);
            }
            return dates;
        }

        private io.eventwire.enrich.text.Tokens<?> words() {
            if (words == null) {
                words = SentenceReader.this.dates.words(sentence.text());
            }
            return words;
        }
    }

    /** What one trigger reads: an event, none, or none and the next trigger should be read instead. */
    private record Reading(@Nullable Candidate event, boolean givesWay) {
        static final Reading NONE = new Reading(null, false);
        static final Reading GIVE_WAY = new Reading(null, true);
        /** A noun trigger that reports nothing concrete: a verb trigger of the sentence may still report the event. */
        static final Reading VAGUE_NOUN = new Reading(null, true);
    }

    private Reading read(TriggerLexicon.Match trigger, Sentence sentence, Situation situation,
            Facts facts, int from, int to) {
        Tokens tokens = situation.tokens();
        List<Casualties> figures = facts.figures();
        Sentence scene = protestScene(trigger, sentence, tokens, to);
        List<DateMention> sentenceDates = afterDateline(within(facts.dates(), scene), sentence, situation.datelineEnd());
        DateMention date = ownClauseDate(sentenceDates, nearest(sentenceDates, tokens.start(trigger.from())
                - sentence.start()), tokens.start(trigger.from()) - sentence.start(),
                tokens.end(trigger.to() - 1) - sentence.start(), sentence.text());
        if (date != null && (date.background() || isRunningPeriod(date, situation.anchor()))) {
            return Reading.NONE; // "five soldiers have been killed in the VRAEM so far this year": a running count
        }
        if (date == null && (goesOnAboutThePast(situation)
                || cues.isRunningTotal(tokens, from, trigger.from(), trigger.to(), to))) {
            return Reading.NONE;
        }
        List<PlaceMention> places = situation.context().placesIn(scene.start(), scene.end());
        Casualties toll = firstEventToll(figures);
        if (reportsOnlyATotal(figures, toll, date)) {
            return Reading.NONE;
        }
        boolean noun = trigger.rule().roles() == TriggerRule.Roles.NOUN || isVerbUsedAsNoun(trigger, tokens, from);
        if (noun && !isNewsNoun(trigger, tokens, from, places, toll, date)) {
            // "attacked the camp, sparking hours of fighting": the verb reports the event
            return followsOf(trigger, tokens, from, places) ? Reading.VAGUE_NOUN : Reading.NONE;
        }
        String country = eventCountry(places, tokens.start(trigger.from()), tokens.text());
        Situation here = situation.inCountry(country);
        Roles roles = withVictims(infighting(distinct(readRoles(trigger, scene, here, from)), trigger, tokens, from,
                to), trigger, sentence, here, toll);
        if (trigger.rule().subEventType().equals(TriggerRule.TERRITORY)
                && (roles.actor1() == null || isUnarmed(roles.actor1())
                        || !takesGround(trigger, tokens, to, places))) {
            return Reading.GIVE_WAY;
        }
        if (PROTESTS.contains(trigger.rule().subEventType()) && trigger.rule().roles() == TriggerRule.Roles.AGENT
                && roles.actor1() != null && isArmed(roles.actor1())) {
            return Reading.GIVE_WAY; // "militants blocked the highway": no protest
        }
        String subEventType = subEventType(trigger.rule(), roles, here.context().country().orElse(null));
        if (subEventType == null) {
            // "insurgents killed four civilians, ..., in an attack on the town": a verb without its own agent here
            // leaves the sentence to its other triggers
            return Reading.GIVE_WAY;
        }
        roles = asProtesters(roles, subEventType, here.context());
        if (subEventType.equals(ARRESTS)) {
            roles = withGroupArrested(roles, trigger, sentence, tokens, here.context());
        }
        if (subEventType.equals(ARMED_CLASH) && isPartyFight(roles)) {
            // "two factions of the ruling party clashed": party men fighting riot, as ACLED codes it
            subEventType = MOB_VIOLENCE;
            roles = asRioters(roles, here.context());
        }
        PlaceChoice place = choosePlace(places, tokens.start(trigger.from()), subEventType, here, country,
                sentence.text());
        if (subEventType.equals(ABDUCTION) && date == null && place != null && !place.inSentence()
                && roles.actor1() == null && continuesAttack(situation, sentence)) {
            return Reading.NONE; // "... killing four villagers. Three women were abducted.": taken in that attack
        }
        if (place == null && roles.actor1() == null) {
            return Reading.NONE;
        }
        if (trigger.rule().roles() == TriggerRule.Roles.NOUN && place != null && isRegionOnly(place)
                && toll == null && date == null) {
            return Reading.NONE;
        }
        return new Reading(candidate(subEventType, roles, place, date, toll, sentence, here, from, to), false);
    }

    /**
     * Whether a territorial trigger has ground for its object. "Took over from the previous mission" hands over a
     * duty, not ground. A one-word flight verb ("fled") moves territory only from a place named or a word for ground
     * after it ("fled the town"): attackers who "fired and fled" leave no territory. A one-word capture verb that
     * may take things or people needs such ground within a few words after it when it is a participle after a comma
     * ("..., seizing assault rifles"), before a number ("captured two fighters") or a verb of seizing ("troops seized
     * rifles"); a number made the passive's subject ("several were captured") is people. Longer patterns ("took
     * control of") say it themselves.
     */
    private boolean takesGround(TriggerLexicon.Match trigger, Tokens tokens, int to, List<PlaceMention> places) {
        TriggerRule.Roles roles = trigger.rule().roles();
        int verb = trigger.from();
        int next = trigger.to();
        if (roles == TriggerRule.Roles.WINNER && next < to && tokens.isWord(next, "from")
                && tokens.isWord(next - 1, "over")) {
            return false;
        }
        if (trigger.to() - trigger.from() > 1) {
            return true;
        }
        if (roles == TriggerRule.Roles.LOSER) {
            return namesGround(tokens, next, to, places);
        }
        if (roles != TriggerRule.Roles.WINNER) {
            return true;
        }
        if (verb >= 2 && isGrammar(tokens, verb - 1, PASSIVE_AUXILIARY) && cues.isQuantity(tokens, verb - 2)) {
            return false; // "six attackers were killed and several were captured": people, not ground
        }
        if (next >= to || Cues.punctuationBefore(tokens, next)) {
            return true;
        }
        boolean participle = tokens.endsWith(verb, "ing") && verb > 0 && Cues.punctuationBefore(tokens, verb);
        if (!participle && !cues.isQuantity(tokens, next) && !cues.isSeizing(tokens, verb)) {
            return true;
        }
        return namesGround(tokens, next, to, places);
    }

    /** Whether a word for ground or a place is named within a few words from token {@code next}. */
    private boolean namesGround(Tokens tokens, int next, int to, List<PlaceMention> places) {
        if (next >= to) {
            return false;
        }
        int reach = Math.min(to, next + OBJECT_WORDS);
        if (cues.namesTerritory(tokens, next, reach)) {
            return true;
        }
        int reachEnd = tokens.end(reach - 1);
        for (PlaceMention place : places) {
            if (place.start() >= tokens.start(next) && place.start() <= reachEnd) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun trigger ("clashes", "airstrikes") reports an event of this article only with something
     * concrete about it: a named place, a toll or a date. A definite noun ("the bombings") or one
     * after "of" ("areas of fighting") also needs its own date, and a vague period ("over the past
     * days") is a trend, not an event.
     */
    private boolean isNewsNoun(TriggerLexicon.Match trigger, Tokens tokens, int from, List<PlaceMention> places,
            @Nullable Casualties toll, @Nullable DateMention date) {
        if (!namesPlaceBelowCountry(places) && toll == null && date == null) {
            return false;
        }
        if (date != null && (date.max().toEpochDay() - date.min().toEpochDay() > 3
                || date.precision() == DatePrecision.MONTH || date.precision() == DatePrecision.YEAR)) {
            return false;
        }
        if (followsOf(trigger, tokens, from, places)) {
            return false;
        }
        int at = trigger.from();
        boolean definite = at > from && tokens.isWord(at - 1, "the");
        return date != null || !definite;
    }

    /** Whether a place other than a country is named: a loop, as every noun trigger read asks. */
    private static boolean namesPlaceBelowCountry(List<PlaceMention> places) {
        for (PlaceMention place : places) {
            if (place.place().kind() != PlaceKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun after "of" ("hours of fighting", "areas of fighting"), not after a quantity ("dozens of airstrikes") nor
     * after a place the "of" introduces ("in the city of Kherson with precision weapons").
     */
    private boolean followsOf(TriggerLexicon.Match trigger, Tokens tokens, int from, List<PlaceMention> places) {
        int at = trigger.from();
        for (int i = Math.max(from, at - 3); i < at; i++) {
            if (tokens.isWord(i, "of") && !(i > from && cues.isQuantity(tokens, i - 1))
                    && !namesPlaceBetween(places, tokens.end(i), tokens.start(at))) {
                return true;
            }
        }
        return false;
    }

    /** "the city of Kherson with precision weapons": the "of" belongs to a place named before the noun. */
    private static boolean namesPlaceBetween(List<PlaceMention> places, int start, int end) {
        for (PlaceMention place : places) {
            if (place.start() >= start && place.end() <= end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dates of the sentence that end after the dateline (whose date is when the story was filed): all of them
     * for a sentence that starts after it, as nearly all do, without filtering a copy for every trigger read.
     */
    private static List<DateMention> afterDateline(List<DateMention> dates, Sentence sentence, int datelineEnd) {
        if (sentence.start() >= datelineEnd) {
            return dates; // a date's end is past its start, so past the sentence's start
        }
        return dates.stream().filter(d -> sentence.start() + d.end() > datelineEnd).toList();
    }

    /**
     * The part of the sentence that tells of a protest itself: the words before its grievance, when a grievance word
     * follows the protest word ("gathered to protest against the arrest of four men whom police detained in X on
     * Wednesday"). The people, places and days named in the grievance are what the protest is about, not who policed
     * it, where or when it was held. Any other trigger reads the whole sentence.
     */
    private Sentence protestScene(TriggerLexicon.Match trigger, Sentence sentence, Tokens tokens, int to) {
        int next = trigger.to();
        if (!opensGrievance(trigger, tokens, to)) {
            return sentence;
        }
        String scene = sentence.text().substring(0, tokens.start(next) - sentence.start()).stripTrailing();
        return scene.isEmpty() ? sentence : new Sentence(sentence.start(), sentence.start() + scene.length(), scene);
    }

    /** Whether a grievance word follows the trigger, a protest word: what the protest is about comes next. */
    private boolean opensGrievance(TriggerLexicon.Match trigger, Tokens tokens, int to) {
        return PROTESTS.contains(trigger.rule().subEventType()) && trigger.to() < to
                && cues.isGrievance(tokens, trigger.to());
    }

    /**
     * The token where the first protest trigger's grievance begins ({@link #protestScene}), or {@code to}: the
     * triggers after it tell what the protest is about, no event of the sentence's own.
     */
    private int grievanceStart(List<TriggerLexicon.Match> triggers, Tokens tokens, int to) {
        int start = to;
        for (TriggerLexicon.Match trigger : triggers) {
            if (trigger.to() < start && opensGrievance(trigger, tokens, to)) {
                start = trigger.to();
            }
        }
        return start;
    }

    /** The dates of a sentence that lie within {@code part} of it (a part that starts where the sentence does). */
    private static List<DateMention> within(List<DateMention> dates, Sentence part) {
        int length = part.text().length();
        return dates.stream().allMatch(d -> d.end() <= length) ? dates
                : dates.stream().filter(d -> d.end() <= length).toList();
    }

    /** A period of a week or more running up to the publication day ("the past week", "this year"). */
    private static boolean isRunningPeriod(DateMention date, LocalDate anchor) {
        return !date.max().isBefore(anchor) && date.max().toEpochDay() - date.min().toEpochDay() >= RUNNING_PERIOD_DAYS;
    }

    /**
     * A sentence whose only figures are cumulative totals, with no day of its own ("1,166 people were killed in
     * militant attacks in the first ten months of this year", "360 have been killed, according to a tally"),
     * reports a running toll, not an event.
     */
    private static boolean reportsOnlyATotal(List<Casualties> figures, @Nullable Casualties toll,
            @Nullable DateMention date) {
        return toll == null && !figures.isEmpty() && figures.stream().allMatch(Casualties::cumulative)
                && (date == null || date.precision() != DatePrecision.DAY);
    }

    /**
     * A verb trigger after a determiner is a noun ("claimed responsibility for the attack", "an
     * assault", "confirmed the capture"), which reports an event here only with something concrete, as
     * noun triggers do.
     */
    private static boolean isVerbUsedAsNoun(TriggerLexicon.Match trigger, Tokens tokens, int from) {
        return trigger.rule().roles() != TriggerRule.Roles.NOUN && trigger.from() > from
                && isGrammar(tokens, trigger.from() - 1, DETERMINER);
    }

    private Candidate candidate(String subEventType, Roles roles, @Nullable PlaceChoice place,
            @Nullable DateMention date, @Nullable Casualties toll, Sentence sentence, Situation situation, int from,
            int to) {
        LocalDate anchor = situation.anchor();
        LocalDate min = date != null ? date.min() : anchor;
        LocalDate max = date != null ? date.max() : anchor;
        DatePrecision precision = date != null ? date.precision() : DatePrecision.WEEK;
        Candidate previous = situation.previousEvent();
        if (date == null && continuesPreviousEvent(place, previous, sentence)) {
            min = previous.dateMin();
            max = previous.dateMax();
            precision = previous.datePrecision();
        } else if (date == null) {
            // "On Sunday, troops came under fire near Navolato. The soldiers returned fire, killing three."
            DateMention before = lastDateBefore(situation);
            if (before != null) {
                min = before.min();
                max = before.max();
                precision = before.precision();
            }
        }
        String reportedBy = cues.hasReportingWord(situation.tokens(), from, to)
                ? reporters.find(situation.tokens(), from, to).orElse(null) : null;
        float confidence = 0.4f + (place != null && place.inSentence() ? 0.2f : 0f)
                + (roles.actor1() != null ? 0.15f : 0f) + (date != null ? 0.15f : 0f) + (reportedBy != null ? 0.05f : 0f);
        return new Candidate(subEventType, roles.actor1(), roles.actor2(),
                place == null ? null : place.mention().place(), place == null ? null : place.mention().surface(),
                place == null ? GeoPrecision.UNKNOWN : place.precision(), place != null && place.inSentence(),
                min, max, precision, toll, sentence, reportedBy, Math.min(confidence, 0.95f));
    }

    /**
     * A sentence without a date of its own that goes on about the place of the event read just before it ("A
     * spokesman confirmed the capture", "The army said scores of militants were killed"), or names that place again
     * right after it ("... in Spin Boldak on Saturday night. ... Pakistani forces attacked posts in Spin Boldak"),
     * tells of that event, on its day.
     */
    private static boolean continuesPreviousEvent(@Nullable PlaceChoice place, @Nullable Candidate previous,
            Sentence sentence) {
        if (place == null || previous == null || previous.place() == null) {
            return false;
        }
        Place here = place.mention().place();
        return here.equals(previous.place()) && !place.inSentence()
                || follows(previous.sentence(), sentence) && near(here, previous.place());
    }

    /** The same place or one within {@value #SAME_PLACE_KM} km: a border crossing and its town, a town's area. */
    private static boolean near(Place a, Place b) {
        return a.equals(b) || Place.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= SAME_PLACE_KM;
    }

    /** Whether {@code next} comes right after {@code first}, with only spaces and line breaks between. */
    private static boolean follows(Sentence first, Sentence next) {
        return first.end() <= next.start() && next.start() - first.end() <= 2;
    }

    /**
     * The triggers reported as fact and news, strongest first (earlier first among equals). A trigger
     * inside a cumulative figure ("400 civilians have been killed since January") reports the total,
     * not an event.
     */
    private List<TriggerLexicon.Match> factualTriggers(Sentence sentence, Tokens tokens, int from, int to,
            Facts facts) {
        List<TriggerLexicon.Match> factual = new ArrayList<>();
        for (TriggerLexicon.Match match : lexicon.find(tokens, from, to)) {
            if (isReportedAsFact(match, facts, tokens, from)
                    && !insideCumulativeFigure(tokens.start(match.from()) - sentence.start(), facts.figures())) {
                factual.add(match);
            }
        }
        factual.sort(STRONGEST_FIRST);
        return eventBeforeItsCause(arrestsBeforeAProtestNoun(killingFirst(factual, tokens, from, facts), tokens, from),
                tokens);
    }

    /**
     * "Clashes broke out in the town after a merchant was kidnapped": an event noun named before a clause that tells
     * its cause is what the sentence reports; the cause, read first by priority, is told as background.
     */
    private List<TriggerLexicon.Match> eventBeforeItsCause(List<TriggerLexicon.Match> triggers, Tokens tokens) {
        if (triggers.size() < 2) {
            return triggers;
        }
        TriggerLexicon.Match strongest = triggers.get(0);
        if (strongest.rule().roles() == TriggerRule.Roles.NOUN) {
            return triggers; // "killed in the assault after hours of fighting": two names of one event
        }
        for (int t = 1; t < triggers.size(); t++) {
            TriggerLexicon.Match other = triggers.get(t);
            if (other.rule().roles() == TriggerRule.Roles.NOUN && other.to() < strongest.from()
                    && !other.rule().subEventType().equals(strongest.rule().subEventType())
                    && cues.opensCause(tokens, other.to(), strongest.from())) {
                List<TriggerLexicon.Match> reordered = new ArrayList<>(triggers);
                reordered.remove(t);
                reordered.add(0, other);
                return reordered;
            }
        }
        return triggers;
    }

    /**
     * "Police detained dozens of people as protesters blocked the avenue": the arrest verb, read first, names the
     * force that intervened in the protest the noun reports (a protest with intervention, see
     * {@link #arrestsAtAProtest}).
     */
    private static List<TriggerLexicon.Match> arrestsBeforeAProtestNoun(List<TriggerLexicon.Match> triggers,
            Tokens tokens, int from) {
        if (triggers.isEmpty() || !triggers.get(0).rule().subEventType().equals(PEACEFUL_PROTEST)) {
            return triggers;
        }
        for (int t = 1; t < triggers.size(); t++) {
            TriggerLexicon.Match other = triggers.get(t);
            if (other.rule().subEventType().equals(ARRESTS) && other.rule().roles() == TriggerRule.Roles.AGENT
                    && !isVerbUsedAsNoun(other, tokens, from)) {
                List<TriggerLexicon.Match> reordered = new ArrayList<>(triggers);
                reordered.remove(t);
                reordered.add(0, other);
                return reordered;
            }
        }
        return triggers;
    }

    /**
     * "Security forces killed three members of a cell and arrested two others": people killed before the arrests
     * make the event a fight, not arrests. "Gunmen attacked herders, killing four and abducting two": people taken
     * in an attack that killed others are its victims, the event an attack (ACLED codes its dead). A violent verb
     * named before the strongest trigger, an arrest or an abduction with deaths, is read first.
     */
    private static List<TriggerLexicon.Match> killingFirst(List<TriggerLexicon.Match> triggers, Tokens tokens,
            int from, Facts facts) {
        String strongest = triggers.isEmpty() ? "" : triggers.get(0).rule().subEventType();
        if (!strongest.equals(ARRESTS) && !(strongest.equals(ABDUCTION) && reportsDeaths(facts))) {
            return triggers;
        }
        TriggerLexicon.Match first = triggers.get(0);
        for (int t = 1; t < triggers.size(); t++) {
            TriggerLexicon.Match other = triggers.get(t);
            if (other.from() < first.from() && other.rule().subEventType().equals(TriggerRule.ATTACK)
                    && other.rule().roles() == TriggerRule.Roles.AGENT && !isVerbUsedAsNoun(other, tokens, from)) {
                List<TriggerLexicon.Match> reordered = new ArrayList<>(triggers);
                reordered.remove(t);
                reordered.add(0, other);
                return reordered;
            }
        }
        return triggers;
    }

    /** Whether the sentence reports people killed (not a running count); its figures are read only when asked. */
    private static boolean reportsDeaths(Facts facts) {
        return facts.figures().stream().anyMatch(f -> !f.cumulative() && f.killedBest() != null && f.killedBest() > 0);
    }

    private static boolean insideCumulativeFigure(int offsetInSentence, List<Casualties> figures) {
        for (Casualties figure : figures) {
            if (figure.cumulative() && offsetInSentence >= figure.start() && offsetInSentence < figure.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean isReportedAsFact(TriggerLexicon.Match match, Facts sentence, Tokens tokens, int from) {
        boolean noun = match.rule().roles() == TriggerRule.Roles.NOUN;
        if (!noun && isReducedRelative(match, tokens, from)) {
            return false; // "the two men killed were villagers": the deaths told already
        }
        if (!noun && match.from() > from && isGrammar(tokens, match.from() - 1, PASSIVE_AUXILIARY)
                && cues.isRetold(tokens, from, match.from())) {
            return false; // "the victims, among them two children, were hacked to death": told already
        }
        if (match.from() > from && cues.isNonLethal(tokens, match.from() - 1)) {
            return false; // "fired tear gas and stun grenades": crowd control, no grenade attack
        }
        if (isWeaponModifier(match, tokens)) {
            return false; // "a factory making attack drones": a kind of drone, no attack
        }
        return !cues.isUnreal(tokens, from, match.from(), !noun)
                && !cues.saysClaim(tokens, from, match.from())
                && !cues.isBackground(tokens, from, match.from())
                && !(noun && cues.isFledFrom(tokens, from, match.from()))
                && !(noun && cues.isCircumstance(tokens, from, match.from()))
                && !(noun && cues.isSeized(tokens, from, match.from()))
                && !(match.rule().subEventType().equals(ARRESTS) && cues.isReleaseOf(tokens, from, match.from()))
                && !insideLongQuote(sentence, tokens.start(match.from()));
    }

    /**
     * A one-word trigger in its bare form right before a weapon noun names a kind of weapon ("attack drones", "assault
     * rifles"); an inflected verb there still acts on it ("gunmen attacked vehicles").
     */
    private boolean isWeaponModifier(TriggerLexicon.Match match, Tokens tokens) {
        if (match.to() - match.from() != 1 || !cues.isWeapon(tokens, match.to())) {
            return false;
        }
        int word = match.from();
        return !tokens.endsWith(word, "ed") && !tokens.endsWith(word, "ing") && !tokens.endsWith(word, "s");
    }

    /**
     * "The two men killed were villagers", "the people abducted in Goumori are farmers", "those detained were
     * released": a participle after a definite noun or "those" and before its verb (past a short phrase) names people
     * of an event told already.
     */
    private static boolean isReducedRelative(TriggerLexicon.Match match, Tokens tokens, int from) {
        int after = match.to();
        if (after < tokens.size() && isGrammar(tokens, after, RELATIVE_PREPOSITION)) {
            // "the two men killed in Sugapa were villagers"
            int limit = Math.min(tokens.size(), after + RELATIVE_PHRASE_WORDS);
            for (int k = after + 1; k < limit && !Cues.punctuationBefore(tokens, k); k++) {
                if (isGrammar(tokens, k, COPULA)) {
                    after = k;
                    break;
                }
            }
        }
        if (after >= tokens.size() || !isGrammar(tokens, after, COPULA) || match.from() - from < 1) {
            return false;
        }
        if (tokens.isWord(match.from() - 1, "those")) {
            return true; // "all those detained were later released"
        }
        if (match.from() - from < 2) {
            return false;
        }
        for (int i = match.from() - 2; i >= Math.max(from, match.from() - 3); i--) {
            if (tokens.isWord(i, "the")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the offset stands inside a quoted statement of several words (reported speech). */
    private static boolean insideLongQuote(Facts facts, int offset) {
        int at = offset - facts.sentence().start();
        int[] spans = facts.longQuotes();
        for (int k = 0; k < spans.length; k += 2) {
            if (at >= spans[k] && at < spans[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spans of {@code text} inside a quoted statement of several words, as {@code [start, end)} pairs: the
     * words after its opening mark up to its closing one (or the end of the sentence), and the start of the sentence
     * up to a quotation opened in an earlier sentence.
     */
    static int[] longQuoteSpans(String text) {
        int straight = text.indexOf('"');
        int opening = text.indexOf('“');
        int closing = text.indexOf('”');
        if (straight < 0 && opening < 0 && closing < 0) {
            return NO_SPANS; // most sentences quote no one: ruled out by three fast searches, not a walk
        }
        int[] spans = new int[4];
        int count = 0;
        int close = closingQuoteOfEarlierSentence(text, firstOf(straight, opening, closing));
        if (close >= 0 && hasWords(text, 0, close, LONG_QUOTE_WORDS)) {
            // '"We sat peacefully. Then they charged us with batons," said a student leader.'
            spans = withSpan(spans, count, 0, close);
            count += 2;
        }
        int open = -1;
        // from mark to mark, each found by a search rather than a walk over every character
        for (int i = firstOf(straight, opening, closing); i >= 0; i = firstOf(straight, opening, closing)) {
            char c = text.charAt(i);
            if (c == '“' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                if (hasWords(text, open, i, LONG_QUOTE_WORDS)) {
                    spans = withSpan(spans, count, open + 1, i);
                    count += 2;
                }
                open = -1;
            }
            if (i == straight) {
                straight = text.indexOf('"', i + 1);
            } else if (i == opening) {
                opening = text.indexOf('“', i + 1);
            } else {
                closing = text.indexOf('”', i + 1);
            }
        }
        if (open >= 0 && hasWords(text, open, text.length(), LONG_QUOTE_WORDS)) {
            spans = withSpan(spans, count, open + 1, Integer.MAX_VALUE);
            count += 2;
        }
        return Arrays.copyOf(spans, count);
    }

    /** The least of the positions that are not -1, or -1 when all are. */
    private static int firstOf(int a, int b, int c) {
        int first = a < 0 || (b >= 0 && b < a) ? b : a;
        return first < 0 || (c >= 0 && c < first) ? c : first;
    }

    /** {@code spans} holding {@code count} bounds, with the span {@code [start, end)} added after them. */
    private static int[] withSpan(int[] spans, int count, int start, int end) {
        int[] grown = count + 2 <= spans.length ? spans : Arrays.copyOf(spans, spans.length * 2);
        grown[count] = start;
        grown[count + 1] = end;
        return grown;
    }

    /**
     * Where a quotation opened in an earlier sentence closes in this one, or -1: the sentence's first quotation mark is
     * a closing one (a typographic closing mark, or a straight one after punctuation and before a lowercase word, as in
     * '..., they said," said an organiser'). {@code first} is where the first mark stands, or -1.
     */
    private static int closingQuoteOfEarlierSentence(String text, int first) {
        if (first < 0 || text.charAt(first) == '“') {
            return -1;
        }
        if (text.charAt(first) == '”') {
            return first;
        }
        boolean afterPunctuation = first > 0 && ",.?!".indexOf(text.charAt(first - 1)) >= 0;
        int next = first + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        boolean beforeLowercase = next > first + 1 && next < text.length() && Character.isLowerCase(text.charAt(next));
        return afterPunctuation && beforeLowercase ? first : -1;
    }

    /**
     * Whether {@code text[from, to)} holds at least {@code least} words (runs of letters and digits, the first counted
     * even when it goes on a word before {@code from}): counted only until there are enough.
     */
    private static boolean hasWords(String text, int from, int to, int least) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean letter = c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
            if (letter && !inWord && ++count >= least) {
                return true;
            }
            inWord = letter;
        }
        return false;
    }

    /**
     * The toll a sentence without an event of its own gives, if any: read as the toll of the event of the sentence
     * before it ("... raided villages around Bara. Eleven people were shot dead.").
     */
    @Nullable Casualties eventToll(Facts sentence) {
        return firstEventToll(sentence.figuresAlone());
    }

    /**
     * The last date the sentence before this one in its paragraph gives, if that sentence reports no event of its
     * own: a sentence without a date goes on with the day the paragraph set.
     */
    private @Nullable DateMention lastDateBefore(Situation situation) {
        Facts facts = sentenceBeforeWithoutEvent(situation);
        if (facts == null) {
            return null;
        }
        Sentence before = facts.sentence();
        DateMention last = null;
        for (DateMention date : facts.dates()) {
            if (!date.background() && before.start() + date.end() > situation.datelineEnd()) {
                last = date;
            }
        }
        return last;
    }

    /**
     * Whether the sentence before this one in its paragraph, reporting no event of its own, ends on a date before the
     * news window ("In September 2023, gunmen attacked the police in the village. Three of the attackers were killed
     * in the ensuing gunfight."): a sentence without a date of its own goes on about that earlier event. A running
     * period up to the anchor ("since January") is no such date: the news may follow it.
     */
    private static boolean goesOnAboutThePast(Situation situation) {
        Facts facts = sentenceBeforeWithoutEvent(situation);
        if (facts == null || facts.dates().isEmpty()) {
            return false;
        }
        DateMention last = facts.dates().get(facts.dates().size() - 1);
        return facts.sentence().start() + last.end() > situation.datelineEnd()
                && last.endsBeforeNewsWindow(situation.anchor());
    }

    /** The facts of the sentence before this one in its paragraph, when it reported no event of its own; else null. */
    private static @Nullable Facts sentenceBeforeWithoutEvent(Situation situation) {
        Facts facts = situation.previousInParagraph();
        boolean hadEvent = facts != null && situation.previousEvent() != null
                && situation.previousEvent().sentence().start() == facts.sentence().start();
        return hadEvent ? null : facts;
    }

    /** The first figure that is an event toll, not a cumulative one. */
    private static @Nullable Casualties firstEventToll(List<Casualties> found) {
        for (Casualties toll : found) {
            if (!toll.cumulative() && (toll.killedBest() != null || toll.injured() != null)) {
                return toll;
            }
        }
        return null;
    }

    /**
     * The date of the clause a trigger reports: a date in the words right after it rather than the nearest one before
     * a "that" ("said on Monday that its troops had shelled hideouts over the past seven days": the seven days,
     * not the day of the statement).
     */
    private static @Nullable DateMention ownClauseDate(List<DateMention> found, @Nullable DateMention nearest,
            int triggerStart, int triggerEnd, String text) {
        if (nearest == null || nearest.end() > triggerStart
                || !(" " + text.substring(nearest.end(), triggerStart) + " ").contains(" that ")) {
            return nearest;
        }
        for (DateMention date : found) {
            if (date.start() >= triggerEnd && !CLAUSE_PUNCTUATION.matcher(text.substring(triggerEnd, date.start()))
                    .find()) {
                return date;
            }
        }
        return nearest;
    }

    private static @Nullable DateMention nearest(List<DateMention> found, int offsetInSentence) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention date : found) {
            int distance = Math.min(Math.abs(date.start() - offsetInSentence), Math.abs(date.end() - offsetInSentence));
            if (distance < bestDistance) {
                best = date;
                bestDistance = distance;
            }
        }
        return best;
    }

    // ---- roles ------------------------------------------------------------------------------------

    /** Actor1 and actor2 of an event, canonical. */
    record Roles(@Nullable ActorRef actor1, @Nullable ActorRef actor2) {
    }

    private Roles readRoles(TriggerLexicon.Match trigger, Sentence sentence, Situation situation, int from) {
        ArticleContext context = situation.context();
        Tokens tokens = situation.tokens();
        int triggerStart = tokens.start(trigger.from());
        int triggerEnd = tokens.end(trigger.to() - 1);
        List<ActorMention> actors = withoutSources(context.actorsIn(sentence.start(), sentence.end()), tokens,
                triggerEnd, sentence.end());
        ActorRef left = subject(actors, triggerStart, tokens, trigger.from(), from, situation);
        // the object of an agent's pattern may stand inside it: "engaged * militants", "beat * to death"
        int objectFrom = trigger.rule().roles() == TriggerRule.Roles.AGENT ? tokens.end(trigger.from()) : triggerEnd;
        ActorRef right = firstAfter(actors, objectFrom, context, left);
        boolean passiveForm = trigger.from() > from && isGrammar(tokens, trigger.from() - 1, PASSIVE_AUXILIARY);
        boolean passive = passiveForm && right != null;
        if (passiveForm && right == null && TAKES_PEOPLE.contains(trigger.rule().subEventType())) {
            return new Roles(null, left); // "nine people were arrested": those taken, by no one named
        }
        if (passiveForm && right == null && trigger.rule().roles() == TriggerRule.Roles.AGENT
                && trigger.rule().subEventType().equals(TriggerRule.ATTACK) && left != null && !isUnarmed(left)) {
            // "Four militants were neutralised": armed men killed by no one named fell to whoever fought them
            return new Roles(fighterAgainst(left, situation), left);
        }
        if (isVerbUsedAsNoun(trigger, tokens, from)) {
            // "two officers were killed in an attack by X": the noun's roles, not a verb's subject and object
            return nounRoles(trigger, actors, tokens, from, situation);
        }
        return switch (trigger.rule().roles()) {
            case AGENT -> passive ? new Roles(right, left) : new Roles(left, right);
            case BY -> new Roles(right, left);
            case DEFENDER -> passive ? new Roles(left, right) : new Roles(right, left);
            case WINNER -> new Roles(left, right != null ? right : opponentOf(left, context));
            case LOSER -> loserRoles(left, right, context);
            case FELL -> new Roles(right, opponentOf(right, context));
            case NOUN -> nounRoles(trigger, actors, tokens, from, situation);
        };
    }

    /**
     * Who did what to civilians. Civilians never carry out remote violence: named as its subject
     * ("15 people died when jets bombed"), they are its victims and the perpetrator is the usual one.
     * An attack that names no armed target is one-sided when its victims are civilians: the sentence
     * names civilians ("killed 18 civilians in an attack on ..."), or people were killed in an attack
     * on a village, market or camp ("20 people were killed when fighters attacked the village"), or
     * in a hotel, school or market stormed ("militants stormed a hotel, killing nine"), which is no
     * takeover.
     */
    /**
     * The actor mentions without those that only source the report after the event: "..., municipal police said",
     * "..., according to the army". A source is no party to the event it reports.
     */
    private List<ActorMention> withoutSources(List<ActorMention> actors, Tokens tokens, int triggerEnd,
            int sentenceEnd) {
        List<ActorMention> parties = null;
        for (int m = 0; m < actors.size(); m++) {
            ActorMention mention = actors.get(m);
            if (mention.start() > triggerEnd && isSource(mention, tokens, triggerEnd, sentenceEnd)) {
                if (parties == null) {
                    parties = new ArrayList<>(actors.subList(0, m));
                }
            } else if (parties != null) {
                parties.add(mention);
            }
        }
        return parties == null ? actors : parties;
    }

    private boolean isSource(ActorMention mention, Tokens tokens, int triggerEnd, int sentenceEnd) {
        String text = tokens.text();
        if (text.lastIndexOf(',', mention.start()) < triggerEnd) {
            return false;
        }
        int after = tokens.indexAt(mention.end());
        for (int k = after; k < Math.min(tokens.size(), after + SOURCE_TITLE_WORDS + 1); k++) {
            if (tokens.start(k) >= sentenceEnd || Cues.punctuationBefore(tokens, k)) {
                break;
            }
            if (cues.isReporting(tokens, k)) {
                return true; // "..., municipal police said", "..., the Balkh police commander said"
            }
        }
        int before = tokens.indexAt(mention.start()) - 1;
        if (before > 0 && tokens.isWord(before, "the")) {
            before--;
        }
        return before > 0 && tokens.isWord(before, "to") && tokens.isWord(before - 1, "according");
    }

    private Roles withVictims(Roles roles, TriggerLexicon.Match trigger, Sentence sentence, Situation situation,
            @Nullable Casualties toll) {
        ArticleContext context = situation.context();
        String type = trigger.rule().subEventType();
        if (roles.actor1() != null && roles.actor1().kind() == ActorKind.CIVILIANS && isRemoteViolence(type)) {
            return new Roles(unnamedPerpetrator(type, roles.actor1(), context), roles.actor1());
        }
        if (isRemoteViolence(type) && roles.actor1() != null && roles.actor2() == null) {
            // "14 civilians were killed when a jet bombed a village": the civilians named are its victims
            for (ActorMention mention : context.actorsIn(sentence.start(), sentence.end())) {
                ActorRef actor = context.resolve(mention).orElse(null);
                if (actor != null && actor.kind() == ActorKind.CIVILIANS) {
                    return new Roles(roles.actor1(), actor);
                }
            }
        }
        if (roles.actor1() != null && roles.actor1().kind() == ActorKind.CIVILIANS && roles.actor2() == null
                && type.equals(TriggerRule.ATTACK)) {
            return new Roles(null, roles.actor1()); // "three people were killed": victims, by no one named
        }
        if (roles.actor1() != null && roles.actor1().kind() == ActorKind.CIVILIANS && roles.actor2() != null
                && !isUnarmed(roles.actor2()) && type.equals(TriggerRule.ATTACK)) {
            // "23 civilians were killed in an attack by ADF rebels": civilians are the victims, never the attackers
            return new Roles(roles.actor2(), roles.actor1());
        }
        boolean attack = type.equals(TriggerRule.ATTACK);
        boolean storming = (type.equals(TriggerRule.TERRITORY) || type.equals(TriggerRule.ATTACK))
                && cues.namesCivilianBuilding(situation.tokens(),
                trigger.to(), situation.tokens().indexAt(sentence.end()));
        Tokens words = situation.tokens();
        if (attack && roles.actor1() != null && !isState(roles.actor1()) && !isUnarmed(roles.actor1())
                && (roles.actor2() == null || roles.actor2().kind() == ActorKind.CIVILIANS)
                && cues.namesMilitaryPlace(words, trigger.to(), words.indexAt(sentence.end()))) {
            // "JNIM attacked an army post, killing 34 people": the post's soldiers are the target, or the state's
            // force the sentence says was harmed ("a police officer was killed when gunmen attacked a checkpoint")
            ActorRef harmed = harmedSubject(context.actorsIn(sentence.start(), sentence.end()), words,
                    trigger.from(), context);
            if (harmed != null && isState(harmed)) {
                return new Roles(roles.actor1(), harmed);
            }
            return context.stateForces().map(army -> new Roles(roles.actor1(), army)).orElse(roles);
        }
        if (!attack && !storming || roles.actor1() == null || roles.actor2() != null
                || roles.actor1().kind() == ActorKind.CIVILIANS) {
            return roles;
        }
        for (ActorMention mention : context.actorsIn(sentence.start(), sentence.end())) {
            ActorRef actor = context.resolve(mention).orElse(null);
            if (actor != null && actor.kind() == ActorKind.CIVILIANS) {
                return new Roles(roles.actor1(), actor);
            }
        }
        Tokens tokens = situation.tokens();
        boolean killed = toll != null && toll.killedBest() != null && toll.killedBest() > 0;
        boolean civilianPlace = cues.namesCivilianPlace(tokens, trigger.to(), tokens.indexAt(sentence.end()));
        // a non-state group attacking homes, a village or a market attacks the people there, toll or not
        boolean raid = civilianPlace && trigger.rule().roles() != TriggerRule.Roles.NOUN && !isState(roles.actor1());
        if (raid || killed && (storming || civilianPlace)) {
            return context.civilians().map(civilians -> new Roles(roles.actor1(), civilians)).orElse(roles);
        }
        return roles;
    }

    /**
     * People arrested as members of a named armed group are that group: "arrested three people ... who allegedly
     * belong to the logistics network of the MPCP"; "people accused of supporting the AA" stay civilians.
     */
    private Roles withGroupArrested(Roles roles, TriggerLexicon.Match trigger, Sentence sentence, Tokens tokens,
            ArticleContext context) {
        if (roles.actor2() != null && roles.actor2().kind() != ActorKind.CIVILIANS) {
            return roles;
        }
        int triggerEnd = tokens.end(trigger.to() - 1);
        for (ActorMention mention : context.actorsIn(sentence.start(), sentence.end())) {
            ActorRef actor = context.resolve(mention).orElse(null);
            if (mention.start() > triggerEnd && actor != null && !mention.coreferent() && !actor.needsCountry()
                    && ARMED_GROUPS.contains(actor.kind())
                    && cues.saysMembership(tokens, trigger.to(), tokens.indexAt(mention.start()))) {
                return new Roles(roles.actor1(), actor);
            }
        }
        return roles;
    }

    /** No actor is on both sides of one event: a second reading of the same actor is no target. */
    private static Roles distinct(Roles roles) {
        boolean same = roles.actor1() != null && roles.actor2() != null
                && roles.actor1().name().equals(roles.actor2().name());
        return same ? new Roles(roles.actor1(), null) : roles;
    }

    private static Roles loserRoles(@Nullable ActorRef loser, @Nullable ActorRef right, ArticleContext context) {
        if (loser != null && loser.kind() == ActorKind.CIVILIANS) {
            return new Roles(null, null);
        }
        ActorRef winner = right != null && (loser == null || isState(right) != isState(loser)) ? right
                : opponentOf(loser, context);
        return new Roles(winner, loser);
    }

    /**
     * Roles around a noun trigger, within its clause: an actor after "by" carried it out ("airstrikes
     * carried out by Russian and Syrian aircraft"); for remote violence an actor after a target word is
     * the target and the first actor of the clause before the noun the perpetrator (an air strike with none named is put on
     * the article country's state forces unless they are the target); otherwise the actors in order
     * ("clashes between X and Y"). Allies named together are one side.
     */
    private Roles nounRoles(TriggerLexicon.Match trigger, List<ActorMention> actors, Tokens tokens, int from,
            Situation situation) {
        ArticleContext context = situation.context();
        int clauseStart = tokens.start(cues.subjectSearchStart(tokens, from, trigger.from()));
        int triggerEnd = tokens.end(trigger.to() - 1);
        List<Side> sides = sides(actors, clauseStart, context);
        Side by = null;
        Side before = null;
        Side target = null;
        for (Side side : sides) {
            int at = tokens.indexAt(side.start());
            if (side.start() >= triggerEnd && by == null && (afterBy(tokens, at) || blamedOn(tokens, at))) {
                by = side;
            } else if (side.start() < tokens.start(trigger.from())) {
                before = before == null ? side : before; // the clause's subject, not an actor of a relative clause
            } else if (target == null && side.start() >= triggerEnd && precededByTargetWord(tokens, trigger.to(), at)) {
                target = side;
            }
        }
        boolean remote = isRemoteViolence(trigger.rule().subEventType());
        if (remote && before != null && actsElsewhere(tokens, tokens.indexAt(before.start()), trigger.from())) {
            // "police arrested three suspects over Tuesday's roadside bomb attack that killed four officers"
            Side subject = before;
            sides = sides.stream().filter(side -> side != subject).toList();
            before = null;
        }
        ActorRef harmed = harmedSubject(actors, tokens, trigger.from(), context);
        if (by != null) {
            ActorRef victim = harmed != null && !harmed.name().equals(by.actor().name()) ? harmed
                    : firstOther(sides, by, target);
            return new Roles(by.actor(), victim);
        }
        if (remote) {
            boolean beforeHarmed = before != null && harmed != null && before.actor().name().equals(harmed.name());
            ActorRef perpetrator = before != null && !beforeHarmed ? before.actor() : null;
            ActorRef victim = target != null ? target.actor()
                    : harmed != null ? harmed : firstOther(sides, before, null);
            if (perpetrator == null && startsWithPronoun(tokens, Math.max(from, trigger.from() - 4), trigger.from())) {
                // "AFRICOM said it conducted an airstrike": the pronoun's actor is named before the clause
                perpetrator = lastBefore(actors, clauseStart, context).orElse(situation.previousSubject());
            }
            if (perpetrator == null) {
                perpetrator = unnamedPerpetrator(trigger.rule().subEventType(), victim, context);
            }
            return new Roles(perpetrator, victim);
        }
        if (trigger.rule().subEventType().equals(ARMED_CLASH)) {
            sides = armedOnly(sides); // "14 people were killed in fighting between X and Y": the people are no side
        }
        if (sides.isEmpty()) {
            return new Roles(null, null);
        }
        Side first = sides.get(0);
        return new Roles(first.actor(), firstOther(sides, first, null));
    }

    /**
     * Whether a verb of a peaceful event (arrests, protests, agreements) stands between a subject at token
     * {@code subject} and a noun trigger at {@code noun}: the subject is that verb's ("police arrested suspects over
     * the bombing"), not the noun's perpetrator.
     */
    private boolean actsElsewhere(Tokens tokens, int subject, int noun) {
        for (TriggerLexicon.Match match : lexicon.find(tokens, subject, noun)) {
            String type = match.rule().subEventType();
            boolean peaceful = type.equals(ARRESTS) || type.equals("Agreement") || PROTESTS.contains(type);
            if (peaceful && match.rule().roles() != TriggerRule.Roles.NOUN && !isVerbUsedAsNoun(match, tokens, subject)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor the sentence says was harmed before the trigger: "two rangers were killed ... when a bomb exploded",
     * "two DRG jawans were injured when a pressure IED ... went off". Such a subject is the victim, not the bomber.
     */
    private @Nullable ActorRef harmedSubject(List<ActorMention> actors, Tokens tokens, int trigger,
            ArticleContext context) {
        for (ActorMention mention : actors) {
            int after = tokens.indexAt(mention.end());
            if (after >= trigger) {
                return null;
            }
            if (saysHarmed(tokens, after, trigger)) {
                return context.resolve(mention).orElse(null);
            }
        }
        return null;
    }

    /** "were killed", "was wounded", "died" right after an actor's name (tokens {@code [after, trigger)}). */
    private boolean saysHarmed(Tokens tokens, int after, int trigger) {
        if (cues.isHarm(tokens, after)) {
            return true;
        }
        return after + 1 < trigger && isGrammar(tokens, after, PASSIVE_AUXILIARY) && cues.isHarm(tokens, after + 1);
    }

    /** The sides that can fight a battle: neither civilians nor protesters, unless no other is named. */
    private static List<Side> armedOnly(List<Side> sides) {
        List<Side> armed = sides.stream().filter(side -> !isUnarmed(side.actor())).toList();
        return armed.isEmpty() ? sides : armed;
    }

    /**
     * Who carried out remote violence the text does not attribute: for an air or drone strike, the one
     * foreign state's forces the article names (a Russian drone attack on a Ukrainian city), else the
     * article country's state forces (unless they or their police are the target: a drone that hits a
     * police station is the armed groups'); otherwise the victim's opponent (state forces against armed
     * groups and the reverse).
     */
    private static @Nullable ActorRef unnamedPerpetrator(String subEventType, @Nullable ActorRef victim,
            ArticleContext context) {
        if (subEventType.equals("Air/drone strike") && (victim == null || !isHomeState(victim, context))) {
            return context.onlyForeignStateForces().or(context::stateForces)
                    .filter(state -> victim == null || !state.name().equals(victim.name())).orElse(null);
        }
        if (subEventType.equals("Air/drone strike") && context.onlyForeignStateForces().isPresent()) {
            return context.onlyForeignStateForces().get();
        }
        if (victim == null || victim.kind() == ActorKind.CIVILIANS) {
            return null;
        }
        ActorRef opponent = opponentOf(victim, context);
        return opponent != null && !opponent.name().equals(victim.name()) ? opponent : null;
    }

    /** One side of an event: an actor, or allies named together, as the article country's forces if among them. */
    private record Side(ActorRef actor, int start) {
    }

    private static List<Side> sides(List<ActorMention> actors, int clauseStart, ArticleContext context) {
        List<Side> sides = new ArrayList<>();
        List<ActorRef> group = new ArrayList<>();
        ActorMention previous = null;
        int groupStart = -1;
        for (ActorMention mention : actors) {
            if (mention.start() < clauseStart) {
                continue;
            }
            ActorRef actor = context.resolve(mention).orElse(null);
            if (actor == null) {
                continue;
            }
            if (previous != null && !context.coordinated(previous, mention)) {
                sides.add(new Side(preferHomeStateForces(group, context), groupStart));
                group = new ArrayList<>();
            }
            if (group.isEmpty()) {
                groupStart = mention.start();
            }
            group.add(actor);
            previous = mention;
        }
        if (!group.isEmpty()) {
            sides.add(new Side(preferHomeStateForces(group, context), groupStart));
        }
        return sides;
    }

    private static @Nullable ActorRef firstOther(List<Side> sides, @Nullable Side not, @Nullable Side preferred) {
        if (preferred != null) {
            return preferred.actor();
        }
        for (Side side : sides) {
            if (side != not && (not == null || !side.actor().name().equals(not.actor().name()))) {
                return side.actor();
            }
        }
        return null;
    }

    /** "by X", "by the X": the actor at token {@code at} is the agent of a passive or nominal event. */
    private static boolean afterBy(Tokens tokens, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
            if (tokens.isWord(i, "by")) {
                return true;
            }
            if (!isGrammar(tokens, i, DETERMINER)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "an attack police blamed on al-Shabaab", "police blamed the bombing on Boko Haram", "shells fired from the
     * Pakistani side": the actor at token {@code at} is the one the event is put on or came from, its perpetrator.
     */
    private boolean blamedOn(Tokens tokens, int at) {
        int on = at - 1;
        while (on > 0 && isGrammar(tokens, on, DETERMINER)) {
            on--;
        }
        if (on > 0 && tokens.isWord(on, "from")) {
            return cues.isFiredFrom(tokens, on - 1); // "shells fired from the Pakistani side"
        }
        if (on <= 0 || !tokens.isWord(on, "on")) {
            return false;
        }
        for (int i = on - 1; i >= Math.max(0, on - BLAME_REACH); i--) {
            if (cues.isBlame(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean precededByTargetWord(Tokens tokens, int triggerEnd, int actorToken) {
        for (int i = triggerEnd; i < actorToken; i++) {
            if (cues.isTargetWord(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRemoteViolence(String subEventType) {
        return REMOTE_VIOLENCE.contains(subEventType);
    }

    /** Of several state forces named together ("Russian and Syrian aircraft"), the article country's. */
    private static ActorRef preferHomeStateForces(List<ActorRef> actors, ArticleContext context) {
        ActorRef first = actors.get(0);
        if (!isState(first) || context.country().isEmpty()) {
            return first;
        }
        for (int i = 1; i < actors.size() && isState(actors.get(i)); i++) {
            if (context.country().get().equals(actors.get(i).countryCode())) {
                return actors.get(i);
            }
        }
        return first;
    }

    /**
     * The subject: the first actor of the trigger's clause (after any reporting verb: "X said Y
     * withdrew" has Y as subject), else the actor closest before the trigger ("X said it withdrew"),
     * else for a pronoun the subject of the previous sentence.
     */
    private @Nullable ActorRef subject(List<ActorMention> actors, int triggerStart, Tokens tokens, int trigger,
            int sentenceFrom, Situation situation) {
        int clauseStart = tokens.start(cues.subjectSearchStart(tokens, sentenceFrom, trigger));
        ActorRef firstInClause = null;
        ActorMention first = null;
        ActorRef closest = null;
        for (ActorMention mention : actors) {
            if (mention.start() >= triggerStart) {
                break; // an actor the trigger starts inside ("an Israeli drone targeted") is its agent
            }
            ActorRef resolved = situation.context().resolve(mention).orElse(null);
            if (resolved == null) {
                continue;
            }
            closest = resolved;
            if (firstInClause == null && mention.start() >= clauseStart) {
                firstInClause = resolved;
                first = mention;
            } else if (first != null && firstInClause.kind() == ActorKind.UNIDENTIFIED
                    && identifies(tokens.text(), first, mention)) {
                firstInClause = resolved; // "armed men believed to be separatist fighters abducted"
            }
        }
        if (firstInClause != null && firstInClause.kind() == ActorKind.CIVILIANS && clauseStart > tokens.start(sentenceFrom)
                && trigger > sentenceFrom && tokens.isWord(trigger - 1, "and")) {
            // "gunmen stopped a bus, took the passengers off and shot three": the passengers are the object of the
            // verb before "and"; the coordinated verbs share the subject of the sentence's first clause
            ActorRef shared = armedSubjectBefore(actors, clauseStart, situation.context());
            if (shared != null) {
                return shared;
            }
        }
        if (firstInClause != null) {
            return firstInClause;
        }
        if (startsWithPronoun(tokens, Math.max(sentenceFrom, trigger - 4), trigger)) {
            // "the CTD said it had arrested": the pronoun's actor is named earlier in the sentence, else before it
            return closest != null ? closest : situation.previousSubject();
        }
        return closest;
    }

    /** The first actor before offset {@code clauseStart} of the sentence that is not civilians, or null. */
    private static @Nullable ActorRef armedSubjectBefore(List<ActorMention> actors, int clauseStart,
            ArticleContext context) {
        for (ActorMention mention : actors) {
            if (mention.start() >= clauseStart) {
                break;
            }
            ActorRef resolved = context.resolve(mention).orElse(null);
            if (resolved != null && resolved.kind() != ActorKind.CIVILIANS) {
                return resolved;
            }
        }
        return null;
    }

    /** Whether the text between two mentions says who the first is: "believed to be", "identified as". */
    private static boolean identifies(String text, ActorMention unknown, ActorMention known) {
        if (known.start() < unknown.end()) {
            return false;
        }
        String between = text.substring(unknown.end(), known.start()).strip().toLowerCase(java.util.Locale.ROOT);
        return between.length() <= IDENTIFYING_CHARS && (between.endsWith(" to be") || between.endsWith(" as"));
    }

    private static Optional<ActorRef> lastBefore(List<ActorMention> actors, int offset, ArticleContext context) {
        ActorRef last = null;
        for (ActorMention mention : actors) {
            if (mention.start() >= offset) {
                break;
            }
            last = context.resolve(mention).orElse(last);
        }
        return Optional.ofNullable(last);
    }

    private static boolean startsWithPronoun(Tokens tokens, int from, int trigger) {
        for (int i = from; i < trigger; i++) {
            if (isGrammar(tokens, i, PRONOUN)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable ActorRef firstAfter(List<ActorMention> actors, int triggerEnd, ArticleContext context,
            @Nullable ActorRef notThis) {
        for (ActorMention mention : actors) {
            if (mention.start() >= triggerEnd) {
                ActorRef resolved = context.resolve(mention).orElse(null);
                if (resolved != null && (notThis == null || !resolved.name().equals(notThis.name()))) {
                    return resolved;
                }
            }
        }
        return null;
    }

    /**
     * Who fought armed men the sentence does not say fought them: the actor the sentence before was about, when it is
     * another side ("Soldiers chased the militants. Four militants were neutralised."), else their usual opponent.
     */
    private static @Nullable ActorRef fighterAgainst(ActorRef fallen, Situation situation) {
        ActorRef before = situation.previousSubject();
        if (before != null && !isUnarmed(before) && !before.name().equals(fallen.name())
                && isState(before) != isState(fallen)) {
            return before;
        }
        return opponentOf(fallen, situation.context());
    }

    private static @Nullable ActorRef opponentOf(@Nullable ActorRef actor, ArticleContext context) {
        if (actor == null) {
            return null;
        }
        return context.opponentOf(actor).orElse(null);
    }

    /** Whether the actor is the state forces or police of the article's country. */
    private static boolean isHomeState(ActorRef actor, ArticleContext context) {
        return isState(actor) && actor.countryCode() != null
                && actor.countryCode().equals(context.country().orElse(null));
    }

    private static boolean isState(ActorRef actor) {
        return STATE.contains(actor.kind());
    }

    /** Civilians and protesters take no territory: "residents marched to the town hall" is no capture. */
    private static boolean isUnarmed(ActorRef actor) {
        return actor.kind() == ActorKind.CIVILIANS || actor.kind() == ActorKind.PROTESTERS;
    }

    /**
     * Whether the sentence before, in the same paragraph, reported an attack on civilians: an abduction told after it
     * with no day, place or perpetrator of its own is of the same attack.
     */
    private static boolean continuesAttack(Situation situation, Sentence sentence) {
        Candidate previous = situation.previousEvent();
        return previous != null && previous.subEventType().equals("Attack")
                && situation.previousInParagraph() != null
                && previous.sentence() == situation.previousInParagraph().sentence()
                && follows(previous.sentence(), sentence);
    }

    /** State forces and armed groups: those who take part in no protest. */
    private static boolean isArmed(ActorRef actor) {
        return isState(actor) || ARMED_GROUPS.contains(actor.kind()) || actor.kind() == ActorKind.UNIDENTIFIED
                || actor.kind() == ActorKind.GENERIC_ARMED || actor.kind() == ActorKind.EXTERNAL_FORCES;
    }

    /**
     * A fight of one named group with itself: "rival factions of the Sinaloa Cartel fought" is the cartel against the
     * cartel, and people the sentence says were killed are casualties of that fight, not its target.
     */
    private Roles infighting(Roles roles, TriggerLexicon.Match trigger, Tokens tokens, int from, int to) {
        String type = trigger.rule().subEventType();
        boolean fight = type.equals(ARMED_CLASH) || type.equals(TriggerRule.ATTACK);
        ActorRef group = roles.actor1();
        // a clash noun's other "side" may be its casualties ("factions clashed, leaving 15 people injured")
        boolean noOtherSide = roles.actor2() == null || trigger.rule().roles() == TriggerRule.Roles.NOUN
                && isUnarmed(roles.actor2());
        return fight && noOtherSide && group != null && !group.needsCountry() && !isState(group)
                && !isUnarmed(group) && cues.saysInfighting(tokens, from, to) ? new Roles(group, group) : roles;
    }

    /** A fight between party men (or a party's factions), with no armed group or state force on either side. */
    private static boolean isPartyFight(Roles roles) {
        boolean party = roles.actor1() != null && roles.actor1().kind() == ActorKind.POLITICAL_PARTY
                || roles.actor2() != null && roles.actor2().kind() == ActorKind.POLITICAL_PARTY;
        return party && (roles.actor1() == null || RIOTING.contains(roles.actor1().kind()))
                && (roles.actor2() == null || RIOTING.contains(roles.actor2().kind()));
    }

    /** The sides of a riot as ACLED names them: the rioters of their country (the party is only associated). */
    private static Roles asRioters(Roles roles, ArticleContext context) {
        return new Roles(rioter(roles.actor1(), context), rioter(roles.actor2(), context));
    }

    private static @Nullable ActorRef rioter(@Nullable ActorRef side, ArticleContext context) {
        if (side == null || side.kind() == ActorKind.RIOTERS) {
            return side;
        }
        String country = side.countryCode() != null ? side.countryCode() : context.country().orElse(null);
        return context.riotersOf(country).orElse(side);
    }

    /**
     * People who protest are, as ACLED codes them, protesters: "residents held a sit-in" is by
     * Protesters of their country, and so is a protest whose protesters the sentence does not name.
     */
    private static Roles asProtesters(Roles roles, String subEventType, ArticleContext context) {
        ActorRef actor1 = roles.actor1();
        if (subEventType.equals(PEACEFUL_PROTEST)) {
            // "thousands marched to protest against the Turkish strikes": what a protest is against is no party to it
            ActorRef protesters = actor1 != null && actor1.kind() == ActorKind.CIVILIANS
                    ? context.protestersOf(actor1.countryCode()).orElse(actor1)
                    : actor1 != null && actor1.kind() == ActorKind.PROTESTERS ? actor1
                    : context.protestersOf(context.country().orElse(null)).orElse(actor1);
            return new Roles(protesters, null);
        }
        if (!PROTESTS.contains(subEventType) || actor1 != null && actor1.kind() != ActorKind.CIVILIANS) {
            return roles;
        }
        ActorRef protesters = actor1 != null ? context.protestersOf(actor1.countryCode()).orElse(actor1)
                : context.protestersOf(context.country().orElse(null)).orElse(null);
        return new Roles(protesters, roles.actor2());
    }

    /**
     * The ACLED sub-event type: territory taken by the government of the country where it lies is
     * "Government regains territory"; taken by anyone else (a rebel group, a foreign army) it is
     * "Non-state actor overtakes territory"; a place stormed to kill civilians is an attack.
     */
    private static @Nullable String subEventType(TriggerRule rule, Roles roles, @Nullable String country) {
        if (rule.subEventType().equals(TriggerRule.TERRITORY)) {
            if (roles.actor1() == null) {
                return null;
            }
            if (roles.actor2() != null && roles.actor2().kind() == ActorKind.CIVILIANS) {
                return "Attack";
            }
            boolean government = isState(roles.actor1())
                    && (country == null || roles.actor1().countryCode() == null
                            || country.equals(roles.actor1().countryCode()));
            return government ? "Government regains territory" : "Non-state actor overtakes territory";
        }
        if (rule.subEventType().equals(TriggerRule.ATTACK)) {
            if (roles.actor1() == null && rule.roles() != TriggerRule.Roles.NOUN) {
                return null;
            }
            if (roles.actor1() != null && roles.actor1().kind() == ActorKind.RIOTERS) {
                return MOB_VIOLENCE; // "a mob beat a man to death"
            }
            boolean civilianTarget = roles.actor2() != null && roles.actor2().kind() == ActorKind.CIVILIANS;
            return civilianTarget ? "Attack" : "Armed clash";
        }
        return rule.subEventType();
    }

    // ---- place ------------------------------------------------------------------------------------

    /** A chosen place and how it was found. */
    record PlaceChoice(PlaceMention mention, GeoPrecision precision, boolean inSentence) {
    }

    /**
     * Where the event happened: a place named in the sentence; else the capital, when the sentence says "in the
     * capital" and the article names it; else a town or facility named in the previous sentence ("this front", "the
     * town"); else the article's most-named place.
     */
    private static @Nullable PlaceChoice choosePlace(List<PlaceMention> places, int triggerStart, String subEventType,
            Situation situation, @Nullable String eventCountry, String sentenceText) {
        ArticleContext context = situation.context();
        PlaceMention inSentence = bestPlace(places, triggerStart, false, situation.tokens().text());
        if (inSentence != null) {
            return refineRegion(new PlaceChoice(inSentence, inSentence.precision(), true), subEventType, context);
        }
        String country = eventCountry != null ? eventCountry : context.country().orElse(null);
        // the pattern is tried only where it can match: a regex scan from every position costs microseconds
        PlaceMention capital = sentenceText.contains(" capital") && THE_CAPITAL.matcher(sentenceText).find()
                ? context.namedCapital(country).orElse(null) : null;
        if (capital != null) {
            return new PlaceChoice(capital, GeoPrecision.NEAR, true); // "in the capital": the capital the article names
        }
        PlaceMention previousPoint = bestPlace(situation.previousSentencePlaces(), Integer.MAX_VALUE, true, null);
        if (previousPoint != null && inCountry(previousPoint, eventCountry)) {
            return new PlaceChoice(previousPoint, previousPoint.precision(), false);
        }
        PlaceMention main = context.mainPlace().filter(p -> inCountry(p, eventCountry)).orElse(null);
        if (main != null) {
            return new PlaceChoice(main, GeoPrecision.NEAR, false);
        }
        String text = situation.tokens().text();
        PlaceMention named = namedCountry(places, text);
        return named == null ? null : new PlaceChoice(named, GeoPrecision.COUNTRY, true);
    }

    private static boolean inCountry(PlaceMention place, @Nullable String country) {
        return country == null || country.equals(place.place().countryCode());
    }

    /** A noun trigger placed only in a province or region, with no toll or date, is too vague to code. */
    private static boolean isRegionOnly(PlaceChoice place) {
        PlaceKind kind = place.mention().place().kind();
        return kind == PlaceKind.ADMIN1 || kind == PlaceKind.REGION;
    }

    /**
     * The nearest place named after the trigger; else the closest point before it, else the closest
     * region before it. Countries are not places of events here.
     */
    /** Whether a place is named only to say where another is: "45 km west of Tripoli", "north of the capital". */
    private static boolean isLandmark(PlaceMention place, String text) {
        String before = text.substring(Math.max(0, place.start() - LANDMARK_CHARS), place.start())
                .toLowerCase(java.util.Locale.ROOT);
        return LANDMARK.matcher(before).find();
    }

    /** A country named to say where a border runs: "near the borders with Niger and Burkina Faso". */
    private static boolean isBorderLandmark(PlaceMention place, String text) {
        String before = text.substring(Math.max(0, place.start() - BORDER_CHARS), place.start())
                .toLowerCase(java.util.Locale.ROOT);
        return BORDER.matcher(before).find();
    }

    /** The place a region qualifies right after it ("the northern West Bank town of Tammun"), if any. */
    private static Optional<PlaceMention> pointInRegion(List<PlaceMention> places, PlaceMention region, String text) {
        for (PlaceMention place : places) {
            if (place.start() >= region.end()) {
                boolean point = POINTS.contains(place.place().kind());
                String between = text.substring(region.end(), place.start()).strip();
                return point && (between.equals("of") || between.equals("of the")) ? Optional.of(place)
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static @Nullable PlaceMention bestPlace(List<PlaceMention> places, int triggerStart, boolean pointsOnly,
            @Nullable String text) {
        PlaceMention pointBefore = null;
        PlaceMention regionBefore = null;
        for (PlaceMention place : places) {
            PlaceKind kind = place.place().kind();
            boolean point = POINTS.contains(kind) || kind == PlaceKind.ROAD;
            if (kind == PlaceKind.COUNTRY || (pointsOnly && !point)) {
                continue;
            }
            if (place.start() >= triggerStart) {
                return point || text == null ? place : pointInRegion(places, place, text).orElse(place);
            }
            if (point) {
                if (pointBefore == null || text == null || !isLandmark(place, text)) {
                    pointBefore = place; // "in Zawiya, some 45 km west of Tripoli": Zawiya
                }
            } else {
                regionBefore = place;
            }
        }
        return pointBefore != null ? pointBefore : regionBefore;
    }

    /**
     * A region or province named alone becomes the one place the article names inside it, if just
     * one; a territorial event in a province becomes the article's main place when that lies inside it
     * (a town taken is usually named elsewhere in the article).
     */
    private static PlaceChoice refineRegion(PlaceChoice choice, String subEventType, ArticleContext context) {
        PlaceMention mention = choice.mention();
        PlaceKind kind = mention.place().kind();
        String admin1 = mention.place().admin1();
        if ((kind != PlaceKind.ADMIN1 && kind != PlaceKind.REGION) || admin1 == null) {
            return choice;
        }
        String country = mention.place().countryCode();
        List<PlaceMention> inside = context.pointsIn(country, admin1);
        if (inside.size() == 1) {
            return new PlaceChoice(inside.get(0), GeoPrecision.NEAR, choice.inSentence());
        }
        PlaceMention main = context.mainPlace().orElse(null);
        if (subEventType.endsWith("territory") && main != null && country.equals(main.place().countryCode())
                && admin1.equals(main.place().admin1())) {
            return new PlaceChoice(main, GeoPrecision.NEAR, choice.inSentence());
        }
        return choice;
    }
}
