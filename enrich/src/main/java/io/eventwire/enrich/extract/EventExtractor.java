package io.eventwire.enrich.extract;

import io.eventwire.enrich.actors.ActorDictionary;
import io.eventwire.enrich.actors.ActorKind;
import io.eventwire.enrich.actors.ActorMention;
import io.eventwire.enrich.actors.ActorRef;
import io.eventwire.enrich.geo.Gazetteer;
import io.eventwire.enrich.geo.Place;
import io.eventwire.enrich.geo.PlaceKind;
import io.eventwire.enrich.geo.PlaceMention;
import io.eventwire.enrich.numbers.Casualties;
import io.eventwire.enrich.numbers.CasualtyExtractor;
import io.eventwire.enrich.text.Sentence;
import io.eventwire.enrich.text.SentenceSplitter;
import io.eventwire.enrich.time.DateResolver;
import io.eventwire.schema.Actor;
import io.eventwire.schema.CleanArticle;
import io.eventwire.schema.EventMention;
import io.eventwire.schema.Evidence;
import io.eventwire.schema.Fatalities;
import io.eventwire.schema.GeoPrecision;
import io.eventwire.schema.Location;
import io.eventwire.schema.Source;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns a cleaned article into the conflict events it reports as news, each an {@link EventMention}
 * with its evidence sentence: typed in ACLED's taxonomy, with actors, a GeoNames place, a date resolved
 * against the publication date and the reported casualties. Pure (no I/O after construction),
 * immutable and thread safe; all names, spellings, places and trigger words come from data files.
 */
public final class EventExtractor {

    private final Gazetteer gazetteer;
    private final ActorDictionary actors;
    private final DateResolver dates;
    private static final double FACILITY_TOWN_KM = 10.0;
    private static final int DATELINE_CHARS = 80;
    /**
     * At most this many words in a paragraph of their own, with no full stop, make a subheading ("Arrests", "Officials
     * condemn the arrests").
     */
    private static final int MAX_SUBHEADING_WORDS = 5;
    private static final String PROPERTY_DESTRUCTION = "Looting/property destruction";
    /** How many words may stand between "no" and the claim it denies ("No outfit has claimed"). */
    private static final int NO_CLAIM_WORDS = 4;
    /** How many places of one country make it the article's home, against which a lone foreign town is stray. */
    private static final int STRAY_HOME_MENTIONS = 3;
    private static final Set<PlaceKind> FACILITIES = Set.of(PlaceKind.FACILITY, PlaceKind.CAMP, PlaceKind.CROSSING);

    private static final HexFormat HEX = HexFormat.of();
    /** Each thread's digest: looking one up costs more than the hashing (a digest is reset after each use). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    private final Map<Place, Optional<Place>> townOfFacility = new ConcurrentHashMap<>();
    /** Each thread's token arrays, read anew for every article it extracts (one extraction at a time per thread). */
    private final ThreadLocal<Tokens> ownTokens = ThreadLocal.withInitial(Tokens::reusable);
    /** Events a group claims: bombings, attacks, abductions. */
    private static final Set<String> CLAIMABLE = Set.of("Suicide bomb", "Remote explosive/landmine/IED", "Attack",
            "Abduction/forced disappearance", "Grenade", "Shelling/artillery/missile attack", "Air/drone strike",
            "Armed clash");
    /** Violence that has a perpetrator even when the report cannot name one. */
    private static final Set<String> UNKNOWN_PERPETRATOR = Set.of("Attack", "Abduction/forced disappearance",
            "Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Grenade", "Suicide bomb",
            "Sexual violence");
    /** One-sided violence, done to civilians unless the report names other victims. */
    private static final Set<String> AGAINST_CIVILIANS = Set.of("Attack", "Abduction/forced disappearance",
            "Sexual violence");
    /** Violence whose victims, when the report names no target but says people were hurt, are civilians. */
    private static final Set<String> HARMS_PASSERS_BY = Set.of("Mob violence", "Air/drone strike",
            "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade");
    private static final Set<ActorKind> CLAIMANTS = Set.of(ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA,
            ActorKind.IDENTITY_MILITIA);

    private final Cues cues;
    private final SentenceReader reader;
    private final Taxonomy taxonomy;
    private final Notes notes;

    EventExtractor(Gazetteer gazetteer, ActorDictionary actors, DateResolver dates, CasualtyExtractor casualties,
            TriggerLexicon lexicon, Cues cues, Reporters reporters, Taxonomy taxonomy, Notes notes) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.dates = dates;
        this.cues = cues;
        this.reader = new SentenceReader(lexicon, cues, reporters, dates, casualties);
        this.taxonomy = taxonomy;
        this.notes = notes;
        taxonomy.check(lexicon.rules());
    }

    /** The extractor with the shipped gazetteer, actor dictionary and lexicons (loaded once). */
    public static EventExtractor standard() {
        return new EventExtractor(Gazetteer.standard(), ActorDictionary.standard(), DateResolver.standard(),
                CasualtyExtractor.standard(), TriggerLexicon.standard(), Cues.standard(), Reporters.standard(),
                Taxonomy.standard(), Notes.standard());
    }

    /** The events {@code article} reports, one per real event within the article, in order of mention. */
    public List<EventMention> extract(CleanArticle article, Instant now) {
        String text = String.join("\n\n", article.getParagraphs());
        LocalDate anchor = anchor(article, text, now);
        Tokens tokens = ownTokens.get().read(text, 0, text.length());
        List<ActorMention> actorMentions = actors.findActors(text);
        List<PlaceMention> places = eventPlaces(gazetteer.findPlaces(text, contextCountries(article)), article, tokens,
                actorMentions);
        ArticleContext context = ArticleContext.of(text, places, actorMentions, actors);
        List<Candidate> candidates = new ArrayList<>();
        Preceding preceding = Preceding.START;
        Candidate previousEvent = null;
        int datelineEnd = datelineEnd(article, text);
        List<Sentence> sentences = SentenceSplitter.split(text);
        Sentence previousSentence = null;
        SentenceReader.Facts previousFacts = null;
        for (Sentence sentence : sentences) {
            SentenceReader.Facts facts = reader.facts(sentence, anchor);
            SentenceReader.Facts previousInParagraph = previousSentence != null
                    && sameParagraph(text, previousSentence, sentence) ? previousFacts : null;
            SentenceReader.Situation situation = new SentenceReader.Situation(tokens, context, anchor, preceding,
                    datelineEnd, previousEvent, previousInParagraph);
            Candidate read = isSubheading(text, sentence) ? null : reader.read(facts, situation).orElse(null);
            read = read != null && isDestructionWithHarm(read, tokens, sentence) ? null : read;
            if (read != null && read.casualties() == null && previousInParagraph != null
                    && (previousEvent == null || previousEvent.sentence() != previousSentence)) {
                // "The coalition condemns the killing of four workers near Oksibil. The workers were shot by ...":
                // the toll the sentence before gave, when it reported no event of its own
                Casualties toll = reader.eventToll(previousInParagraph);
                read = toll == null ? read : read.withCasualties(toll);
            }
            if (read != null) {
                candidates.add(read);
                previousEvent = read;
            } else if (previousEvent != null && previousEvent.casualties() == null
                    && previousEvent.sentence() == previousSentence && previousInParagraph != null) {
                // "RSF fighters raided villages around Bara. Eleven people were shot dead.": the toll of that event
                Casualties toll = reader.eventToll(facts);
                if (toll != null) {
                    previousEvent = previousEvent.withCasualties(toll);
                    candidates.set(candidates.size() - 1, previousEvent);
                }
            }
            previousSentence = sentence;
            previousFacts = facts;
            preceding = preceding.then(context, sentence, read);
        }
        List<EventMention> mentions = new ArrayList<>();
        List<Candidate> claimed = withClaimants(withDisclaimedAttackers(candidates, sentences, context, tokens),
                claims(candidates, sentences, context, tokens));
        List<Candidate> coded = claimed.stream().map(candidate -> withPartiesAsCoded(candidate, context)).toList();
        for (Candidate candidate : MentionMerger.merge(coded.stream().map(this::atTownOfFacility).toList())) {
            mentions.add(toMention(candidate, article, now));
        }
        return mentions;
    }

    /**
     * Whether the sentence is a subheading inside the article, a paragraph of a few words with no full stop
     * ("Arrests", "Long-running conflict"): it labels the paragraphs after it and reports nothing itself. The first
     * paragraph is the headline, which may report an event in as few words ("Bomb kills five").
     */
    private static boolean isSubheading(String text, Sentence sentence) {
        int start = sentence.start();
        int end = sentence.end();
        boolean ownParagraph = start > 0 && text.charAt(start - 1) == '\n'
                && (end >= text.length() || text.charAt(end) == '\n');
        if (!ownParagraph) {
            return false;
        }
        // the paragraph stripped of white space, its words counted up to the limit (most paragraphs are sentences)
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to || !Character.isLetterOrDigit(text.charAt(to - 1))) {
            return false;
        }
        int words = 1;
        for (int i = from + 1; i < to && words <= MAX_SUBHEADING_WORDS; i++) {
            if (isSpace(text.charAt(i)) && !isSpace(text.charAt(i - 1))) {
                words++;
            }
        }
        return words <= MAX_SUBHEADING_WORDS;
    }

    /** The white space that separates words: ASCII space, tab and line breaks. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /**
     * Whether the sentence reads as property destruction but says people were killed or hurt: "six civilians were
     * killed and several houses were set on fire" tells the toll of an attack (of this sentence's other words or of
     * the sentence before), and destroying property harms no one.
     */
    private boolean isDestructionWithHarm(Candidate read, Tokens tokens, Sentence sentence) {
        if (!read.subEventType().equals(PROPERTY_DESTRUCTION)) {
            return false;
        }
        for (int i = tokens.indexAt(sentence.start()); i < tokens.indexAt(sentence.end()); i++) {
            if (cues.isHarm(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameParagraph(String text, Sentence first, Sentence next) {
        int lineBreak = text.indexOf('\n', first.end());
        return lineBreak < 0 || lineBreak >= next.start();
    }

    /**
     * Where the dateline ("KABUL, March 3 (Reuters) -", "BEIRUT:") ends in the text, or -1: its date is
     * when the story was filed, not when the event happened.
     */
    private static int datelineEnd(CleanArticle article, String text) {
        if (article.getDateline() == null) {
            return -1;
        }
        int end = -1;
        for (String separator : new String[] {" - ", " – ", " — ", ": "}) {
            int at = text.indexOf(separator);
            if (at >= 0 && at < DATELINE_CHARS && (end < 0 || at < end)) {
                end = at;
            }
        }
        return end;
    }

    /**
     * An event at an airbase, camp or crossing is coded, as ACLED does, at the populated place it
     * belongs to (within {@value #FACILITY_TOWN_KM} km), with precision NEAR; the facility stays in the
     * evidence and the place surface.
     */
    private Candidate atTownOfFacility(Candidate candidate) {
        Place place = candidate.place();
        if (place == null || !FACILITIES.contains(place.kind())) {
            return candidate;
        }
        return townOfFacility.computeIfAbsent(place, facility -> gazetteer.nearestTown(facility, FACILITY_TOWN_KM))
                .map(candidate::atTown).orElse(candidate);
    }

    /** "Al-Shabaab claimed responsibility for the attack": who claimed an event, and where the claim stands. */
    private record Claim(int at, ActorRef claimant) {
    }

    /**
     * The claims made after the first event reported without its perpetrator: only such an event can take a
     * claimant, so an article without one is not read for claims.
     */
    private List<Claim> claims(List<Candidate> candidates, List<Sentence> sentences, ArticleContext context,
            Tokens tokens) {
        int after = Integer.MAX_VALUE;
        for (Candidate candidate : candidates) {
            if (isClaimable(candidate)) {
                after = candidate.sentence().start();
                break;
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (sentence.start() > after) {
                claimant(context, tokens, sentence).ifPresent(actor -> claims.add(new Claim(sentence.start(), actor)));
            }
        }
        return claims;
    }

    /**
     * "No outfit has claimed responsibility for the attack": the event told before it is by no group the article
     * names, so an attacker read only from words such as "terrorists" (the article's dominant group) is unidentified.
     */
    private List<Candidate> withDisclaimedAttackers(List<Candidate> candidates, List<Sentence> sentences,
            ArticleContext context, Tokens tokens) {
        List<Candidate> read = new ArrayList<>(candidates);
        for (Sentence sentence : sentences) {
            int last = lastBefore(read, sentence.start());
            if (last < 0) {
                continue;
            }
            Candidate event = read.get(last);
            // the rare attacker first: reading the sentence's claim words tags every word of it
            if (isUnnamedAttacker(event, context) && event.place() != null && saysNoOneClaimed(tokens, sentence)) {
                context.unidentifiedArmedGroupOf(event.place().countryCode())
                        .ifPresent(unknown -> read.set(last, event.withActor1(unknown)));
            }
        }
        return read;
    }

    private static int lastBefore(List<Candidate> candidates, int offset) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (candidates.get(i).sentence().start() < offset) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a claim word in the sentence is denied by a "no" shortly before it: "No group has claimed". */
    private boolean saysNoOneClaimed(Tokens tokens, Sentence sentence) {
        int from = tokens.indexAt(sentence.start());
        int to = tokens.indexAt(sentence.end());
        for (int i = from; i < to; i++) {
            if (cues.isClaim(tokens, i)) {
                for (int k = Math.max(from, i - NO_CLAIM_WORDS); k < i; k++) {
                    if (tokens.isWord(k, "no")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the event's attacker is a non-state group its own sentence does not name (words stood for it). */
    private static boolean isUnnamedAttacker(Candidate event, ArticleContext context) {
        ActorRef attacker = event.actor1();
        if (attacker == null || !CLAIMANTS.contains(attacker.kind())) {
            return false;
        }
        for (ActorMention mention : context.actorsIn(event.sentence().start(), event.sentence().end())) {
            if (!mention.coreferent() && context.resolve(mention).filter(attacker::equals).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClaimable(Candidate candidate) {
        return candidate.actor1() == null && CLAIMABLE.contains(candidate.subEventType());
    }

    /**
     * The named armed group that claims an event in this sentence ("X claimed responsibility") or is blamed for it
     * ("police blamed the bombing on X"), if any.
     */
    private Optional<ActorRef> claimant(ArticleContext context, Tokens tokens, Sentence sentence) {
        int from = tokens.indexAt(sentence.start());
        int to = tokens.indexAt(sentence.end());
        for (int i = from; i < to; i++) {
            if (cues.isClaim(tokens, i)) {
                List<ActorRef> before = namedGroups(context, sentence.start(), tokens.start(i));
                return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
            }
            if (cues.isBlame(tokens, i)) { // "police blamed the bombing on Boko Haram"
                return namedGroups(context, tokens.end(i), sentence.end()).stream().findFirst();
            }
        }
        return Optional.empty();
    }

    /** The named armed groups mentioned in {@code [start, end)} of the text, in order. */
    private static List<ActorRef> namedGroups(ArticleContext context, int start, int end) {
        List<ActorRef> groups = new ArrayList<>();
        for (ActorMention mention : context.actorsIn(start, end)) {
            ActorRef actor = context.resolve(mention).orElse(null);
            if (actor != null && !mention.coreferent() && !actor.needsCountry() && CLAIMANTS.contains(actor.kind())) {
                groups.add(actor);
            }
        }
        return groups;
    }

    /**
     * An event reported without its perpetrator takes the group that claimed it later in the article: ACLED codes a
     * claimed bombing as the claimant's. Each claim goes to the nearest unattributed event before it.
     */
    private static List<Candidate> withClaimants(List<Candidate> candidates, List<Claim> claims) {
        if (claims.isEmpty()) {
            return candidates;
        }
        List<Candidate> attributed = new ArrayList<>(candidates);
        for (Claim claim : claims) {
            for (int i = attributed.size() - 1; i >= 0; i--) {
                Candidate candidate = attributed.get(i);
                if (candidate.sentence().start() < claim.at() && isClaimable(candidate)) {
                    attributed.set(i, candidate.withActor1(claim.claimant()));
                    break;
                }
            }
        }
        return attributed;
    }

    /**
     * The parties as ACLED codes them: a transnational group acting in a country where it has a branch is the
     * branch ("Islamic State" in Mozambique is "Islamic State (Mozambique)"); an act of violence with no
     * perpetrator named or claimed is by an unidentified armed group of the country where it happened; an arrest by
     * no one named is by its police; violence against civilians with no victim named is against its civilians.
     */
    private Candidate withPartiesAsCoded(Candidate candidate, ArticleContext context) {
        String country = candidate.place() != null ? candidate.place().countryCode() : context.country().orElse(null);
        Candidate coded = candidate;
        if (country != null && coded.actor1() != null) {
            coded = actors.branchIn(coded.actor1(), country).map(coded::withActor1).orElse(coded);
        }
        if (country != null && coded.actor2() != null) {
            coded = actors.branchIn(coded.actor2(), country).map(coded::withActor2).orElse(coded);
        }
        if (coded.actor1() == null && UNKNOWN_PERPETRATOR.contains(coded.subEventType())) {
            coded = context.unidentifiedArmedGroupOf(country).map(coded::withActor1).orElse(coded);
        }
        if (coded.actor1() == null && coded.subEventType().equals("Armed clash") && coded.actor2() != null) {
            // "the army repelled an attack on its position", claimed by no one: by the army's usual opponent
            coded = context.inCountry(country).opponentOf(coded.actor2()).map(coded::withActor1).orElse(coded);
        }
        if (coded.actor1() == null && coded.subEventType().equals("Arrests")) {
            coded = context.policeOf(country).map(coded::withActor1).orElse(coded); // "nine people were arrested"
        }
        if (coded.actor2() == null && HARMS_PASSERS_BY.contains(coded.subEventType()) && hurtSomeone(coded)) {
            // "a mob beat a man to death", "artillery shelled the town, killing a man in his garden"
            coded = context.civiliansOf(country).map(coded::withActor2).orElse(coded);
        }
        if (coded.actor2() == null && AGAINST_CIVILIANS.contains(coded.subEventType())) {
            coded = context.civiliansOf(country).map(coded::withActor2).orElse(coded);
        }
        return coded;
    }

    private static boolean hurtSomeone(Candidate candidate) {
        Casualties toll = candidate.casualties();
        return toll != null && (toll.killedBest() != null && toll.killedBest() > 0
                || toll.injured() != null && toll.injured() > 0);
    }

    /**
     * The places that can be where an event happened: not the dateline (where the story was filed),
     * not a word of an actor's name ("Islamic State in the Sahel") and not a capital that stands for
     * its government ("Damascus said", "for Ankara"), which is a place only after a locative word ("in
     * Damascus") or before a building ("a Mogadishu hotel").
     */
    private List<PlaceMention> eventPlaces(List<PlaceMention> found, CleanArticle article, Tokens tokens,
            List<ActorMention> actorMentions) {
        List<PlaceMention> places = new ArrayList<>(found.size());
        boolean datelined = article.getDateline() != null;
        CountryWords countryWords = null;
        ActorSpans actorSpans = new ActorSpans(actorMentions);
        for (PlaceMention place : found) {
            if (place.place().kind() != PlaceKind.COUNTRY && actorSpans.cover(place)) {
                continue;
            }
            if (datelined && place.start() == 0) {
                continue; // the dateline
            }
            if (isAdjective(place, tokens)) {
                continue; // "the Britain-based Syrian Observatory", "a UK-registered ship"
            }
            if (place.place().kind() == PlaceKind.POPULATED_PLACE) {
                countryWords = countryWords == null ? new CountryWords() : countryWords;
                if (countryWords.namesCountry(place.surface()) && isMetonym(place, tokens)) {
                    continue;
                }
            }
            places.add(place);
        }
        return withoutStrayForeignPoints(withNamesakesQualified(places, tokens), actorMentions);
    }

    /** A capital named where it stands for its government: not after a locative word, not before a building. */
    private boolean isMetonym(PlaceMention place, Tokens tokens) {
        if (cues.isLocative(tokens, 0, tokens.indexAt(place.start()))) {
            return false;
        }
        int after = tokens.indexAt(place.end());
        return !cues.namesCivilianBuilding(tokens, after, Math.min(after + 1, tokens.size()));
    }

    /**
     * Whether a place's words also name a country ("Damascus", "Kyiv": {@link ActorDictionary#countryOfWord}), asked
     * once per spelling in an article: a town is mostly named several times.
     */
    private final class CountryWords {
        private final Map<String, Boolean> known = new HashMap<>();

        boolean namesCountry(String surface) {
            Boolean names = known.get(surface);
            if (names == null) {
                names = actors.countryOfWord(surface).isPresent();
                known.put(surface, names);
            }
            return names;
        }
    }

    /**
     * A town qualified by the division it lies in ("the Kotwali area of Comilla", "Chatroo in Kishtwar district") that
     * the gazetteer read as a namesake in another province is not that namesake: the town named is missing from the
     * gazetteer, and the event lies in the area of the place that qualifies it (precision NEAR). Later mentions of the
     * same name in the article are read the same way.
     */
    private List<PlaceMention> withNamesakesQualified(List<PlaceMention> places, Tokens tokens) {
        Map<String, Place> areas = new HashMap<>();
        for (int i = 0; i + 1 < places.size(); i++) {
            Place town = places.get(i).place();
            Place area = places.get(i + 1).place();
            if (town.kind() == PlaceKind.POPULATED_PLACE && area.kind() != PlaceKind.COUNTRY
                    && town.countryCode().equals(area.countryCode()) && area.admin1() != null
                    && !area.admin1().equals(town.admin1())
                    && isWithinArea(places.get(i), places.get(i + 1), tokens)) {
                areas.put(places.get(i).surface().toLowerCase(Locale.ROOT), area);
            }
        }
        if (areas.isEmpty()) {
            return places;
        }
        List<PlaceMention> read = new ArrayList<>(places.size());
        for (PlaceMention place : places) {
            Place area = areas.get(place.surface().toLowerCase(Locale.ROOT));
            read.add(area == null || place.place().kind() != PlaceKind.POPULATED_PLACE ? place
                    : new PlaceMention(place.start(), place.end(), place.surface(), area, GeoPrecision.NEAR,
                            place.exactName()));
        }
        return read;
    }

    /** "The Kotwali area of Comilla", "Chatroo in Kishtwar district": the text puts the town in the area. */
    private boolean isWithinArea(PlaceMention town, PlaceMention area, Tokens tokens) {
        int townEnd = tokens.indexAt(town.end());
        int areaStart = tokens.indexAt(area.start());
        return cues.namesSubdivisionOf(tokens, tokens.indexAt(town.start()), townEnd, areaStart)
                || cues.namesDivisionItLiesIn(tokens, townEnd, areaStart, tokens.indexAt(area.end()));
    }

    /**
     * A place name joined by a hyphen to a lowercase word after it ("Britain-based", "Kabul-bound"): an adjective, no
     * place ("the Bannu-Miranshah road" names two places).
     */
    private static boolean isAdjective(PlaceMention place, Tokens tokens) {
        String text = tokens.text();
        return place.end() + 1 < text.length() && text.charAt(place.end()) == '-'
                && Character.isLowerCase(text.charAt(place.end() + 1));
    }

    /**
     * The places without the towns of another country that nothing else in the article ties to it: in a story set in
     * Rio de Janeiro, "the Complexo da Maré" is no reading of Malé, the capital of the Maldives. A foreign town stays
     * when the article names its country (or a province or region of it) or an actor of that country.
     */
    private static List<PlaceMention> withoutStrayForeignPoints(List<PlaceMention> places,
            List<ActorMention> actorMentions) {
        Tally<Object> mentions = new Tally<>();
        for (PlaceMention place : places) {
            mentions.add(place.place().countryCode(), 1, null);
        }
        String home = mentions.most();
        if (home == null || mentions.count(home) < STRAY_HOME_MENTIONS) {
            return places;
        }
        boolean foreignTown = false;
        for (PlaceMention place : places) {
            foreignTown |= place.place().kind() == PlaceKind.POPULATED_PLACE
                    && !place.place().countryCode().equals(home);
        }
        if (!foreignTown) {
            return places;
        }
        Set<String> named = new HashSet<>();
        for (PlaceMention place : places) {
            if (place.place().kind() != PlaceKind.POPULATED_PLACE) {
                named.add(place.place().countryCode());
            }
        }
        for (ActorMention mention : actorMentions) {
            if (mention.actor().countryCode() != null) {
                named.add(mention.actor().countryCode());
            }
        }
        List<PlaceMention> kept = new ArrayList<>(places.size());
        for (PlaceMention place : places) {
            String country = place.place().countryCode();
            boolean stray = place.place().kind() == PlaceKind.POPULATED_PLACE && !country.equals(home)
                    && !named.contains(country);
            if (!stray) {
                kept.add(place);
            }
        }
        return kept;
    }

    /**
     * Whether a place lies inside an actor's name ("Islamic State in the Sahel"). The finder gives the actors in text
     * order: then the actors that start before a place are the first few, and one of them holds it when the furthest
     * end among them reaches the place's end, which a bisection and a running maximum tell without a walk over all
     * actors for every place. (Out of order, they are walked.)
     */
    private static final class ActorSpans {
        private final List<ActorMention> actors;
        private final int[] starts;
        /** Per actor, the furthest end of it and the actors before it; null when the actors are out of order. */
        private final int @Nullable [] furthestEnds;

        ActorSpans(List<ActorMention> actors) {
            this.actors = actors;
            this.starts = new int[actors.size()];
            int[] ends = new int[actors.size()];
            int furthest = Integer.MIN_VALUE;
            boolean sorted = true;
            for (int k = 0; k < starts.length; k++) {
                ActorMention actor = actors.get(k);
                starts[k] = actor.start();
                furthest = Math.max(furthest, actor.end());
                ends[k] = furthest;
                sorted &= k == 0 || starts[k] >= starts[k - 1];
            }
            this.furthestEnds = sorted ? ends : null;
        }

        boolean cover(PlaceMention place) {
            if (furthestEnds == null) {
                for (ActorMention actor : actors) {
                    if (place.start() >= actor.start() && place.end() <= actor.end()) {
                        return true;
                    }
                }
                return false;
            }
            // the last actor that starts at or before the place
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] <= place.start()) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low > 0 && furthestEnds[low - 1] >= place.end();
        }
    }

    private LocalDate anchor(CleanArticle article, String text, Instant now) {
        LocalDate published = parseDate(article.getPublished());
        if (published != null) {
            return published;
        }
        return dates.inferPublication(text).map(date -> date.max()).orElse(LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    private static @Nullable LocalDate parseDate(@Nullable String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            if (isDigits(iso, 0, 4) && iso.charAt(4) == '-' && isDigits(iso, 5, 7) && iso.charAt(7) == '-'
                    && isDigits(iso, 8, 10)) {
                // the usual "2024-03-05...", read without the formatter, which costs microseconds per call
                return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
                        Integer.parseInt(iso, 8, 10, 10));
            }
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Countries the feed or the dateline point at, to help the gazetteer choose. */
    private Set<String> contextCountries(CleanArticle article) {
        String dateline = article.getDateline();
        if (dateline == null) {
            return Set.of();
        }
        return actors.countryOfWord(dateline.strip()).map(Set::of).orElse(Set.of());
    }

    private EventMention toMention(Candidate candidate, CleanArticle article, Instant now) {
        Sentence sentence = candidate.sentence();
        String mentionId = mentionId(article.getArticleId(), sentence.start(), candidate.subEventType());
        Evidence evidence = Evidence.newBuilder()
                .setSentence(sentence.text())
                .setStartOffset(sentence.start())
                .setEndOffset(sentence.end())
                .setReportedBy(candidate.reportedBy())
                .setConfidence(candidate.confidence())
                .build();
        Source source = Source.newBuilder()
                .setArticleId(article.getArticleId())
                .setSourceUri(article.getSourceUri())
                .setOutlet(article.getOutlet())
                .setPublished(article.getPublished())
                .setEvidence(evidence)
                .build();
        Casualties toll = candidate.casualties();
        return EventMention.newBuilder()
                .setMentionId(mentionId)
                .setArticleId(article.getArticleId())
                .setEventType(taxonomy.eventType(candidate.subEventType()))
                .setSubEventType(candidate.subEventType())
                .setEventDate(candidate.dateMin().toString())
                .setEventDateMax(candidate.dateMax().toString())
                .setDatePrecision(candidate.datePrecision())
                .setActor1(actor(candidate.actor1()))
                .setActor2(actor(candidate.actor2()))
                .setLocation(location(candidate))
                .setFatalities(fatalities(toll))
                .setInjured(toll == null ? null : toll.injured())
                .setSource(source)
                .setNote(note(candidate))
                .setExtractedAt(now)
                .build();
    }

    private String note(Candidate candidate) {
        Place place = candidate.place();
        return notes.write(candidate.subEventType(), candidate.dateMin(),
                candidate.actor1() == null ? null : candidate.actor1().name(),
                candidate.actor2() == null ? null : candidate.actor2().name(),
                place == null ? null : place.name(), place == null ? null : place.admin1());
    }

    private static @Nullable Actor actor(@Nullable ActorRef actor) {
        if (actor == null) {
            return null;
        }
        return Actor.newBuilder()
                .setName(actor.name())
                .setInterCode(actor.interCode())
                .setCountryCode(actor.countryCode())
                .build();
    }

    private static @Nullable Location location(Candidate candidate) {
        Place place = candidate.place();
        if (place == null) {
            return null;
        }
        return Location.newBuilder()
                .setName(place.name())
                .setGeonamesId(place.geonamesId())
                .setLatitude(place.latitude())
                .setLongitude(place.longitude())
                .setCountryCode(place.countryCode())
                .setAdmin1(place.admin1())
                .setAdmin2(place.admin2())
                .setPrecision(candidate.geoPrecision())
                .setSurface(candidate.placeSurface())
                .build();
    }

    private static Fatalities fatalities(@Nullable Casualties toll) {
        if (toll == null) {
            return Fatalities.newBuilder().build();
        }
        return Fatalities.newBuilder()
                .setLow(toll.killedLow())
                .setBest(toll.killedBest())
                .setHigh(toll.killedHigh())
                .build();
    }

    /** Stable id: the article, the evidence offset and the type, hashed. */
    static String mentionId(String articleId, int offset, String subEventType) {
        byte[] hash = SHA_256.get().digest((articleId + ':' + offset + ':' + subEventType).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(hash, 0, 16);
    }

}
