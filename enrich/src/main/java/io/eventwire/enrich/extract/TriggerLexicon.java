package io.eventwire.enrich.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The event triggers of {@code triggers.tsv}, compiled for matching over tokens: every word of the patterns has
 * an id in one {@link WordTags} table, looked up once per token, and patterns are indexed by the id of their first
 * word (or of the first three letters of a stem), so a sentence is matched in one pass. Most words start no pattern
 * and are ruled out by their first three letters alone. Immutable and thread safe.
 */
final class TriggerLexicon {

    /** A trigger found in a sentence: tokens {@code [from, to)}. */
    record Match(TriggerRule rule, int from, int to) {
    }

    private static final int MAX_GAP = 3;
    private static final int STEM_PREFIX = 3;
    private static final Compiled[] NONE = new Compiled[0];

    private final List<TriggerRule> rules;
    /** Every word of every pattern, tagged with its id plus one. */
    private final WordTags words;
    /**
     * The words patterns start with, tagged as in {@link #words}: a third of a text's words are pattern words
     * ("the", "of", "by"), most never first, and this smaller table rules those out at its filter.
     */
    private final WordTags firstWords;
    /** Every three-letter beginning of a stem a pattern starts with, tagged with its id plus one. */
    private final WordTags stemPrefixes;
    private final Compiled[][] byFirstWord;
    /**
     * Per first word, the words one of its patterns may go on with, or null when a pattern may end there or go on
     * otherwise (an optional word, a gap, a stem). Frequent words start patterns ("was shot by", "in protest"), and
     * the word after them rules nearly all out at once, without trying each pattern.
     */
    private final BitSet[] nextWords;
    private final StemGroup[] byStemPrefix;
    /** Which two-letter beginnings any stem has, so most words skip the stem lookup. */
    private final java.util.BitSet stemStarts = new java.util.BitSet(1 << 16);
    /**
     * By three ASCII letters ({@link Tokens#asciiTrigram}): the tag of the stem beginning or 0, plus
     * {@link #FIRST_WORD} when a first word of a pattern begins with them. Most words start with three such letters,
     * and a word whose entry is 0 starts no pattern: most words of a text are ruled out by one array read, without
     * hashing, and a word that begins only stems is not looked up among the first words. Others take
     * {@link #firstWords} and {@link #stemPrefixes}.
     */
    private final short[] asciiStarts = new short[Tokens.TRIGRAMS];
    private static final short FIRST_WORD = 0x4000;

    private record Element(BitSet wordIds, String[] stems, boolean optional, boolean gap) {
        boolean accepts(Tokens tokens, int i, WordTags words) {
            long id = tokens.tags(i, words);
            if (id != 0 && wordIds.get((int) id - 1)) {
                return true;
            }
            for (String stem : stems) {
                if (tokens.startsWith(i, stem)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Compiled(TriggerRule rule, Element[] elements) {
    }

    /**
     * The patterns whose first element has a stem of one three-letter beginning, in file order, and those stems: a
     * word is compared with each stem once, however many patterns share it ("counter-attack~" and "counterattack~"
     * open a clash and a territorial pattern alike).
     */
    private record StemGroup(String[] stems, StemRule[] rules) {
    }

    /** A pattern of a {@link StemGroup}, with bit {@code k} of {@code stems} set when it starts with stem {@code k}. */
    private record StemRule(Compiled compiled, long stems) {
    }

    /** A pattern element as written: its words and stems. */
    private record Written(List<String> words, List<String> stems, boolean optional, boolean gap) {
    }

    TriggerLexicon(List<TriggerRule> rules) {
        this.rules = List.copyOf(rules);
        List<Written[]> patterns = new ArrayList<>();
        Map<String, Integer> wordIds = new LinkedHashMap<>();
        Map<String, Integer> prefixIds = new LinkedHashMap<>();
        for (TriggerRule rule : rules) {
            Written[] elements = parse(rule.pattern());
            Written first = elements[0];
            if (first.optional() || first.gap()) {
                throw new IllegalArgumentException("a trigger pattern must start with a word: " + rule.pattern());
            }
            for (Written element : elements) {
                element.words().forEach(word -> wordIds.putIfAbsent(word, wordIds.size()));
            }
            for (String stem : first.stems()) {
                prefixIds.putIfAbsent(stem.substring(0, STEM_PREFIX), prefixIds.size());
                stemStarts.set(twoLetters(stem.charAt(0), stem.charAt(1)));
            }
            patterns.add(elements);
        }
        this.words = new WordTags(idsPlusOne(wordIds));
        Map<String, Integer> firstWordIds = new LinkedHashMap<>();
        for (Written[] elements : patterns) {
            elements[0].words().forEach(word -> firstWordIds.put(word, wordIds.get(word)));
        }
        this.firstWords = new WordTags(idsPlusOne(firstWordIds));
        this.stemPrefixes = new WordTags(idsPlusOne(prefixIds));
        List<List<Compiled>> firstWords = lists(wordIds.size());
        List<List<Compiled>> prefixes = lists(prefixIds.size());
        for (int r = 0; r < rules.size(); r++) {
            Written[] written = patterns.get(r);
            Element[] elements = new Element[written.length];
            for (int e = 0; e < written.length; e++) {
                BitSet ids = new BitSet();
                written[e].words().forEach(word -> ids.set(wordIds.get(word)));
                elements[e] = new Element(ids, written[e].stems().toArray(String[]::new), written[e].optional(),
                        written[e].gap());
            }
            Compiled compiled = new Compiled(rules.get(r), elements);
            for (String word : written[0].words()) {
                firstWords.get(wordIds.get(word)).add(compiled);
            }
            for (String stem : written[0].stems()) {
                prefixes.get(prefixIds.get(stem.substring(0, STEM_PREFIX))).add(compiled);
            }
        }
        this.byFirstWord = firstWords.stream().map(list -> list.toArray(NONE)).toArray(Compiled[][]::new);
        this.nextWords = new BitSet[byFirstWord.length];
        for (int word = 0; word < byFirstWord.length; word++) {
            nextWords[word] = nextWords(byFirstWord[word]);
        }
        this.byStemPrefix = new StemGroup[prefixIds.size()];
        prefixIds.forEach((prefix, id) -> byStemPrefix[id] = stemGroup(prefix, prefixes.get(id)));
        if (prefixIds.size() >= FIRST_WORD) {
            throw new IllegalArgumentException("too many stem beginnings: " + prefixIds.size());
        }
        for (String word : firstWordIds.keySet()) {
            if (word.length() >= STEM_PREFIX) {
                addStart(word, FIRST_WORD);
            }
        }
        prefixIds.forEach((prefix, id) -> addStart(prefix, (short) (id + 1)));
    }

    /**
     * The words that may follow the first word of {@code patterns}, when each goes on with a word of a set; else
     * null.
     */
    private static BitSet nextWords(Compiled[] patterns) {
        BitSet next = new BitSet();
        for (Compiled pattern : patterns) {
            if (pattern.elements().length < 2) {
                return null;
            }
            Element second = pattern.elements()[1];
            if (second.optional() || second.gap() || second.stems().length > 0) {
                return null;
            }
            next.or(second.wordIds());
        }
        return patterns.length == 0 ? null : next;
    }

    /**
     * The group of patterns that share a stem beginning, each listed once in file order (a pattern with two stems of
     * the beginning was indexed under each).
     */
    private static StemGroup stemGroup(String prefix, List<Compiled> patterns) {
        List<String> stems = new ArrayList<>();
        Map<Compiled, Long> rules = new LinkedHashMap<>();
        for (Compiled compiled : patterns) {
            for (String stem : compiled.elements()[0].stems()) {
                if (!stem.startsWith(prefix)) {
                    continue;
                }
                if (!stems.contains(stem)) {
                    stems.add(stem);
                }
                rules.merge(compiled, 1L << stems.indexOf(stem), (a, b) -> a | b);
            }
        }
        if (stems.size() > Long.SIZE) {
            throw new IllegalArgumentException("too many stems begin with " + prefix);
        }
        return new StemGroup(stems.toArray(String[]::new), rules.entrySet().stream()
                .map(entry -> new StemRule(entry.getKey(), entry.getValue())).toArray(StemRule[]::new));
    }

    /** Adds {@code bits} to the entry of the three letters {@code word} begins with, when they are ASCII letters. */
    private void addStart(String word, short bits) {
        int code = Tokens.asciiTrigram(word.charAt(0), word.charAt(1), word.charAt(2));
        if (code >= 0) {
            asciiStarts[code] |= bits;
        }
    }

    private static Map<String, Long> idsPlusOne(Map<String, Integer> ids) {
        Map<String, Long> tags = new HashMap<>();
        ids.forEach((word, id) -> tags.put(word, id + 1L));
        return tags;
    }

    private static List<List<Compiled>> lists(int count) {
        List<List<Compiled>> lists = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    /** The lexicon shipped in {@code triggers.tsv}. */
    static TriggerLexicon standard() {
        return new TriggerLexicon(load("triggers.tsv"));
    }

    /** The rules, in file order. */
    List<TriggerRule> rules() {
        return rules;
    }

    /** Every trigger in tokens {@code [from, to)}, longest first at each position, not overlapping. */
    List<Match> find(Tokens tokens, int from, int to) {
        List<Match> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match best = bestAt(tokens, i, to);
            if (best == null) {
                i++;
            } else {
                matches.add(best);
                i = best.to();
            }
        }
        return matches;
    }

    /**
     * The best match at token {@code i}. Each token is asked once per text, so its first-word tag is looked up
     * without being kept.
     */
    private Match bestAt(Tokens tokens, int i, int to) {
        if (tokens.length(i) < STEM_PREFIX) {
            return firstWordMatch(tokens, i, to);
        }
        int code = tokens.asciiTrigram(i);
        if (code >= 0) {
            int start = asciiStarts[code];
            if (start == 0) {
                return null;
            }
            Match best = (start & FIRST_WORD) != 0 ? firstWordMatch(tokens, i, to) : null;
            int stem = start & ~FIRST_WORD;
            return stem == 0 ? best : better(best, tryStems(byStemPrefix[stem - 1], tokens, i, to));
        }
        // a digit, a joiner or a letter beyond ASCII among the first three: looked up by the folded letters
        Match best = firstWordMatch(tokens, i, to);
        long prefix = stemStarts.get(twoLetters(tokens.lowerChar(i, 0), tokens.lowerChar(i, 1)))
                ? stemPrefixes.ofPrefix(tokens, i, STEM_PREFIX) : 0;
        if (prefix != 0) {
            best = better(best, tryStems(byStemPrefix[(int) prefix - 1], tokens, i, to));
        }
        return best;
    }

    /** The best match of the patterns whose first word token {@code i} is, or null. */
    private Match firstWordMatch(Tokens tokens, int i, int to) {
        long word = firstWords.of(tokens, i);
        if (word == 0) {
            return null;
        }
        BitSet next = nextWords[(int) word - 1];
        if (next != null) {
            long after = i + 1 < to ? tokens.tags(i + 1, words) : 0;
            if (after == 0 || !next.get((int) after - 1)) {
                return null;
            }
        }
        return tryRest(byFirstWord[(int) word - 1], tokens, i, to);
    }

    private static int twoLetters(char first, char second) {
        return ((first & 0xFF) << 8) | (second & 0xFF);
    }

    /** The best of {@code candidates}, whose first element takes token {@code i}: they are matched on after it. */
    private Match tryRest(Compiled[] candidates, Tokens tokens, int i, int to) {
        Match best = null;
        for (Compiled candidate : candidates) {
            best = better(best, matchRest(candidate, tokens, i, to));
        }
        return best;
    }

    /**
     * The best of the patterns of {@code group} that token {@code i} starts by one of their stems. A pattern whose
     * first element takes the token as a word is left out: it is matched among the first words, and a stem match
     * of the same pattern would be no better.
     */
    private Match tryStems(StemGroup group, Tokens tokens, int i, int to) {
        String[] stems = group.stems();
        long started = 0;
        for (int k = 0; k < stems.length; k++) {
            if (tokens.startsWith(i, stems[k])) {
                started |= 1L << k;
            }
        }
        if (started == 0) {
            return null;
        }
        Match best = null;
        for (StemRule rule : group.rules()) {
            if ((rule.stems() & started) != 0) {
                best = better(best, matchRest(rule.compiled(), tokens, i, to));
            }
        }
        return best;
    }

    /** The match of {@code candidate} at token {@code i}, whose first element takes that token, or null. */
    private Match matchRest(Compiled candidate, Tokens tokens, int i, int to) {
        int end = match(candidate.elements(), 1, tokens, i + 1, to);
        return end < 0 ? null : new Match(candidate.rule(), i, end);
    }

    private static Match better(Match a, Match b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.rule().priority() != b.rule().priority()) {
            return a.rule().priority() > b.rule().priority() ? a : b;
        }
        return b.to() > a.to() ? b : a;
    }

    /** End (exclusive) of a match of {@code elements[e..]} at token {@code i}, or -1. */
    private int match(Element[] elements, int e, Tokens tokens, int i, int to) {
        if (e == elements.length) {
            return i;
        }
        Element element = elements[e];
        if (element.gap()) {
            for (int skip = 0; skip <= MAX_GAP && i + skip <= to; skip++) {
                int end = match(elements, e + 1, tokens, i + skip, to);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i < to && element.accepts(tokens, i, words)) {
            int end = match(elements, e + 1, tokens, i + 1, to);
            if (end >= 0) {
                return end;
            }
        }
        return element.optional() ? match(elements, e + 1, tokens, i, to) : -1;
    }

    private static Written[] parse(String pattern) {
        String[] parts = pattern.trim().split("\\s+");
        Written[] elements = new Written[parts.length];
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            if (part.equals("*")) {
                elements[p] = new Written(List.of(), List.of(), false, true);
                continue;
            }
            boolean optional = part.startsWith("[") && part.endsWith("]");
            String body = optional ? part.substring(1, part.length() - 1) : part;
            List<String> words = new ArrayList<>();
            List<String> stems = new ArrayList<>();
            for (String alternative : body.split("\\|")) {
                if (alternative.endsWith("~")) {
                    String stem = alternative.substring(0, alternative.length() - 1);
                    if (stem.length() < 3) {
                        throw new IllegalArgumentException("a stem needs at least three letters: " + pattern);
                    }
                    stems.add(stem);
                } else {
                    words.add(alternative);
                }
            }
            elements[p] = new Written(List.copyOf(new LinkedHashSet<>(words)), List.copyOf(stems), optional, false);
        }
        return elements;
    }

    private static List<TriggerRule> load(String resource) {
        List<TriggerRule> rules = new ArrayList<>();
        for (String[] columns : DataFiles.rows(resource, 4)) {
            rules.add(new TriggerRule(columns[0], columns[1], TriggerRule.Roles.valueOf(columns[2]),
                    Integer.parseInt(columns[3].trim())));
        }
        return rules;
    }
}
