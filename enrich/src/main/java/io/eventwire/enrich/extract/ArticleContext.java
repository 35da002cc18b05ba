package io.eventwire.enrich.extract;

import io.eventwire.enrich.actors.ActorDictionary;
import io.eventwire.enrich.actors.ActorKind;
import io.eventwire.enrich.actors.ActorMention;
import io.eventwire.enrich.actors.ActorRef;
import io.eventwire.enrich.geo.Place;
import io.eventwire.enrich.geo.PlaceKind;
import io.eventwire.enrich.geo.PlaceMention;
import io.eventwire.enrich.text.SentenceSplitter;
import io.eventwire.enrich.text.TextSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the whole article says that single sentences lean on: its places and actors with offsets, the
 * country it is about, its most-named armed group and its most-named place. Immutable but for a cache of the
 * same article seen from other countries and of the last sentence asked about; used by one thread, one article at a
 * time.
 */
final class ArticleContext {

    /**
     * The kinds of group "the militants" may stand for, and an unclaimed attack be laid to. Not external forces:
     * peacekeeping and multinational missions are named as bystanders or responders far more often than as attackers.
     */
    private static final Set<ActorKind> NAMED_ARMED = EnumSet.of(ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA,
            ActorKind.IDENTITY_MILITIA);
    private static final Set<PlaceKind> POINTS = EnumSet.of(PlaceKind.POPULATED_PLACE, PlaceKind.FACILITY,
            PlaceKind.CAMP, PlaceKind.CROSSING);

    private final String text;
    private final List<PlaceMention> places;
    private final List<ActorMention> actors;
    /** The starts of {@link #places} and {@link #actors} for {@link #within}; null when they are not in text order. */
    private final int @Nullable [] placeStarts;
    private final int @Nullable [] actorStarts;
    private final @Nullable String country;
    private final @Nullable String countryName;
    private final @Nullable ActorRef salientGroup;
    /** The next most-named armed group, the referent of "the militias" in a sentence that names the first. */
    private final @Nullable ActorRef otherGroup;
    private final @Nullable PlaceMention mainPlace;
    private final ActorDictionary dictionary;
    /** The article seen from each other country an event of it happened in ({@link #inCountry}), made once each. */
    private final Map<String, ArticleContext> fromCountries = new HashMap<>(4);

    private ArticleContext(String text, List<PlaceMention> places, List<ActorMention> actors,
            ActorDictionary dictionary) {
        this.text = text;
        this.places = places;
        this.actors = actors;
        this.placeStarts = startsIfSorted(places);
        this.actorStarts = startsIfSorted(actors);
        this.dictionary = dictionary;
        this.country = dominantCountry(places, actors);
        this.countryName = country == null ? null : dictionary.countryName(country).orElse(null);
        this.salientGroup = mostNamed(actors, country, null);
        this.otherGroup = otherGroup(actors, country, salientGroup);
        this.mainPlace = mostNamedPoint(places);
    }

    private ArticleContext(ArticleContext article, String country, @Nullable String countryName) {
        this.text = article.text;
        this.places = article.places;
        this.actors = article.actors;
        this.placeStarts = article.placeStarts;
        this.actorStarts = article.actorStarts;
        this.dictionary = article.dictionary;
        this.country = country;
        this.countryName = countryName;
        this.salientGroup = mostNamed(article.actors, country, null);
        this.otherGroup = otherGroup(article.actors, country, salientGroup);
        this.mainPlace = article.mainPlace != null && country.equals(article.mainPlace.place().countryCode())
                ? article.mainPlace : null;
    }

    private static final int MAX_SIDE_GAP = 40;
    private static final ActorRef CIVILIANS = generic("Civilians ({country})", ActorKind.CIVILIANS);
    private static final ActorRef PROTESTERS = generic("Protesters ({country})", ActorKind.PROTESTERS);
    private static final ActorRef POLICE = generic("Police Forces of {country}", ActorKind.POLICE);
    private static final ActorRef RIOTERS = generic("Rioters ({country})", ActorKind.RIOTERS);
    private static final ActorRef UNIDENTIFIED_ARMED_GROUP = generic("Unidentified Armed Group ({country})",
            ActorKind.UNIDENTIFIED);
    private static final ActorRef STATE_FORCES = new ActorRef("Military Forces of {country}", 1, null,
            ActorKind.STATE_FORCES);
    private static final ActorRef REBELS = new ActorRef("Rebel Groups ({country})", 2, null, ActorKind.REBEL_GROUP);
    private static final List<String> OF_PART = List.of("of", "of the", "from", "from the");
    /** Words between two actors on one side: "police backed by the Kenyan-led mission". */
    private static final List<String> ALLY_LINKS = List.of("backed by", "supported by", "alongside", "together with");
    private static final List<String> HEAD_NOUNS = List.of("forces", "troops", "soldiers", "fighters", "units");
    /** {@link #ALLY_LINKS} and {@link #HEAD_NOUNS} each with a space after it, made once, not for every pair asked. */
    private static final List<String> ALLY_LINKS_THEN_WORD = followedBySpace(ALLY_LINKS);
    private static final List<String> HEAD_NOUNS_THEN_WORD = followedBySpace(HEAD_NOUNS);
    /** Words for a state's forces that name no country or side: the forces of the country named before them. */
    private static final Set<String> BARE_FORCES = Set.of("troops", "soldiers", "soldier", "forces", "the army",
            "the military", "army troops", "army soldiers", "servicemen", "police", "policemen", "police officers");

    /**
     * The same article seen from an event in {@code countryCode}: generic actors ("civilians", "government
     * forces", "rebels") of that event belong to the country where it happened, which need not be the
     * country the article is mostly about.
     */
    ArticleContext inCountry(@Nullable String countryCode) {
        if (countryCode == null || countryCode.equals(country)) {
            return this;
        }
        ArticleContext seen = fromCountries.get(countryCode);
        if (seen == null) {
            String name = dictionary.countryName(countryCode).orElse(null);
            seen = name == null ? this : new ArticleContext(this, countryCode, name);
            fromCountries.put(countryCode, seen);
        }
        return seen;
    }

    static ArticleContext of(String text, List<PlaceMention> places, List<ActorMention> actors,
            ActorDictionary dictionary) {
        return new ArticleContext(text, List.copyOf(places), withBareForcesNamed(text, withPossessedGenericsNamed(text,
                withoutGenericHeads(text, actors)), dictionary), dictionary);
    }

    /**
     * Generic mentions after a possessive stand for the actor named just before them in the sentence: in "Hezbollah
     * said its fighters had fired", the fighters are Hezbollah.
     */
    private static List<ActorMention> withPossessedGenericsNamed(String text, List<ActorMention> actors) {
        List<ActorMention> named = new ArrayList<>(actors.size());
        ActorMention owner = null;
        for (ActorMention mention : actors) {
            boolean generic = isGeneric(mention.actor()); // asked once: it searches the actor's name
            if (owner != null && generic && afterPossessive(text, mention.start())
                    && SentenceSplitter.sameSentence(text, owner.end(), mention.start())) {
                named.add(new ActorMention(mention.start(), mention.end(), mention.surface(), owner.actor(), false,
                        mention.confidence()));
                continue;
            }
            if (!generic) {
                owner = mention;
            }
            named.add(mention);
        }
        return named; // read by withBareForcesNamed only
    }

    /**
     * Bare words for troops ("troops", "soldiers") stand for the state forces of the country the sentence named before
     * them: in "the Turkish army said troops killed five militants near Afrin", the troops are Turkey's, whatever
     * country the article is about.
     */
    private static List<ActorMention> withBareForcesNamed(String text, List<ActorMention> actors,
            ActorDictionary dictionary) {
        List<ActorMention> named = new ArrayList<>(actors.size());
        ActorMention forces = null;
        for (ActorMention mention : actors) {
            ActorRef actor = mention.actor();
            // the cheap tests first; the country's name last, only for bare forces that follow named ones
            if (forces != null && actor.kind() == forces.actor().kind() && actor.needsCountry()
                    && BARE_FORCES.contains(mention.surface().toLowerCase(Locale.ROOT))
                    && SentenceSplitter.sameSentence(text, forces.end(), mention.start())) {
                String country = forces.actor().countryCode();
                String countryName = country == null ? null : dictionary.countryName(country).orElse(null);
                if (countryName != null) {
                    named.add(new ActorMention(mention.start(), mention.end(), mention.surface(),
                            actor.withCountry(country, countryName), false, mention.confidence()));
                    continue;
                }
            }
            boolean stateForces = actor.kind() == ActorKind.STATE_FORCES || actor.kind() == ActorKind.POLICE;
            if (stateForces && !actor.needsCountry() && actor.countryCode() != null) {
                forces = mention;
            }
            named.add(mention);
        }
        return List.copyOf(named);
    }

    private static boolean afterPossessive(String text, int start) {
        return endsWithWord(text, start, " its ") || endsWithWord(text, start, " their ");
    }

    /**
     * Whether {@code text} before {@code end} ends with {@code word} (spaces and lower-case ASCII letters) in any case:
     * as the lower-cased text would, without lower-casing it. Only an ASCII letter lower-cases to one in a text (the
     * dotted capital I lower-cases to two chars), so each char is the letter or its capital.
     */
    private static boolean endsWithWord(String text, int end, String word) {
        int from = end - word.length();
        if (from < 0) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(from + k);
            char w = word.charAt(k);
            if (c != w && (w == ' ' || c != w - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The actor mentions without generic words that only introduce a named actor: "warplanes of the Saudi-led
     * coalition", "gangs from the Viv Ansanm coalition" and "fighters of the PMF" are the named actor.
     */
    private static List<ActorMention> withoutGenericHeads(String text, List<ActorMention> actors) {
        List<ActorMention> kept = new ArrayList<>(actors.size());
        for (int i = 0; i < actors.size(); i++) {
            ActorMention mention = actors.get(i);
            ActorMention next = i + 1 < actors.size() ? actors.get(i + 1) : null;
            if (next == null || !isGeneric(mention.actor()) || isGeneric(next.actor())
                    || next.actor().kind() == ActorKind.CIVILIANS || next.start() < mention.end()
                    || !joinedByOfPart(text, mention, next)) {
                kept.add(mention);
            }
        }
        return kept; // read by withPossessedGenericsNamed only
    }

    /**
     * Whether the text between two mentions, trimmed and lowercased, is one of {@link #OF_PART}: the trimmed text is
     * as long as the phrase and each char the phrase's or its capital ({@link #endsWithWord}).
     */
    private static boolean joinedByOfPart(String text, ActorMention first, ActorMention second) {
        int start = first.end();
        int end = second.start();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (int k = 0; k < OF_PART.size(); k++) {
            String phrase = OF_PART.get(k);
            if (end - start == phrase.length() && endsWithWord(text, end, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGeneric(ActorRef actor) {
        return actor.needsCountry() || actor.kind() == ActorKind.UNIDENTIFIED
                || actor.kind() == ActorKind.GENERIC_ARMED;
    }

    /**
     * Whether two actor mentions are named together as one side: "Russian and Syrian aircraft", "police backed by the
     * mission".
     */
    boolean coordinated(ActorMention first, ActorMention second) {
        if (second.start() < first.end()) {
            return false;
        }
        if (afterBetween(first.start())) {
            return false; // "clashes between the ELN and FARC dissidents": two sides, not allies
        }
        if (areRivalCommunities(first, second)) {
            return false; // "Kuki and Meitei militants exchanged fire": the two sides of a communal feud
        }
        String between = text.substring(first.end(), second.start()).strip(); // only now: it may be long
        return between.isEmpty() || between.equals("and") || between.equals(",") || between.equals("&")
                || between.equals(", and") || isAllyLink(between.toLowerCase(Locale.ROOT));
    }

    /** Two different identity militias (ethnic, clan, communal) named together are rival communities, not allies. */
    private static boolean areRivalCommunities(ActorMention first, ActorMention second) {
        return first.actor().kind() == ActorKind.IDENTITY_MILITIA && second.actor().kind() == ActorKind.IDENTITY_MILITIA
                && !first.actor().name().equals(second.actor().name());
    }

    /** Whether "between" (or "between the") stands right before the text offset {@code start}. */
    private boolean afterBetween(int start) {
        int from = Math.max(0, start - 12);
        if (!hasLetterB(from, start)) {
            return false; // mostly so, and no substring then: only "b" and "B" lower-case to a "b"
        }
        String before = text.substring(from, start).strip().toLowerCase(Locale.ROOT);
        return before.endsWith("between") || before.endsWith("between the");
    }

    private boolean hasLetterB(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == 'b' || c == 'B') {
                return true;
            }
        }
        return false;
    }

    /** "backed by the", "backed by the Kenyan-led": words that put the next actor on the same side. */
    private static boolean isAllyLink(String between) {
        String link = withoutHeadNoun(between);
        if (link.indexOf(',') >= 0) {
            return false;
        }
        for (int k = 0; k < ALLY_LINKS.size(); k++) {
            if (link.equals(ALLY_LINKS.get(k)) || link.startsWith(ALLY_LINKS_THEN_WORD.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> followedBySpace(List<String> words) {
        return words.stream().map(word -> word + " ").toList();
    }

    /**
     * The words after an actor's name without a closing bracket and a head noun the name qualifies:
     * "(SNA) forces backed by" links as "backed by" does.
     */
    private static String withoutHeadNoun(String between) {
        String rest = between.startsWith(")") ? between.substring(1).strip() : between;
        for (String head : HEAD_NOUNS_THEN_WORD) {
            if (rest.startsWith(head)) {
                return rest.substring(head.length());
            }
        }
        return rest;
    }

    /** ISO2 code of the country the article is mostly about, when one stands out. */
    Optional<String> country() {
        return Optional.ofNullable(country);
    }

    /**
     * Places named in {@code [start, end)} of the text, in order (read only). Each sentence is asked about more than
     * once (by the reader, then by the extractor), so the last answer is kept.
     */
    List<PlaceMention> placesIn(int start, int end) {
        if (start != placesStart || end != placesEnd || placesThere == null) {
            placesThere = Collections.unmodifiableList(within(places, placeStarts, start, end));
            placesStart = start;
            placesEnd = end;
        }
        return placesThere;
    }

    /**
     * Actors named in {@code [start, end)} of the text, in order (read only). A sentence is asked about up to six
     * times while it is read (subject, sides, victims, the next sentence's subject), so the last answer is kept.
     */
    List<ActorMention> actorsIn(int start, int end) {
        if (start != actorsStart || end != actorsEnd || actorsThere == null) {
            actorsThere = Collections.unmodifiableList(within(actors, actorStarts, start, end));
            actorsStart = start;
            actorsEnd = end;
        }
        return actorsThere;
    }

    // the last answers of placesIn and actorsIn: an article is read by one thread, one sentence after another
    private int placesStart;
    private int placesEnd;
    private @Nullable List<PlaceMention> placesThere;
    private int actorsStart;
    private int actorsEnd;
    private @Nullable List<ActorMention> actorsThere;

    /**
     * The mentions of {@code all} that lie in {@code [start, end)}, in order. Every sentence asks this, so when the
     * mentions are sorted by start (as the finders give them; {@code starts} then holds their starts, else it is
     * null) the walk starts at the first one at or after {@code start}, found by bisection, and stops at the first
     * one at or after {@code end}. The bisection reads the array of starts, not the mentions, which lie anywhere in
     * the heap: a cache miss per step.
     */
    static <M extends TextSpan> List<M> within(List<M> all, int @Nullable [] starts, int start, int end) {
        int from = 0;
        if (starts != null) {
            int high = starts.length;
            while (from < high) {
                int middle = (from + high) >>> 1;
                if (starts[middle] < start) {
                    from = middle + 1;
                } else {
                    high = middle;
                }
            }
        }
        List<M> in = List.of();
        for (int i = from; i < all.size(); i++) {
            if (starts != null && starts[i] >= end) {
                break;
            }
            M mention = all.get(i);
            if (mention.start() >= start && mention.end() <= end) {
                in = in.isEmpty() ? new ArrayList<>(4) : in;
                in.add(mention);
            }
        }
        return in;
    }

    static boolean sortedByStart(List<? extends TextSpan> mentions) {
        return startsIfSorted(mentions) != null;
    }

    /** The starts of {@code mentions} in their order, or null when they are not sorted by start. */
    static int @Nullable [] startsIfSorted(List<? extends TextSpan> mentions) {
        int[] starts = new int[mentions.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = mentions.get(i).start();
            if (i > 0 && starts[i] < starts[i - 1]) {
                return null;
            }
        }
        return starts;
    }

    /** The article's most-named populated place or facility. */
    Optional<PlaceMention> mainPlace() {
        return Optional.ofNullable(mainPlace);
    }

    /**
     * The capital of a country (ISO2) as the article names it somewhere ("a hospital in Kathmandu"), the place
     * of "in the capital"; empty when the article names no capital of that country.
     */
    Optional<PlaceMention> namedCapital(@Nullable String countryCode) {
        if (countryCode == null) {
            return Optional.empty();
        }
        for (PlaceMention place : places) {
            if (place.place().kind() == PlaceKind.POPULATED_PLACE && countryCode.equals(place.place().countryCode())
                    && dictionary.countryOfWord(place.place().name()).filter(countryCode::equals).isPresent()) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /** Points named in the article that lie in {@code admin1} of {@code countryCode}. */
    List<PlaceMention> pointsIn(String countryCode, String admin1) {
        List<PlaceMention> in = new ArrayList<>();
        for (PlaceMention place : places) {
            if (POINTS.contains(place.place().kind()) && countryCode.equals(place.place().countryCode())
                    && admin1.equals(place.place().admin1()) && !containsSamePlace(in, place)) {
                in.add(place);
            }
        }
        return in;
    }

    private static boolean containsSamePlace(List<PlaceMention> places, PlaceMention place) {
        for (PlaceMention other : places) {
            if (samePlace(other, place)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code generic} with this article's country filled in (both known). Sentences ask for the same few generic
     * actors again and again ("civilians", "the militants"), and filling one in makes a new name, so the answers are
     * kept by the actor asked about (equal actors are filled in alike).
     */
    private ActorRef filled(ActorRef generic) {
        for (int k = 0; k < filledCount; k++) {
            if (filledFrom[k] == generic || sameActor(filledFrom[k], generic)) {
                return filledTo[k];
            }
        }
        ActorRef actor = generic.withCountry(country, countryName);
        if (filledCount < filledFrom.length) {
            filledFrom[filledCount] = generic;
            filledTo[filledCount] = actor;
            filledCount++;
        }
        return actor;
    }

    /** {@code a.equals(b)} field by field, cheap tests first: the record's own equals took half this cache's time. */
    private static boolean sameActor(ActorRef a, ActorRef b) {
        return a.kind() == b.kind() && a.interCode() == b.interCode() && a.name().equals(b.name())
                && Objects.equals(a.countryCode(), b.countryCode());
    }

    private final ActorRef[] filledFrom = new ActorRef[16];
    private final ActorRef[] filledTo = new ActorRef[16];
    private int filledCount;

    /**
     * The canonical actor of a mention: a word such as "the jihadists" is the article's most-named
     * armed group (or its country's rebels), and a placeholder such as "Rebel Groups ({country})"
     * gets the article's country. Empty when a placeholder has no country to fill it.
     */
    Optional<ActorRef> resolve(ActorMention mention) {
        for (int k = 0; k < RESOLVED_KEPT; k++) {
            if (resolvedFrom[k] == mention) {
                return resolvedTo[k];
            }
        }
        Optional<ActorRef> resolved = resolveAnew(mention);
        resolvedFrom[resolvedNext] = mention;
        resolvedTo[resolvedNext] = resolved;
        resolvedNext = (resolvedNext + 1) % RESOLVED_KEPT;
        return resolved;
    }

    /**
     * The last mentions {@link #resolve}d and their actors, by the very mention object: a sentence's reader asks
     * about the same few mentions several times (subject, sides, victims, the next sentence's subject), and the answer
     * depends only on the mention and the article.
     */
    private static final int RESOLVED_KEPT = 8;
    private final ActorMention[] resolvedFrom = new ActorMention[RESOLVED_KEPT];
    @SuppressWarnings("unchecked")
    private final Optional<ActorRef>[] resolvedTo = new Optional[RESOLVED_KEPT];
    private int resolvedNext;

    private Optional<ActorRef> resolveAnew(ActorMention mention) {
        ActorRef actor = mention.actor();
        if (mention.coreferent()) {
            actor = salientGroup == null ? unnamedGroup(mention)
                    : !namedAlongside(salientGroup, mention) ? salientGroup
                    : otherGroup != null ? otherGroup : unnamedGroup(mention);
        }
        if (actor.needsCountry()) {
            if (country == null || countryName == null) {
                return Optional.empty();
            }
            return Optional.of(filled(actor));
        }
        return Optional.of(actor);
    }

    /** The state forces of the article's country, the usual opponent of a non-state actor. */
    Optional<ActorRef> stateForces() {
        return ofArticleCountry(STATE_FORCES);
    }

    /**
     * The state forces of the one foreign country whose forces the article names, when there is exactly one: in an
     * article about Russian strikes on Ukrainian cities, an unattributed drone attack there is Russia's.
     */
    Optional<ActorRef> onlyForeignStateForces() {
        ActorRef only = null;
        for (ActorMention mention : actors) {
            ActorRef actor = mention.actor();
            if (actor.kind() != ActorKind.STATE_FORCES || actor.needsCountry() || actor.countryCode() == null
                    || actor.countryCode().equals(country)) {
                continue;
            }
            if (only != null && !only.name().equals(actor.name())) {
                return Optional.empty();
            }
            only = actor;
        }
        return Optional.ofNullable(only);
    }

    /** The civilians of the article's country, the victims of one-sided violence there. */
    Optional<ActorRef> civilians() {
        return ofArticleCountry(CIVILIANS);
    }

    /** The unidentified armed group of a country (ISO2; empty when null or unknown): an unknown perpetrator. */
    Optional<ActorRef> unidentifiedArmedGroupOf(@Nullable String countryCode) {
        return ofCountry(UNIDENTIFIED_ARMED_GROUP, countryCode);
    }

    /** The civilians of a country (ISO2; empty when null or unknown). */
    Optional<ActorRef> civiliansOf(@Nullable String countryCode) {
        return ofCountry(CIVILIANS, countryCode);
    }

    /** The protesters of a country (ISO2; empty when null or unknown). */
    Optional<ActorRef> protestersOf(@Nullable String countryCode) {
        return ofCountry(PROTESTERS, countryCode);
    }

    /** The rioters of a country (ISO2; empty when null or unknown). */
    Optional<ActorRef> riotersOf(@Nullable String countryCode) {
        return ofCountry(RIOTERS, countryCode);
    }

    /** The police of a country (ISO2; empty when null or unknown). */
    Optional<ActorRef> policeOf(@Nullable String countryCode) {
        return ofCountry(POLICE, countryCode);
    }

    /** A generic actor with a country (ISO2) filled in; empty when the code is null or unknown. */
    private Optional<ActorRef> ofCountry(ActorRef generic, @Nullable String countryCode) {
        return Optional.ofNullable(countryCode).flatMap(dictionary::countryName)
                .map(name -> generic.withCountry(countryCode, name));
    }

    /**
     * The usual opponent of an actor: against state forces or police the most-named armed group (else an unidentified
     * armed group of the country), against anyone else the state forces of the article's country.
     */
    Optional<ActorRef> opponentOf(ActorRef actor) {
        boolean state = actor.kind() == ActorKind.STATE_FORCES || actor.kind() == ActorKind.POLICE;
        return (state ? armedOpposition() : stateForces()).filter(opponent -> !opponent.name().equals(actor.name()));
    }

    /**
     * The most-named armed non-state group, else an unidentified armed group of the article's country: an article
     * that names no group says nothing of who attacked (ACLED codes an unnamed perpetrator so, not as rebels).
     */
    Optional<ActorRef> armedOpposition() {
        return salientGroup != null ? Optional.of(salientGroup) : ofArticleCountry(UNIDENTIFIED_ARMED_GROUP);
    }

    /** A generic actor with the article's country filled in; empty when the country is unknown. */
    private Optional<ActorRef> ofArticleCountry(ActorRef generic) {
        return country == null || countryName == null ? Optional.empty() : Optional.of(filled(generic));
    }

    private static ActorRef generic(String name, ActorKind kind) {
        return new ActorRef(name, kind.interCode(), null, kind);
    }

    /**
     * What words for the dominant group stand for when the article names no group: the country's rebels, but words
     * that name no side ("terrorists", their dictionary entry says so) an unidentified armed group.
     */
    private static ActorRef unnamedGroup(ActorMention mention) {
        return mention.actor().name().equals(UNIDENTIFIED_ARMED_GROUP.name()) ? UNIDENTIFIED_ARMED_GROUP
                : genericRebels();
    }

    private static ActorRef genericRebels() {
        return REBELS;
    }

    private static boolean samePlace(PlaceMention a, PlaceMention b) {
        return a.place().name().equals(b.place().name()) && a.place().countryCode().equals(b.place().countryCode());
    }

    private static @Nullable String dominantCountry(List<PlaceMention> places, List<ActorMention> actors) {
        Tally<Object> votes = new Tally<>();
        for (PlaceMention place : places) {
            int weight = place.place().kind() == PlaceKind.COUNTRY ? 1 : 2;
            votes.add(place.place().countryCode(), weight, null);
        }
        for (ActorMention actor : actors) {
            if (actor.actor().countryCode() != null && actor.actor().kind() == ActorKind.STATE_FORCES) {
                votes.add(actor.actor().countryCode(), 1, null);
            }
        }
        return votes.most();
    }

    /**
     * Whether {@code mention} is the other side of a fight with {@code group}: "fighting between the M23 and
     * pro-government militiamen" names two sides, so the militiamen are not the M23.
     */
    private boolean namedAlongside(ActorRef group, ActorMention mention) {
        for (ActorMention other : actors) {
            if (!other.coreferent() && other.actor().name().equals(group.name()) && other.end() <= mention.start()
                    && afterBetween(other.start()) && joinedByAnd(text.substring(other.end(), mention.start()))) {
                return true;
            }
        }
        return false;
    }

    /** " armed group and pro-government ": the words joining two sides after "between". */
    private static boolean joinedByAnd(String between) {
        String words = " " + between.strip().toLowerCase(Locale.ROOT) + " ";
        return between.length() <= MAX_SIDE_GAP && words.contains(" and ") && words.indexOf(',') < 0
                && words.indexOf('.') < 0;
    }

    /**
     * The most-named armed group of {@code country} (or of no country) other than {@code except}, the referent of
     * "the militants". When the article names no group of the country itself, a foreign group named more often than
     * any other is the referent: in a story set in Niger that names Nigeria's Boko Haram twice and the Islamic State
     * once, "the militants" are Boko Haram.
     */
    private static @Nullable ActorRef mostNamed(List<ActorMention> actors, @Nullable String country,
            @Nullable ActorRef except) {
        Tally<ActorRef> counts = new Tally<>();
        for (ActorMention mention : actors) {
            ActorRef actor = mention.actor();
            // the kind before the name: whether a name needs a country is a search of the name
            if (!mention.coreferent() && NAMED_ARMED.contains(actor.kind()) && !actor.needsCountry()
                    && (except == null || !except.name().equals(actor.name()))) {
                counts.add(actor.name(), 1, actor);
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        String local = counts.most(actor -> isLocal(actor, country));
        if (country == null || local != null && country.equals(counts.first(local).countryCode())) {
            return local == null ? null : counts.first(local);
        }
        String any = counts.most();
        String best = any != null && (local == null || counts.count(any) > counts.count(local)) ? any : local;
        return best == null ? null : counts.first(best);
    }

    /**
     * The most-named armed group after {@code salient}: none when there is no salient group, for then the article
     * names no armed group and counting its actors again would find none.
     */
    private static @Nullable ActorRef otherGroup(List<ActorMention> actors, @Nullable String country,
            @Nullable ActorRef salient) {
        return salient == null ? null : mostNamed(actors, country, salient);
    }

    /** A group of the country, or of none (a transnational group), or any group when no country is known. */
    private static boolean isLocal(ActorRef actor, @Nullable String country) {
        return country == null || actor.countryCode() == null || country.equals(actor.countryCode());
    }

    /**
     * The most-named point, and of points named equally often the one named first. Points are the same when their
     * country and name are (two towns of one name in one country count together).
     */
    private static @Nullable PlaceMention mostNamedPoint(List<PlaceMention> places) {
        List<PlaceMention> firsts = new ArrayList<>();
        int[] counts = new int[places.size()];
        for (PlaceMention place : places) {
            if (!POINTS.contains(place.place().kind())) {
                continue;
            }
            int k = 0;
            while (k < firsts.size() && !samePoint(firsts.get(k).place(), place.place())) {
                k++;
            }
            if (k == firsts.size()) {
                firsts.add(place);
            }
            counts[k]++;
        }
        PlaceMention best = null;
        int most = 0;
        for (int k = 0; k < firsts.size(); k++) {
            PlaceMention first = firsts.get(k);
            if (counts[k] > most || counts[k] == most && first.start() < best.start()) {
                best = first;
                most = counts[k];
            }
        }
        return best;
    }

    private static boolean samePoint(Place a, Place b) {
        return a == b || a.name().equals(b.name()) && a.countryCode().equals(b.countryCode());
    }
}
