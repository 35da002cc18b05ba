package io.eventwire.enrich.geo;

import io.eventwire.schema.GeoPrecision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds and resolves the places of one text at a time. Three passes: {@link #scan} reads capitalised word
 * sequences longest first and looks them up ({@link SpanMatcher}); {@link #weighCountries} works out which countries the text is
 * about; {@link #resolve} picks each mention's place with that context. One instance per thread; reused.
 */
final class PlaceFinder {

    private static final int MAX_SPAN = 8;
    private static final byte NO_TIER = SpanMatcher.NO_TIER;
    private static final byte SKELETON = SpanMatcher.SKELETON;
    private static final byte LIGHT = SpanMatcher.LIGHT;
    private static final byte EXACT = SpanMatcher.EXACT;
    private static final int SHORT_ACRONYM = 4;

    private static final int CUE_REGION = 1;
    private static final int CUE_DIRECTION = 1 << 1;
    private static final int CUE_AREA = 1 << 2;
    private static final int CUE_SETTLEMENT = 1 << 3;
    private static final int CUE_NEAR = 1 << 4;
    private static final int CUE_FACILITY = 1 << 5;
    /** Cues that say what kind of place a name is (not just that it is near something). */
    private static final int NAMING_CUES = CUE_REGION | CUE_AREA | CUE_SETTLEMENT;

    private static final double CONTEXT_SCORE = 2.0;
    private static final double GIVEN_COUNTRY_SCORE = 10.0;
    private static final double COUNTRY_NAME_SCORE = 3.0;
    private static final double DEMONYM_SCORE = 1.5;
    private static final double REGION_SCORE = 3.0;
    private static final double FACILITY_SCORE = 2.0;
    private static final long ADMIN1_RANKING_POPULATION = 200_000;
    private static final long SUPPLEMENT_RANKING_POPULATION = 10_000;
    private static final long WELL_KNOWN_POPULATION = 100_000;
    private static final long KNOWN_POPULATION_WITH_CUE = 20_000;
    private static final long MENTIONED_COUNTRY_POPULATION = 10_000;
    private static final long BIG_CITY_POPULATION = 300_000;
    private static final long VOTING_POPULATION = 50_000;

    private final GazetteerData data;
    private final Vocabulary vocabulary;
    private final Tokens tokens = new Tokens();
    private final SpanMatcher matcher;
    private SpanMatcher.Match current = SpanMatcher.Match.NOTHING;

    private final List<Span> spans = new ArrayList<>();
    private final double[] countryScore;
    /** The scores from country words naming an attacker ("US warplanes"), used only when nothing else names a country. */
    private final double[] attackerScore;
    /** The scores from country names, demonyms and given countries alone, before place mentions vote. */
    private final double[] namedScore;
    private final int[] regionVotes;
    private final int[] settlementVotes;
    private final boolean[] admin1Named;
    /** The divisions {@link #regionVotes}, {@link #settlementVotes} and {@link #admin1Named} hold something for. */
    private int[] voted = new int[16];
    private int votedCount;
    /** Scratch: each candidate's vote weight in {@link #voteByPopulation}. */
    private double[] weights = new double[64];
    private int dominantCountry;
    private double dominantScore;
    /** The division the span being resolved is qualified with, or -1 (see {@link #qualifyingAdmin1}). */
    private int qualifyingAdmin1 = -1;

    private static final int[] NO_ENTRIES = new int[0];
    private static final byte[] NO_TIERS = new byte[0];

    /** A place-like or country mention found by the scan, before resolution. */
    private static final class Span {
        int from;
        int to;
        int surfaceStart;
        int surfaceEnd;
        int next;
        /** What the words matched; {@link #entries} and {@link #tiers} are its candidates, read with its arrays. */
        SpanMatcher.Match match = SpanMatcher.Match.NOTHING;
        int[] entries = NO_ENTRIES;
        byte[] tiers = NO_TIERS;
        int countryEntry = -1;
        int cues;
        int facilityMask;
        boolean weak;
        boolean shouting;
        /** A capitalised word the gazetteer does not explain stands right before or after: part of a longer name. */
        boolean crowded;
        int contentWords;
    }

    private static final byte ROLE_NONE = 0;
    private static final byte ROLE_FUNCTION = 1;
    private byte[] roles = new byte[256];

    PlaceFinder(GazetteerData data) {
        this.data = data;
        this.vocabulary = data.vocabulary;
        this.matcher = new SpanMatcher(data, tokens);
        this.countryScore = new double[data.countryCodes.length];
        this.namedScore = new double[data.countryCodes.length];
        this.attackerScore = new double[data.countryCodes.length];
        this.regionVotes = new int[data.admin1Codes.length];
        this.settlementVotes = new int[data.admin1Codes.length];
        this.admin1Named = new boolean[data.admin1Codes.length];
    }

    List<PlaceMention> find(String text, Set<String> contextCountries) {
        tokens.tokenize(text);
        matcher.newText();
        spans.clear();
        Arrays.fill(countryScore, 0);
        Arrays.fill(attackerScore, 0);
        for (String code : contextCountries) {
            Integer index = data.countryByCode.get(code);
            if (index != null) {
                countryScore[index] += GIVEN_COUNTRY_SCORE;
            }
        }
        scan();
        markCrowded();
        weighCountries();
        List<PlaceMention> out = new ArrayList<>(spans.size());
        bestAnyCount = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            qualifyingAdmin1 = qualifyingAdmin1(i);
            PlaceMention mention = resolve(span, text);
            if (mention != null) {
                out.add(mention);
            }
        }
        clearAdmin1Votes();
        return out;
    }

    /**
     * The first-level division a place is qualified with right after its name ("the village of Yampil in the
     * Donetsk region"), or -1: of several places of that name, the one in that division.
     */
    private int qualifyingAdmin1(int spanIndex) {
        if (spanIndex + 1 >= spans.size()) {
            return -1;
        }
        Span span = spans.get(spanIndex);
        Span next = spans.get(spanIndex + 1);
        if (span.countryEntry >= 0 || next.countryEntry >= 0 || (next.cues & CUE_REGION) == 0) {
            return -1;
        }
        if (!qualifiedRightAfter(span, next) && !qualifiedLaterInSentence(span, next)) {
            return -1;
        }
        int admin1 = best(next, GazetteerData.ADMIN1, -1);
        return admin1 < 0 ? -1 : next.match.admin1s[admin1];
    }

    /** "Yampil in the Donetsk region": the division follows the name after "in" (and "the"). */
    private boolean qualifiedRightAfter(Span span, Span next) {
        int k = span.next;
        if (k >= next.from || !joined(k) || !isWord(k, "in")) {
            return false;
        }
        k++;
        if (k < next.from && joined(k) && (code(k) & Vocabulary.THE) != 0) {
            k++;
        }
        return k == next.from && joined(k);
    }

    /**
     * "Al Mazraa and nearby villages on the western edge of Suwayda province": the next name, a division named as
     * such a few words on in the same sentence, qualifies the place too.
     */
    private boolean qualifiedLaterInSentence(Span span, Span next) {
        if (next.from - span.next > QUALIFIER_REACH) {
            return false;
        }
        for (int k = span.next; k <= next.from; k++) {
            if (tokens.has(k, Tokens.SENTENCE_START | Tokens.NEWLINE_BEFORE)) {
                return false;
            }
        }
        return true;
    }

    /** How many words may stand between a place and a division named later in its sentence that qualifies it. */
    private static final int QUALIFIER_REACH = 10;

    private boolean isWord(int i, String lowerCase) {
        int start = tokens.start(i);
        if (tokens.end(i) - start != lowerCase.length()) {
            return false;
        }
        for (int k = 0; k < lowerCase.length(); k++) {
            if (Character.toLowerCase(tokens.charAt(start + k)) != lowerCase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // ---- pass 1: scan ----

    private void scan() {
        int n = tokens.count();
        if (roles.length < n) {
            roles = new byte[Math.max(n, roles.length * 2)];
        }
        Arrays.fill(roles, 0, n, ROLE_NONE);
        int i = 0;
        while (i < n) {
            if (!startable(i)) {
                i = tokens.nextPossibleNameStart(i + 1);
                continue;
            }
            int runEnd = runEnd(i);
            int matchedTo = -1;
            int kind = NONE;
            for (int to = runEnd; to > i; to--) {
                if (tokens.has(to - 1, Tokens.LOWER)) {
                    continue;
                }
                kind = lookup(i, to);
                if (kind != NONE) {
                    matchedTo = to;
                    break;
                }
            }
            if (kind == PLACE && current.placeTier == SKELETON && matchedTo - i > 1 && (code(matchedTo - 1) & CUE_WORDS) != 0) {
                // "Chin State" sounds like a German village; "Chin" followed by a region word is the state
                int shorter = lookup(i, matchedTo - 1);
                if (shorter != NONE) {
                    kind = shorter;
                    matchedTo--;
                } else {
                    kind = lookup(i, matchedTo);
                }
            }
            if (kind == PLACE && current.placeTier != SpanMatcher.EXACT && matchedTo - i > 1 && allStopWords(i, matchedTo)) {
                // "On Sunday" sounds like Owen Sound: words that are each a common word only name a place exactly
                kind = lookup(i, i + 1);
                matchedTo = i + 1;
            }
            if (kind == PLACE && current.placeTier != SpanMatcher.EXACT && matchedTo - i > 1
                    && stopWordBeforeExactPlace(i, matchedTo)) {
                // "In Quetta" sounds like some village: a stop word before an exact place name is not part of it
                kind = lookup(i, i + 1);
                matchedTo = i + 1;
            }
            if (kind == STOP || kind == DEMONYM || kind == COUNTRY) {
                Arrays.fill(roles, i, matchedTo, ROLE_FUNCTION);
            }
            i = switch (kind) {
                case NONE -> i + 1;
                case STOP -> current.stopCategory == GazetteerData.STOP_TITLE ? skipPersonName(matchedTo, runEnd) : matchedTo;
                case DEMONYM -> {
                    scoreOf(matchedTo)[data.country[current.demonymEntry]] += DEMONYM_SCORE;
                    yield matchedTo;
                }
                default -> {
                    if (kind == PLACE && afterTitleWord(i)) {
                        yield runEnd;
                    }
                    if (kind == PLACE && (isCityPart(i, matchedTo) || isNickname(i, matchedTo)
                            || isNickname(matchedTo, nicknameEnd(matchedTo)))) {
                        yield matchedTo;
                    }
                    yield addSpan(kind, i, matchedTo);
                }
            };
        }
    }

    private static final int CUE_WORDS = Vocabulary.REGION | Vocabulary.AREA | Vocabulary.SETTLEMENT | Vocabulary.FACILITY_HEAD;
    private static final int NONE = SpanMatcher.NONE;
    private static final int STOP = SpanMatcher.STOP;
    private static final int DEMONYM = SpanMatcher.DEMONYM;
    private static final int COUNTRY = SpanMatcher.COUNTRY;
    private static final int MAX_NICKNAME_WORDS = 3;
    private static final int PLACE = SpanMatcher.PLACE;

    private boolean startable(int i) {
        int f = tokens.flags(i);
        if ((f & Tokens.CAP) != 0) {
            if (tokens.isNonLatin(i)) {
                return false;
            }
            // "pro-Damascus", "anti-Assad": a lower-case prefix makes an adjective, not a place
            return (f & Tokens.HYPHEN_PREV) == 0 || i == 0 || !tokens.has(i - 1, Tokens.LOWER) || tokens.isArticle(i - 1);
        }
        // "al-Hol", "el-Fasher"
        return (f & Tokens.LOWER) != 0 && i + 1 < tokens.count() && tokens.has(i + 1, Tokens.HYPHEN_PREV)
                && tokens.has(i + 1, Tokens.CAP) && tokens.isArticle(i);
    }

    private int runEnd(int i) {
        int n = tokens.count();
        int j = i + 1;
        while (j < n && j - i < MAX_SPAN) {
            int f = tokens.flags(j);
            if ((f & Tokens.NEWLINE_BEFORE) != 0) {
                break;
            }
            if ((f & Tokens.HYPHEN_PREV) != 0) {
                // "Ivano-Frankivsk", "T-4", "Rostov-on-Don", "Mazar-e Sharif"
                if ((f & (Tokens.CAP | Tokens.DIGIT)) != 0
                        || (code(j) & Vocabulary.HYPHEN_PARTICLE) != 0 && j + 1 < n
                                && (tokens.has(j + 1, Tokens.HYPHEN_PREV) || continuesName(j + 1))) {
                    j++;
                    continue;
                }
                break;
            }
            if ((f & Tokens.GAP_PUNCT) != 0) {
                break;
            }
            if ((f & Tokens.CAP) != 0) {
                j++;
                continue;
            }
            // the cheap test first: mostly no name goes on, and the word need not be looked up
            if ((f & Tokens.LOWER) != 0 && continuesName(j + 1) && (isParticle(j) || (code(j) & Vocabulary.THE) != 0)) {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    /** A particle at {@code j - 1} continues a name when a capitalised word (or "the" and one) follows. */
    private boolean continuesName(int j) {
        int n = tokens.count();
        if (j >= n || tokens.has(j, Tokens.GAP_PUNCT | Tokens.NEWLINE_BEFORE)) {
            return false;
        }
        if (tokens.has(j, Tokens.CAP)) {
            return true;
        }
        return j + 1 < n && tokens.has(j + 1, Tokens.CAP) && !tokens.has(j + 1, Tokens.GAP_PUNCT | Tokens.NEWLINE_BEFORE)
                && (code(j) & Vocabulary.THE) != 0;
    }

    private boolean isParticle(int j) {
        return (code(j) & Vocabulary.PARTICLE) != 0;
    }

    /**
     * Where a country word ending before token {@code next} scores: with an armed-force word after it ("US warplanes",
     * "Israeli drone") it names who attacks, not where the events are, and counts only if the text names no other
     * country ("according to the Colombian Army").
     */
    private double[] scoreOf(int next) {
        boolean attacker = next < tokens.count() && joined(next) && (code(next) & Vocabulary.ARMED) != 0;
        return attacker ? attackerScore : countryScore;
    }

    private int code(int j) {
        return tokens.vocabularyCode(j, vocabulary);
    }

    private boolean joined(int j) {
        return !tokens.has(j, Tokens.GAP_PUNCT | Tokens.NEWLINE_BEFORE);
    }

    /** After a title inside a capitalised run ("President Bashar al-Assad"), skips the person's name. */
    private int skipPersonName(int from, int runEnd) {
        int k = from;
        while (k < runEnd && (code(k) & Vocabulary.OF) == 0) {
            k++;
        }
        return k;
    }

    /**
     * A named part of a city, which is no place of its own in the gazetteer's sense: "the Tierra Blanca
     * neighbourhood", "the city's Las Quintas district". The event is at the city the text named before.
     */
    private boolean isCityPart(int from, int to) {
        if (to < tokens.count() && joined(to) && tokens.has(to, Tokens.LOWER) && (code(to) & Vocabulary.CITY_PART) != 0) {
            return true;
        }
        if (from == 0 || !tokens.has(from - 1, Tokens.LOWER) || (code(from - 1) & Vocabulary.SETTLEMENT) == 0) {
            return false;
        }
        int gap = tokens.end(from - 1);
        return gap + 1 < tokens.limit() && isApostrophe(tokens.charAt(gap)) && tokens.charAt(gap + 1) == 's';
    }

    /**
     * A quoted name between a first name and a surname is a nickname, and the three words are a person's name:
     * Joaquín "El Chapo" Guzmán.
     */
    private boolean isNickname(int from, int to) {
        if (from == 0 || to <= from || to >= tokens.count() || !tokens.has(from - 1, Tokens.CAP)
                || !tokens.has(to, Tokens.CAP)) {
            return false;
        }
        int open = tokens.start(from) - 1;
        int close = tokens.end(to - 1);
        return open > tokens.end(from - 1) && close < tokens.start(to) && isQuote(tokens.charAt(open))
                && isQuote(tokens.charAt(close));
    }

    /** Where a quoted run of capitalised words starting at token {@code from} ends, or {@code from} when none does. */
    private int nicknameEnd(int from) {
        int n = tokens.count();
        for (int k = from; k < n && k < from + MAX_NICKNAME_WORDS && tokens.has(k, Tokens.CAP); k++) {
            if (tokens.end(k) < tokens.limit() && isQuote(tokens.charAt(tokens.end(k)))) {
                return k + 1;
            }
        }
        return from;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** "minister Sergei Lavrov", "commander Abu ...": a lower-case title word right before the run. */
    private boolean afterTitleWord(int i) {
        return i > 0 && joined(i) && tokens.has(i - 1, Tokens.LOWER) && (code(i - 1) & Vocabulary.TITLE) != 0;
    }

    /** Looks the words {@code [from, to)} up; the result stays in {@link #current}. Returns its kind. */
    /** Whether word {@code from} is a stoplisted word and the words after it, up to {@code to}, exactly a place. */
    private boolean stopWordBeforeExactPlace(int from, int to) {
        SpanMatcher.Match span = current;
        boolean split = lookup(from, from + 1) == STOP && lookup(from + 1, to) == PLACE
                && current.placeTier == SpanMatcher.EXACT;
        current = span;
        return split;
    }

    /** Whether each word of {@code [from, to)} alone is a stoplisted word ("On", "Sunday", "Market"). */
    private boolean allStopWords(int from, int to) {
        SpanMatcher.Match span = current;
        boolean all = true;
        for (int j = from; j < to && all; j++) {
            all = tokens.has(j, Tokens.LOWER) || lookup(j, j + 1) == STOP;
        }
        current = span;
        return all;
    }

    private int lookup(int from, int to) {
        boolean acronym = to - from == 1 && tokens.has(from, Tokens.ALL_CAPS)
                && tokens.foldedLength(from) <= SHORT_ACRONYM && !isDateline(from);
        current = matcher.match(from, to, acronym);
        return current.kind;
    }

    /** An upper-case word opening a paragraph before a colon, comma or dash: a dateline ("ADEN:", "GOMA, ..."). */
    private boolean isDateline(int i) {
        if (!tokens.has(i, Tokens.PARAGRAPH_START)) {
            return false;
        }
        int limit = tokens.limit();
        int k = tokens.end(i);
        while (k < limit && tokens.charAt(k) == ' ') {
            k++;
        }
        if (k >= limit) {
            return false;
        }
        char c = tokens.charAt(k);
        return c == ':' || c == ',' || c == '-' || c == '\u2013' || c == '\u2014' || c == '(';
    }

    private int addSpan(int kind, int from, int to) {
        Span span = new Span();
        span.from = from;
        span.to = to;
        span.surfaceStart = tokens.start(from);
        span.surfaceEnd = tokens.end(to - 1);
        span.next = to;
        span.contentWords = current.contentWords;
        span.match = current;
        span.entries = current.candidates;
        span.tiers = current.tiers;
        span.countryEntry = kind == COUNTRY ? current.countryEntry : -1;
        boolean titleLine = tokens.has(from, Tokens.TITLE_LINE);
        boolean sentenceStart = tokens.has(from, Tokens.SENTENCE_START);
        boolean dateline = isDateline(from);
        span.shouting = tokens.has(from, Tokens.ALL_CAPS) && !dateline;
        span.weak = !dateline && (titleLine || span.shouting || sentenceStart && span.contentWords == 1);
        readCuesAfter(span);
        readCuesBefore(span);
        Arrays.fill(roles, span.to, span.next, ROLE_FUNCTION);
        for (int k = span.from - 1; k >= 0 && tokens.start(k) >= span.surfaceStart; k--) {
            roles[k] = ROLE_FUNCTION;
        }
        if (kind == COUNTRY && (span.cues & CUE_REGION) != 0 && hasType(span, GazetteerData.ADMIN1)) {
            span.countryEntry = -1; // "Niger state": the division, not the country
        }
        if (span.countryEntry >= 0) {
            scoreOf(span.to)[data.country[span.countryEntry]] += COUNTRY_NAME_SCORE;
        }
        spans.add(span);
        return span.next;
    }

    private static boolean hasType(Span span, byte type) {
        for (byte candidateType : span.match.types) {
            if (candidateType == type) {
                return true;
            }
        }
        return false;
    }

    private void readCuesAfter(Span span) {
        int k = span.to;
        int n = tokens.count();
        if (k >= n || !joined(k) || tokens.has(k, Tokens.HYPHEN_PREV)) {
            return;
        }
        int code = code(k);
        if ((code & Vocabulary.REGION) != 0) {
            span.cues |= CUE_REGION;
        } else if ((code & Vocabulary.AREA) != 0) {
            span.cues |= CUE_AREA;
        } else if ((code & Vocabulary.SETTLEMENT) != 0 && tokens.has(k, Tokens.LOWER)) {
            span.cues |= CUE_SETTLEMENT; // "Idlib city"; a capital makes it part of a name ("Key Town")
        }
        int head = k;
        int modifiers = 0;
        while (head < n && modifiers < 2 && (code(head) & Vocabulary.FACILITY_MODIFIER) != 0
                && (code(head) & Vocabulary.FACILITY_HEAD) == 0 && head + 1 < n && joined(head + 1)) {
            head++;
            modifiers++;
        }
        int headCode = code(head);
        if ((headCode & Vocabulary.FACILITY_HEAD) != 0) {
            span.cues |= CUE_FACILITY;
            span.facilityMask = headCode >>> Vocabulary.KIND_SHIFT;
            span.surfaceEnd = tokens.end(head);
            span.next = head + 1;
        } else if ((span.cues & (CUE_REGION | CUE_AREA | CUE_SETTLEMENT)) != 0) {
            span.surfaceEnd = tokens.end(k);
            span.next = k + 1;
        }
    }

    private void readCuesBefore(Span span) {
        int k = span.from - 1;
        if (k < 0 || !joined(span.from) || tokens.has(span.from, Tokens.HYPHEN_PREV)) {
            return;
        }
        int code = code(k);
        if ((code & Vocabulary.DIRECTION) != 0) {
            span.cues |= CUE_DIRECTION;
            span.surfaceStart = tokens.start(k);
            if (k > 0 && tokens.has(k, Tokens.HYPHEN_PREV) && (code(k - 1) & Vocabulary.DIRECTION) != 0) {
                span.surfaceStart = tokens.start(k - 1);
            }
        } else if ((code & Vocabulary.OF) != 0 && k > 0 && joined(k)) {
            int before = code(k - 1);
            if ((before & Vocabulary.REGION) != 0) {
                span.cues |= CUE_REGION;
                span.surfaceStart = tokens.start(k - 1);
            } else if ((before & Vocabulary.SETTLEMENT) != 0) {
                span.cues |= CUE_SETTLEMENT;
                if (nearWordBefore(k - 1)) {
                    span.cues |= CUE_NEAR;
                }
            } else if ((before & Vocabulary.NEAR_OF) != 0) {
                span.cues |= CUE_NEAR;
            } else if ((before & Vocabulary.FACILITY_HEAD) != 0) {
                span.cues |= CUE_FACILITY;
                span.facilityMask |= before >>> Vocabulary.KIND_SHIFT;
            } else if ((before & Vocabulary.AREA) != 0) {
                span.cues |= CUE_AREA;
            }
        } else if ((code & Vocabulary.NEAR) != 0 || nearWordBefore(k + 1)) {
            span.cues |= CUE_NEAR;
        }
    }

    /** A nearness word before word {@code k}, possibly across "the": "near the town of", "outside the". */
    private boolean nearWordBefore(int k) {
        int j = k - 1;
        if (j >= 0 && joined(k) && (code(j) & Vocabulary.THE) != 0) {
            k = j;
            j--;
        }
        return j >= 0 && joined(k) && (code(j) & Vocabulary.NEAR) != 0;
    }

    /** Marks place mentions next to capitalised words nothing explained ("Joshua Landis", "Sign In"). */
    private void markCrowded() {
        int n = tokens.count();
        for (Span span : spans) {
            if (span.countryEntry >= 0) {
                continue;
            }
            int before = span.from - 1;
            while (before >= 0 && tokens.start(before) >= span.surfaceStart) {
                before--;
            }
            boolean left = before >= 0 && joined(before + 1) && unexplainedCapital(before);
            int after = span.next;
            boolean right = after < n && joined(after) && unexplainedCapital(after);
            span.crowded = left || right;
        }
    }

    private boolean unexplainedCapital(int word) {
        return tokens.has(word, Tokens.CAP) && roles[word] != ROLE_FUNCTION && !tokens.has(word, Tokens.TITLE_LINE);
    }

    // ---- pass 2: which countries is the text about ----

    private void weighCountries() {
        System.arraycopy(countryScore, 0, namedScore, 0, countryScore.length);
        for (Span span : spans) {
            if (span.countryEntry >= 0 || span.weak && span.cues == 0) {
                continue; // a capitalised sentence opener or headline word is no evidence of what the text is about
            }
            if ((span.cues & (CUE_REGION | CUE_DIRECTION)) != 0) {
                voteForNamedAdmin1(span);
            }
            if ((span.cues & CUE_FACILITY) != 0) {
                voteForNamedFacility(span);
            }
            if ((span.cues & CUE_SETTLEMENT) != 0) {
                for (int c = 0; c < span.entries.length; c++) {
                    if (span.match.types[c] == GazetteerData.ADMIN1) {
                        int a = span.match.admin1s[c];
                        settlementVotes[a]++;
                        noteVoted(a);
                    }
                }
            }
            voteByPopulation(span);
        }
        chooseDominantCountry();
        if (dominantCountry < 0) {
            System.arraycopy(attackerScore, 0, countryScore, 0, countryScore.length);
            chooseDominantCountry();
        }
    }

    private void chooseDominantCountry() {
        dominantCountry = -1;
        double top = 0;
        for (int c = 0; c < countryScore.length; c++) {
            if (countryScore[c] > top) {
                top = countryScore[c];
                dominantCountry = c;
            }
        }
        dominantScore = top;
    }

    private void voteForNamedAdmin1(Span span) {
        byte[] types = span.match.types;
        byte best = NO_TIER;
        for (int c = 0; c < span.entries.length; c++) {
            if (types[c] == GazetteerData.ADMIN1) {
                best = (byte) Math.max(best, span.tiers[c]);
            }
        }
        if (best == NO_TIER) {
            return;
        }
        int named = 0;
        for (int c = 0; c < span.entries.length; c++) {
            if (types[c] == GazetteerData.ADMIN1 && span.tiers[c] == best) {
                named++;
            }
        }
        for (int c = 0; c < span.entries.length; c++) {
            if (types[c] == GazetteerData.ADMIN1 && span.tiers[c] == best) {
                countryScore[span.match.countries[c]] += REGION_SCORE / named;
                int a = span.match.admin1s[c];
                regionVotes[a]++;
                admin1Named[a] = true;
                noteVoted(a);
            }
        }
    }

    /** "Rafah crossing", "Zamzam camp": a supplement place named with its kind says which country the text is about. */
    private void voteForNamedFacility(Span span) {
        int best = best(span, GazetteerData.SUPPLEMENT, span.facilityMask);
        if (best >= 0 && span.tiers[best] >= LIGHT) {
            countryScore[span.match.countries[best]] += FACILITY_SCORE;
        }
    }

    /** Each place mention votes 1 (0.5 if weak or a skeleton match) split over its candidates by population. */
    private void voteByPopulation(Span span) {
        byte best = NO_TIER;
        for (byte tier : span.tiers) {
            best = (byte) Math.max(best, tier);
        }
        if (weights.length < span.entries.length) {
            weights = new double[Math.max(span.entries.length, weights.length * 2)];
        }
        double total = 0;
        for (int c = 0; c < span.entries.length; c++) {
            weights[c] = voteWeight(span, c, best);
            total += weights[c];
        }
        if (total <= 0) {
            return;
        }
        double vote = (span.weak ? 0.5 : 1.0) * (best == SKELETON ? 0.5 : 1.0);
        for (int c = 0; c < span.entries.length; c++) {
            double w = weights[c];
            if (w > 0) {
                countryScore[span.match.countries[c]] += vote * w / total;
            }
        }
    }

    /**
     * A candidate's share of its mention's vote: by population, among the best-matching candidates. A single word
     * ("Brent", "Orient") only votes for a small town in a country the text names; a town alone does not make a
     * country the subject.
     */
    private double voteWeight(Span span, int c, byte best) {
        if (span.tiers[c] < best) {
            return 0;
        }
        long population = span.match.rankingPopulations[c];
        if (span.contentWords == 1 && population < VOTING_POPULATION && namedScore[span.match.countries[c]] <= 0) {
            return 0;
        }
        return population + 1000.0;
    }

    private static long rankingPopulation(GazetteerData data, int entry) {
        return switch (data.type[entry]) {
            case GazetteerData.ADMIN1 -> ADMIN1_RANKING_POPULATION;
            case GazetteerData.SUPPLEMENT -> SUPPLEMENT_RANKING_POPULATION;
            default -> data.population(entry);
        };
    }

    /** For every entry, the population it ranks by: read by {@link #voteWeight} for every candidate of a span. */
    static long[] rankingPopulations(GazetteerData data) {
        long[] populations = new long[data.entryCount];
        for (int entry = 0; entry < populations.length; entry++) {
            populations[entry] = rankingPopulation(data, entry);
        }
        return populations;
    }

    /** For every entry, {@code log10(rankingPopulation + 1)}: read by {@link #score} for every candidate of a span. */
    static double[] logRankingPopulations(GazetteerData data) {
        double[] logs = new double[data.entryCount];
        for (int entry = 0; entry < logs.length; entry++) {
            logs[entry] = Math.log10(rankingPopulation(data, entry) + 1.0);
        }
        return logs;
    }

    /** The country the text is most about, and any other with at least half its weight. */
    private boolean isDominant(int countryIndex) {
        return countryIndex >= 0 && (countryIndex == dominantCountry
                || countryScore[countryIndex] >= CONTEXT_SCORE && countryScore[countryIndex] >= 0.5 * dominantScore);
    }

    private boolean inContext(int countryIndex) {
        return countryIndex >= 0 && (countryScore[countryIndex] >= CONTEXT_SCORE || countryIndex == dominantCountry);
    }

    /** Remembers that division {@code a} holds votes of this text (once or more), for {@link #clearAdmin1Votes}. */
    private void noteVoted(int a) {
        if (votedCount == voted.length) {
            voted = Arrays.copyOf(voted, voted.length * 2);
        }
        voted[votedCount++] = a;
    }

    private void clearAdmin1Votes() {
        for (int k = 0; k < votedCount; k++) {
            int a = voted[k];
            regionVotes[a] = 0;
            settlementVotes[a] = 0;
            admin1Named[a] = false;
        }
        votedCount = 0;
    }

    // ---- pass 3: resolve ----

    private PlaceMention resolve(Span span, String text) {
        if (span.countryEntry >= 0) {
            return mention(span, text, data.placeOf(span.countryEntry), GeoPrecision.COUNTRY, true);
        }
        if ((span.cues & (CUE_REGION | CUE_DIRECTION)) != 0) {
            int admin1 = best(span, GazetteerData.ADMIN1, -1);
            if (admin1 >= 0 && accept(span, admin1)) {
                return mention(span, text, data.placeOf(span.entries[admin1]), GeoPrecision.ADMIN1, span.tiers[admin1] == EXACT);
            }
        }
        if ((span.cues & CUE_FACILITY) != 0) {
            int facility = best(span, GazetteerData.SUPPLEMENT, span.facilityMask);
            if (facility >= 0 && accept(span, facility)) {
                return supplementMention(span, text, facility);
            }
        }
        if ((span.cues & CUE_REGION) != 0) {
            int region = best(span, GazetteerData.SUPPLEMENT, SupplementKind.REGION.mask());
            if (region >= 0 && accept(span, region)) {
                return supplementMention(span, text, region);
            }
        }
        int chosen = (span.cues & CUE_SETTLEMENT) != 0 ? bestSettlement(span) : knownBestAny(span);
        if (chosen >= 0 && span.match.types[chosen] == GazetteerData.ADMIN1) {
            chosen = seatOf(span, chosen);
        }
        if (chosen < 0 || !accept(span, chosen)) {
            return null;
        }
        int entry = span.entries[chosen];
        return switch (span.match.types[chosen]) {
            case GazetteerData.SUPPLEMENT -> supplementMention(span, text, chosen);
            case GazetteerData.ADMIN1 -> mention(span, text, data.placeOf(entry), GeoPrecision.ADMIN1, span.tiers[chosen] == EXACT);
            default -> placeMention(span, text, chosen);
        };
    }

    private PlaceMention placeMention(Span span, String text, int chosen) {
        int entry = span.entries[chosen];
        int admin1 = sameNamedAdmin1(span, chosen);
        if (admin1 >= 0 && (span.cues & CUE_SETTLEMENT) == 0 && meansTheDivision(span, admin1, chosen)) {
            return mention(span, text, data.placeOf(span.entries[admin1]), GeoPrecision.ADMIN1, span.tiers[admin1] == EXACT);
        }
        boolean near = (span.cues & (CUE_NEAR | CUE_AREA | CUE_REGION | CUE_FACILITY)) != 0;
        return mention(span, text, data.placeOf(entry), near ? GeoPrecision.NEAR : GeoPrecision.EXACT, span.tiers[chosen] == EXACT);
    }

    /**
     * A bare name shared by a division and its town ("Idlib") means the division when the text elsewhere calls it
     * a province more often than a town, unless the town is a big city ("Aleppo", "Kharkiv"), which bare names
     * usually mean.
     */
    private boolean meansTheDivision(Span span, int admin1Candidate, int placeCandidate) {
        int a = span.match.admin1s[admin1Candidate];
        long population = span.match.rankingPopulations[placeCandidate]; // a populated place ranks by its population
        return regionVotes[a] > settlementVotes[a] && population < BIG_CITY_POPULATION;
    }

    /**
     * A bare name matching a division and, less strictly, its seat ("Hodeidah") names the seat town; whether it
     * means the division after all is {@link #meansTheDivision}'s call.
     */
    private int seatOf(Span span, int admin1Candidate) {
        Place division = data.placeOf(span.entries[admin1Candidate]);
        int a = span.match.admin1s[admin1Candidate];
        for (int c = 0; c < span.entries.length; c++) {
            if (span.match.types[c] == GazetteerData.PLACE && span.match.admin1s[c] == a && span.tiers[c] >= LIGHT) {
                Place town = data.placeOf(span.entries[c]);
                if (town.latitude() == division.latitude() && town.longitude() == division.longitude()) {
                    return c;
                }
            }
        }
        return admin1Candidate;
    }

    /**
     * The division the text also calls by this name, in the place's country, at the place's tier (a span's candidates
     * are distinct entries, so the place's tier is that of candidate {@code place}).
     */
    private static int sameNamedAdmin1(Span span, int place) {
        int found = -1;
        for (int c = 0; c < span.entries.length; c++) {
            if (span.match.types[c] == GazetteerData.ADMIN1 && span.match.countries[c] == span.match.countries[place]
                    && span.tiers[c] >= span.tiers[place]) {
                found = c;
            }
        }
        return found;
    }

    private PlaceMention supplementMention(Span span, String text, int chosen) {
        int entry = span.entries[chosen];
        Place place = data.placeOf(entry);
        GeoPrecision precision = switch (place.kind()) {
            case ROAD -> GeoPrecision.NEAR;
            case REGION -> GeoPrecision.ADMIN1;
            default -> (span.cues & CUE_NEAR) != 0 ? GeoPrecision.NEAR : GeoPrecision.EXACT;
        };
        return mention(span, text, place, precision, span.tiers[chosen] == EXACT);
    }

    private static PlaceMention mention(Span span, String text, Place place, GeoPrecision precision, boolean exact) {
        return new PlaceMention(span.surfaceStart, span.surfaceEnd, text.substring(span.surfaceStart, span.surfaceEnd),
                place, precision, exact);
    }

    /** "the town of X": the better of the best populated place and the best town of the supplement, or -1. */
    private int bestSettlement(Span span) {
        int place = best(span, GazetteerData.PLACE, -1);
        int town = best(span, GazetteerData.SUPPLEMENT, SupplementKind.TOWN.mask());
        if (place < 0 || town < 0) {
            return place >= 0 ? place : town;
        }
        return score(span, town) > score(span, place) ? town : place;
    }

    /** The best candidate of one type (and, for the supplement, of the kinds in {@code kindMask}), or -1. */
    private int best(Span span, byte type, int kindMask) {
        int best = -1;
        double bestKey = Double.NEGATIVE_INFINITY;
        byte[] types = span.match.types;
        for (int c = 0; c < span.entries.length; c++) {
            if (types[c] != type) {
                continue;
            }
            if (type == GazetteerData.SUPPLEMENT && kindMask >= 0 && (kindMask & 1 << span.match.ranks[c]) == 0) {
                continue;
            }
            double key = score(span, c);
            if (key > bestKey) {
                bestKey = key;
                best = c;
            }
        }
        return best;
    }

    /**
     * {@link #bestAny}, worked out once per match and qualifying division in a text: a name mostly recurs ("Idlib"
     * five times), and its best candidate depends only on its match, the qualifying division and the countries and
     * divisions the text is about, which stay put while its mentions are resolved.
     */
    private int knownBestAny(Span span) {
        for (int k = 0; k < bestAnyCount; k++) {
            if (bestAnyMatches[k] == span.match && bestAnyQualifiers[k] == qualifyingAdmin1) {
                return bestAnyAnswers[k];
            }
        }
        int best = bestAny(span);
        if (bestAnyCount == bestAnyAnswers.length) {
            bestAnyMatches = Arrays.copyOf(bestAnyMatches, bestAnyCount * 2);
            bestAnyQualifiers = Arrays.copyOf(bestAnyQualifiers, bestAnyCount * 2);
            bestAnyAnswers = Arrays.copyOf(bestAnyAnswers, bestAnyCount * 2);
        }
        bestAnyMatches[bestAnyCount] = span.match;
        bestAnyQualifiers[bestAnyCount] = qualifyingAdmin1;
        bestAnyAnswers[bestAnyCount] = best;
        bestAnyCount++;
        return best;
    }

    // knownBestAny's answers for the text being resolved
    private SpanMatcher.Match[] bestAnyMatches = new SpanMatcher.Match[16];
    private int[] bestAnyQualifiers = new int[16];
    private int[] bestAnyAnswers = new int[16];
    private int bestAnyCount;

    /**
     * The best of every candidate. A supplement name that is also the name of a town in a country the text is
     * about ("Merowe") only counts with a kind word, and a road only in a country the text is about.
     */
    private int bestAny(Span span) {
        SpanMatcher.Match match = span.match;
        byte townTier = NO_TIER;
        for (int c = 0; c < span.entries.length; c++) {
            byte type = match.types[c];
            if ((type == GazetteerData.PLACE || type == GazetteerData.ADMIN1) && inContext(match.countries[c])) {
                townTier = (byte) Math.max(townTier, span.tiers[c]);
            }
        }
        int best = -1;
        double bestKey = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < span.entries.length; c++) {
            if (match.types[c] == GazetteerData.SUPPLEMENT) {
                boolean road = match.ranks[c] == SupplementKind.ROAD.ordinal();
                // a town of a country the text is about wins over a facility or region of the same name, unless the
                // town only sounds like it and the curated name is spelled as written ("near Mahaday")
                if (townTier >= Math.max(LIGHT, span.tiers[c]) || road && !inContext(match.countries[c])) {
                    continue;
                }
            }
            double key = score(span, c);
            if (key > bestKey) {
                bestKey = key;
                best = c;
            }
        }
        return best;
    }

    /**
     * Scores a candidate: a country the text is about (most for the dominant one, half as much for a skeleton
     * match), then exact over light over skeleton match, a division the text names, capitals and seats, and population, added up so that a famous
     * city named exactly can beat a village in a mentioned country that only shares its skeleton.
     */
    private double score(Span span, int c) {
        SpanMatcher.Match match = span.match;
        byte tier = span.tiers[c];
        int countryIndex = match.countries[c];
        double score = isDominant(countryIndex) ? DOMINANT_SCORE : inContext(countryIndex) ? CONTEXT_COUNTRY_SCORE : 0;
        if (tier == SKELETON) {
            score *= SKELETON_COUNTRY_SHARE;
        }
        score += tier * TIER_SCORE;
        int admin1 = match.admin1s[c];
        if (admin1 >= 0 && admin1Named[admin1]) {
            score += NAMED_ADMIN1_SCORE;
        }
        if (admin1 >= 0 && admin1 == qualifyingAdmin1) {
            score += QUALIFYING_ADMIN1_SCORE;
        }
        if (match.types[c] == GazetteerData.PLACE) {
            score += FEATURE_SCORE[match.ranks[c]];
        }
        score += match.logRankingPopulations[c] * POPULATION_SCORE;
        return score;
    }

    private static final double DOMINANT_SCORE = 5.0;
    private static final double CONTEXT_COUNTRY_SCORE = 2.5;
    private static final double TIER_SCORE = 1.0;
    /**
     * A skeleton match (consonants only) gets this share of its country's weight: a text about one
     * country that names a large city of another exactly ("a Russian missile struck Kharkiv") means
     * that city, not a village of the first country with the same consonants.
     */
    private static final double SKELETON_COUNTRY_SHARE = 0.5;
    private static final double NAMED_ADMIN1_SCORE = 1.0;
    /** A division named right after the place ("Yampil in the Donetsk region") outweighs population. */
    private static final double QUALIFYING_ADMIN1_SCORE = 3.0;
    private static final double POPULATION_SCORE = 0.25;
    /** By feature rank: sections and historical places, villages, second-order seats, province seats, capitals. */
    private static final double[] FEATURE_SCORE = {-1.0, 0, 0.25, 0.5, 1.0};

    /** Whether a candidate is believable: in context, or a well-known place named exactly and in plain prose. */
    private boolean accept(Span span, int chosen) {
        SpanMatcher.Match match = span.match;
        int country = match.countries[chosen];
        byte tier = span.tiers[chosen];
        boolean cue = span.cues != 0;
        boolean dominant = isDominant(country);
        if (span.crowded && !(dominant && (tier == EXACT || span.contentWords > 1))
                || span.shouting && !(dominant && tier == EXACT)) {
            return false;
        }
        if (span.weak && !cue && !(tier == EXACT && country == dominantCountry)) {
            return false; // a sentence opener or headline word: only an exact name in the main country
        }
        boolean named = (span.cues & NAMING_CUES) != 0;
        if (dominant) {
            // only the consonants agree: "near Mahaday" in a text about Somalia that also names the U.S. is no
            // American town; outside the main country a word saying what kind of place it is must back it
            return tier != SKELETON || country == dominantCountry || named && !span.weak;
        }
        if (inContext(country)) {
            // a country the text mentions, not the one it is about: towns, not hamlets sharing a person's name
            long population = match.rankingPopulations[chosen];
            if (match.types[chosen] == GazetteerData.ADMIN1 && tier != EXACT) {
                return false;
            }
            return switch (tier) {
                case EXACT -> !(span.weak && !cue) && (cue || population >= MENTIONED_COUNTRY_POPULATION);
                // spelled differently from the gazetteer's name: a word saying what kind of place it is must back it,
                // or, for a large town, no word at all; "near Mahaday" or "the Damanyo camp" in a text about Somalia
                // that also names the U.S. is no American town
                case LIGHT -> !span.weak && (named || !cue && population >= WELL_KNOWN_POPULATION / 2);
                default -> named && !span.weak;
            };
        }
        if (tier != EXACT || span.weak && !cue) {
            return false;
        }
        boolean wellKnown = switch (match.types[chosen]) {
            // a populated place ranks by its population
            case GazetteerData.PLACE -> match.rankingPopulations[chosen] >= WELL_KNOWN_POPULATION
                    || match.ranks[chosen] == 4 || cue && match.rankingPopulations[chosen] >= KNOWN_POPULATION_WITH_CUE;
            case GazetteerData.ADMIN1 -> (span.cues & (CUE_REGION | CUE_DIRECTION)) != 0;
            default -> (span.cues & CUE_FACILITY) != 0 || span.contentWords >= 2;
        };
        return wellKnown && !(span.contentWords == 1 && usedInLowerCase(span));
    }

    /** The word also appears in lower case in the text: an ordinary word ("reading", "mobile"), not a name. */
    private boolean usedInLowerCase(Span span) {
        int from = tokens.start(span.from);
        int length = tokens.end(span.to - 1) - from;
        for (int i = 0; i < tokens.count(); i++) {
            if (tokens.has(i, Tokens.LOWER) && tokens.end(i) - tokens.start(i) == length
                    && sameLetters(tokens.start(i), from, length)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameLetters(int a, int b, int length) {
        for (int k = 0; k < length; k++) {
            if (Character.toLowerCase(tokens.charAt(a + k)) != Character.toLowerCase(tokens.charAt(b + k))) {
                return false;
            }
        }
        return true;
    }
}
