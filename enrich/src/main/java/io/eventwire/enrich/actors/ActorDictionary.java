package io.eventwire.enrich.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the parties to conflict events in English news text and names them the way ACLED does.
 *
 * <p>Everything it knows is data: the countries with their names, demonyms and capitals ({@code countries.tsv}),
 * and the actors with their aliases, abbreviations, transliterations and patterns such as "{c} army"
 * ({@code actors.txt}); both are compiled once into a token trie, so a search costs a few hash lookups a word.
 *
 * <p>Matching: words are compared case-insensitively and without diacritics, with hyphens, apostrophes (straight
 * or typographic) and spaces alike; aliases written in capitals only ("HTS", "M23", "IS") match only capitals.
 * A full name followed by an abbreviation in brackets, "Ambazonia Defence Forces (ADF)", defines the abbreviation
 * for the rest of the text.
 *
 * <p>Immutable and thread safe.
 */
public final class ActorDictionary {

    /** Kinds after whose mention member nouns are absorbed: "HTS fighters", "Syrian army troops". */
    private static final Set<ActorKind> NAMED_KINDS = EnumSet.of(ActorKind.STATE_FORCES, ActorKind.POLICE,
            ActorKind.REBEL_GROUP, ActorKind.POLITICAL_MILITIA, ActorKind.POLITICAL_PARTY, ActorKind.IDENTITY_MILITIA,
            ActorKind.EXTERNAL_FORCES);

    /** At most this many member nouns are absorbed: "Islamic State group fighters". */
    private static final int MAX_MEMBER_WORDS = 2;
    /** Words joining two groups that share the noun after them ("Kuki and Meitei militants"). */
    private static final Set<String> COORDINATORS = Set.of("and", "or");

    /** Confidence of a mention of an abbreviation defined in the text itself. */
    private static final float DEFINED_ABBREVIATION_CONFIDENCE = 0.9f;
    private static final String DEFINED_IN_TEXT = "defined in the text";

    private static final class StandardHolder {
        static final ActorDictionary INSTANCE = load();

        private static ActorDictionary load() {
            try {
                CountryTable countries = CountryTable.standard();
                String actors = CountryTable.readResource(ActorData.STANDARD_RESOURCE);
                return new ActorDictionary(countries, ActorData.parse(actors, ActorData.STANDARD_RESOURCE, countries));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    private final CountryTable countries;
    private final Vocabulary vocabulary;
    private final CountryTable.Matcher countryWords;
    private final AliasTrie.Matcher aliases;
    private final boolean[] memberWords;
    private final boolean[] contextWords;
    private final int actorCount;
    private final int aliasCount;
    /** Each thread's tokens and best-match space, reused from text to text. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(this::newScratch);
    /**
     * By generic actor (the very object its aliases hold, so looked up by identity, without hashing the record):
     * the actor with each country filled in, made as needed; a race only makes an equal actor twice.
     */
    private final Map<ActorRef, ActorRef[]> filledRefs = new IdentityHashMap<>();
    /**
     * The words asked about last in {@link #countryOfWord}, in slots by their hash: the extractor asks about the
     * same few words ("Syrian", "Damascus") article after article, and a slot costs a hash and a string comparison
     * where a lookup reads the word into tokens and walks the country trie. Slots are overwritten, never grown; a
     * thread that misses a slot another is writing just looks the word up.
     */
    private final CountryOfWord[] recentWords = new CountryOfWord[256];
    /** Country branches of transnational groups, by the group's name and the branch's country. */
    private final Map<String, ActorRef> branches;

    private ActorDictionary(CountryTable countries, ActorData data) {
        Set<String> keys = new LinkedHashSet<>();
        countries.collectKeys(keys);
        data.trie.collectKeys(keys);
        keys.addAll(data.memberWords);
        keys.addAll(data.contextWords);
        this.countries = countries;
        this.vocabulary = new Vocabulary(keys);
        this.countryWords = countries.compile(vocabulary);
        this.aliases = data.trie.compile(vocabulary, countryWords);
        this.memberWords = flags(data.memberWords, vocabulary);
        this.contextWords = flags(data.contextWords, vocabulary);
        this.actorCount = data.actors;
        this.aliasCount = data.trie.size();
        this.branches = branches(data.named);
        data.generic.forEach(actor -> filledRefs.put(actor, new ActorRef[countries.size()]));
    }

    /**
     * "Islamic State (Mozambique)" is the Mozambique branch of "Islamic State": a named actor whose name is another
     * one's with a bracketed place, and which has a country.
     */
    private static Map<String, ActorRef> branches(List<ActorRef> named) {
        Set<String> names = new HashSet<>();
        named.forEach(actor -> names.add(actor.name()));
        Map<String, ActorRef> branches = new HashMap<>();
        for (ActorRef actor : named) {
            int open = actor.name().lastIndexOf(" (");
            if (open > 0 && actor.name().endsWith(")") && actor.countryCode() != null
                    && names.contains(actor.name().substring(0, open))) {
                branches.put(actor.name().substring(0, open) + '|' + actor.countryCode(), actor);
            }
        }
        return Map.copyOf(branches);
    }

    /** The branch of a transnational group in a country (ISO2), if the data has one: Islamic State in "MZ". */
    public Optional<ActorRef> branchIn(ActorRef group, String countryCode) {
        return group.countryCode() != null ? Optional.empty()
                : Optional.ofNullable(branches.get(group.name() + '|' + countryCode));
    }

    /**
     * The shipped data, loaded and compiled once.
     *
     * @throws IllegalStateException when a data file is missing or invalid
     */
    public static ActorDictionary standard() {
        return StandardHolder.INSTANCE;
    }

    /**
     * A dictionary of other data, in the formats of the shipped files.
     *
     * @throws IllegalArgumentException listing every invalid line
     */
    static ActorDictionary of(String countriesTsv, String actorsTxt) {
        CountryTable countries = CountryTable.parse(countriesTsv, "countries");
        return new ActorDictionary(countries, ActorData.parse(actorsTxt, "actors", countries));
    }

    /**
     * Every actor mention in the text, in text order, not overlapping: at each word the longest alias starting
     * there wins, unless an alias starting inside it reaches further ("the army of Mali" is "army of Mali").
     * A named actor's mention takes in the member nouns after it ("HTS fighters"). Coordinated countries give one
     * mention each: "Russian and Syrian aircraft" gives "Russian" (Military Forces of Russia) and "Syrian
     * aircraft" (Military Forces of Syria).
     *
     * @return the mentions; empty when there are none
     */
    public List<ActorMention> findActors(String text) {
        Scratch own = scratch.get();
        Tokens tokens = own.tokens().read(text);
        aliases.markStarts(tokens, own.starts());
        Scan scan = new Scan(tokens, own.best(), own.starts());
        int token = own.starts().next(0);
        while (token < tokens.size) {
            token = own.starts().next(scan.mentionAt(token));
        }
        return scan.mentions;
    }

    /** The ACLED name of a country ("SY" → "Syria", "CD" → "Democratic Republic of Congo"). */
    public Optional<String> countryName(String iso2) {
        CountryTable.Country country = countries.byIso(iso2);
        return country == null ? Optional.empty() : Optional.of(country.name());
    }

    /**
     * The country a word or phrase names: a name ("Syria", "DR Congo"), a demonym ("Syrian", "Syrians", "Burmese"),
     * a capital used as a metonym ("Damascus", "Kyiv", "Kiev"), possibly possessive ("Russia's").
     *
     * @return the country's ISO 3166-1 alpha-2 code
     */
    public Optional<String> countryOfWord(String word) {
        int slot = word.hashCode() & (recentWords.length - 1);
        CountryOfWord recent = recentWords[slot];
        if (recent != null && recent.word().equals(word)) {
            return recent.iso2();
        }
        CountryTable.Country country = countryWords.countryOf(word, scratch.get().phrase());
        Optional<String> iso2 = country == null ? Optional.empty() : Optional.of(country.iso2());
        recentWords[slot] = new CountryOfWord(word, iso2);
        return iso2;
    }

    /** A word asked about in {@link #countryOfWord} and the answer. */
    private record CountryOfWord(String word, Optional<String> iso2) {}

    int actorCount() {
        return actorCount;
    }

    int aliasCount() {
        return aliasCount;
    }

    int countryCount() {
        return countries.size();
    }

    int countryWordCount() {
        return countries.words();
    }

    /**
     * A generic actor with the country filled in, made once for each actor and country. Only generic actors have
     * aliases with a slot that fills the country: the loader rejects others.
     */
    private ActorRef filled(ActorRef ref, CountryTable.Country country) {
        ActorRef[] byCountry = filledRefs.get(ref);
        ActorRef filled = byCountry[country.index()];
        if (filled == null) {
            filled = ref.withCountry(country.iso2(), country.name(), country.article());
            byCountry[country.index()] = filled;
        }
        return filled;
    }

    private static boolean isNamed(@Nullable ActorRef ref) {
        return ref != null && NAMED_KINDS.contains(ref.kind());
    }

    private static boolean isFlagged(boolean[] flags, int id) {
        return id >= 0 && flags[id];
    }

    private static boolean[] flags(Set<String> keys, Vocabulary vocabulary) {
        boolean[] flags = new boolean[vocabulary.size()];
        keys.forEach(key -> flags[vocabulary.id(key)] = true);
        return flags;
    }

    /** The token of an abbreviation in brackets right after the mention, "(RSF)", or -1. */
    private static int abbreviationAfter(Tokens tokens, int next) {
        if (next >= tokens.size) {
            return -1;
        }
        String before = tokens.between(next - 1, next);
        int afterEnd = tokens.end(next);
        boolean bracketed = (before.equals(" (") || before.equals("(")) && afterEnd < tokens.text.length()
                && tokens.text.charAt(afterEnd) == ')';
        return bracketed && Character.isUpperCase(tokens.text.charAt(tokens.start(next))) ? next : -1;
    }

    /** One mention, or one per coordinated country, each ending its own country word but the last. */
    private void addMentions(Tokens tokens, AliasTrie.Match match, ActorRef ref, int endOffset,
                             List<ActorMention> mentions) {
        AliasTrie.Entry entry = match.entry();
        boolean coreferent = ref.kind() == ActorKind.GENERIC_ARMED;
        List<CountryTable.Word> words = match.countries();
        if (words.isEmpty()) {
            mentions.add(mention(tokens.text, tokens.start(match.start()), endOffset, ref, coreferent, entry));
            return;
        }
        for (int w = 0; w < words.size(); w++) {
            CountryTable.Word word = words.get(w);
            int start = tokens.start(w == 0 ? match.start() : word.start());
            int end = w == words.size() - 1 ? endOffset : tokens.end(word.end() - 1);
            CountryTable.Country country = word.country();
            ActorRef filled = ref.withCountry(country.iso2(), country.name(), country.article());
            mentions.add(mention(tokens.text, start, end, filled, coreferent, entry));
        }
    }

    private static ActorMention mention(String text, int start, int end, ActorRef ref, boolean coreferent,
                                        AliasTrie.Entry entry) {
        return new ActorMention(start, end, text.substring(start, end), ref, coreferent, entry.confidence());
    }

    /**
     * What one thread reuses from search to search: only one search runs on a thread at a time. {@code phrase}
     * reads the words of {@link #countryOfWord}, apart from the texts' tokens.
     */
    private record Scratch(Tokens tokens, AliasTrie.Best best, AliasTrie.Starts starts, Tokens phrase) {
    }

    private Scratch newScratch() {
        return new Scratch(Tokens.reusable(vocabulary), new AliasTrie.Best(), new AliasTrie.Starts(),
                Tokens.of("", vocabulary));
    }

    /** One search through one text: its tokens, the mentions found so far, the abbreviations it defined. */
    private final class Scan {
        final Tokens tokens;
        final List<ActorMention> mentions = new ArrayList<>();
        private final AliasTrie.Best best;
        private final Map<String, AliasTrie.Entry> defined = new HashMap<>(4);
        /** The lengths of the abbreviations defined so far, one bit each up to 63: most tokens are ruled out by it. */
        private long definedLengths;

        /**
         * The tokens at which a mention may start: where an alias may start, and where the text repeats an
         * abbreviation it defined.
         */
        private final AliasTrie.Starts starts;

        Scan(Tokens tokens, AliasTrie.Best best, AliasTrie.Starts starts) {
            this.tokens = tokens;
            this.best = best;
            this.starts = starts;
        }

        /** Adds the mentions that start at a token, if any; returns the token to go on from. */
        int mentionAt(int token) {
            AliasTrie.Match match = matchAt(token);
            if (match == null) {
                return token + 1;
            }
            ActorRef ref = match.entry().ref();
            boolean named = isNamed(ref);
            int end = named ? absorbMembers(match.end()) : match.end();
            if (isOverreached(match.start(), end) && !isDefined(match)) {
                return token + 1;
            }
            int endOffset = tokens.end(end - 1);
            int abbreviation = ref == null || named ? abbreviationAfter(end) : -1;
            if (abbreviation >= 0) {
                define(abbreviation, ref);
                end = abbreviation + 1;
                endOffset = tokens.end(abbreviation) + 1;
            }
            if (ref != null) {
                addMentions(match, ref, endOffset);
            }
            return end;
        }

        /** The longest alias at a token, or the abbreviation the text defined there; null when none stands. */
        private AliasTrie.@Nullable Match matchAt(int token) {
            AliasTrie.Match match = mayStartAt(token) ? aliases.longestAt(tokens, token, best) : null;
            AliasTrie.Entry entry = mayBeDefined(token) ? defined.get(tokenText(token)) : null;
            if (entry != null) {
                match = new AliasTrie.Match(token, match == null ? token + 1 : match.end(), entry, List.of());
            }
            return match == null || match.entry().needsContext() && !isLicensed(match.end()) ? null : match;
        }

        /** The marks first (one bit each), then the filters of {@link AliasTrie.Matcher#canStartAt}. */
        private boolean mayStartAt(int token) {
            return starts.isMarked(token) && aliases.canStartAt(tokens, token);
        }

        private boolean isDefined(AliasTrie.Match match) {
            return match.entry().where().equals(DEFINED_IN_TEXT);
        }

        private void define(int abbreviation, @Nullable ActorRef ref) {
            String key = tokenText(abbreviation);
            definedLengths |= lengthBit(key.length());
            defined.put(key, new AliasTrie.Entry(ref, DEFINED_ABBREVIATION_CONFIDENCE, false, DEFINED_IN_TEXT));
            markRepeats(abbreviation, key);
        }

        /**
         * Marks the later tokens written as the abbreviation, so that the search, which visits marked tokens only,
         * looks them up: a pass of length comparisons over the rest of the text, once for each definition.
         */
        private void markRepeats(int abbreviation, String key) {
            int length = key.length();
            for (int token = abbreviation + 1; token < tokens.size; token++) {
                int start = tokens.start(token);
                if (tokens.end(token) - start == length && tokens.text.regionMatches(start, key, 0, length)) {
                    starts.mark(token);
                }
            }
        }

        /**
         * Whether the token can be an abbreviation the text defined: those start with a capital ("(RSF)"). Most
         * texts define none, and then no token is looked at.
         */
        private boolean mayBeDefined(int token) {
            return definedLengths != 0 && (definedLengths & lengthBit(tokens.end(token) - tokens.start(token))) != 0
                    && Character.isUpperCase(tokens.text.charAt(tokens.start(token)));
        }

        private static long lengthBit(int length) {
            return 1L << Math.min(length, 63);
        }

        private String tokenText(int token) {
            return tokens.text.substring(tokens.start(token), tokens.end(token));
        }

        /**
         * Whether a longer alias starts inside the match and ends after it: "the army" yields to "army of Mali" in
         * "the army of Mali", "the paramilitary" to "paramilitary Rapid Support Forces".
         */
        private boolean isOverreached(int start, int end) {
            // a mention of one word has nothing inside it; an alias takes a token only across a soft gap or, in a
            // run of countries, a comma: after the mention's last word a hard gap (sentence punctuation, a bracket)
            // or the text's end stops every alias inside it
            if (end - start < 2 || end >= tokens.size || tokens.gapBefore(end) == Tokens.HARD) {
                return false;
            }
            // and it takes a token by its key ("forces", "and", a country word): a word the data never uses, as
            // after most mentions ("seized", "said"), stops them too
            if (tokens.id(end) == Vocabulary.ABSENT && tokens.exactId(end) == Vocabulary.ABSENT) {
                return false;
            }
            for (int j = start + 1; j < end; j++) {
                AliasTrie.Match inner = mayStartAt(j) ? aliases.longestAt(tokens, j, best) : null;
                if (inner != null && inner.end() > end) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A context-needing alias ("IS") stands only before a member or context word: "IS fighters", "IS-linked", or
         * before one more name that shares the word, as coordinated groups share their noun: "Kuki and Meitei
         * militants" are Kuki militants and Meitei militants.
         */
        private boolean isLicensed(int next) {
            return isContextAt(next) || isCoordinatorAt(next) && tokens.isSoftBefore(next + 1)
                    && isContextAt(next + 2);
        }

        private boolean isContextAt(int next) {
            return next < tokens.size && tokens.isSoftBefore(next)
                    && (isFlagged(memberWords, tokens.id(next)) || isFlagged(contextWords, tokens.id(next)));
        }

        private boolean isCoordinatorAt(int next) {
            return next + 1 < tokens.size && tokens.isSoftBefore(next)
                    && COORDINATORS.contains(tokenText(next).toLowerCase(Locale.ROOT));
        }

        private int absorbMembers(int end) {
            int limit = Math.min(tokens.size, end + MAX_MEMBER_WORDS);
            while (end < limit && tokens.isSoftBefore(end) && isFlagged(memberWords, tokens.id(end))) {
                end++;
            }
            return end;
        }

        /** The token of an abbreviation in brackets right after the mention, "(RSF)", or -1. */
        private int abbreviationAfter(int next) {
            if (next >= tokens.size) {
                return -1;
            }
            int gap = tokens.start(next) - tokens.end(next - 1);
            String text = tokens.text;
            int afterEnd = tokens.end(next);
            boolean bracketed = text.charAt(tokens.start(next) - 1) == '('
                    && (gap == 1 || gap == 2 && text.charAt(tokens.end(next - 1)) == ' ')
                    && afterEnd < text.length() && text.charAt(afterEnd) == ')';
            return bracketed && Character.isUpperCase(tokens.text.charAt(tokens.start(next))) ? next : -1;
        }

        /** One mention, or one per coordinated country, each ending its own country word but the last. */
        private void addMentions(AliasTrie.Match match, ActorRef ref, int endOffset) {
            float confidence = match.entry().confidence();
            List<CountryTable.Word> words = match.countries();
            if (words.isEmpty()) {
                mentions.add(mention(tokens.start(match.start()), endOffset, ref, confidence));
                return;
            }
            for (int w = 0; w < words.size(); w++) {
                CountryTable.Word word = words.get(w);
                int start = tokens.start(w == 0 ? match.start() : word.start());
                int end = w == words.size() - 1 ? endOffset : tokens.end(word.end() - 1);
                mentions.add(mention(start, end, filled(ref, word.country()), confidence));
            }
        }

        private ActorMention mention(int start, int end, ActorRef ref, float confidence) {
            return new ActorMention(start, end, tokens.text.substring(start, end), ref,
                    ref.kind() == ActorKind.GENERIC_ARMED, confidence);
        }
    }
}
