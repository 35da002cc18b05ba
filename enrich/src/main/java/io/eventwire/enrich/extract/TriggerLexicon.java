package io.eventwire.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event triggers of {@code triggers.tsv}, compiled for matching over tokens: patterns are indexed
 * by their first word (or the first three letters of a stem), so a sentence is matched in one pass
 * with a hash lookup per word. Immutable and thread safe.
 */
final class TriggerLexicon {

    /** A trigger found in a sentence: tokens {@code [from, to)}. */
    record Match(TriggerRule rule, int from, int to) {
    }

    private static final int MAX_GAP = 3;
    private static final int FIRST_WORD_BITS = 1 << 12;

    private final List<TriggerRule> rules;
    private final Map<String, List<Compiled>> byWord = new HashMap<>();
    private final Map<String, List<Compiled>> byStemPrefix = new HashMap<>();
    /** Bits set by the sketches of the words a pattern can start with, so most words skip the word lookup. */
    private final java.util.BitSet firstWordSketches = new java.util.BitSet(FIRST_WORD_BITS);
    /** Which two-letter beginnings any stem has, so most words skip the stem lookup. */
    private final java.util.BitSet stemStarts = new java.util.BitSet(1 << 16);
    /** Which three-letter beginnings (hashed) any stem has, checked before a word's prefix string is made. */
    private final java.util.BitSet stemPrefixes = new java.util.BitSet(1 << 16);

    private record Element(Set<String> words, List<String> stems, boolean optional, boolean gap) {
        boolean accepts(String token) {
            if (words.contains(token)) {
                return true;
            }
            for (int k = 0; k < stems.size(); k++) {
                if (token.startsWith(stems.get(k))) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Compiled(TriggerRule rule, Element[] elements) {
    }

    TriggerLexicon(List<TriggerRule> rules) {
        this.rules = List.copyOf(rules);
        for (TriggerRule rule : rules) {
            Element[] elements = parse(rule.pattern());
            Element first = elements[0];
            if (first.optional() || first.gap()) {
                throw new IllegalArgumentException("a trigger pattern must start with a word: " + rule.pattern());
            }
            Compiled compiled = new Compiled(rule, elements);
            for (String word : first.words()) {
                byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(compiled);
                firstWordSketches.set(sketch(word.length(), word.charAt(0), word.charAt(word.length() > 1 ? 1 : 0),
                        word.charAt(word.length() - 1)));
            }
            for (String stem : first.stems()) {
                byStemPrefix.computeIfAbsent(stem.substring(0, 3), k -> new ArrayList<>()).add(compiled);
                stemStarts.set(twoLetters(stem));
                stemPrefixes.set(threeLetters(stem.charAt(0), stem.charAt(1), stem.charAt(2)));
            }
        }
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

    private Match bestAt(Tokens tokens, int i, int to) {
        Match best = null;
        int length = tokens.length(i);
        char first = tokens.lowerChar(i, 0);
        char second = length > 1 ? tokens.lowerChar(i, 1) : first;
        if (firstWordSketches.get(sketch(length, first, second, tokens.lowerChar(i, length - 1)))) {
            best = better(best, tryAll(byWord.get(tokens.lower(i)), tokens, i, to));
        }
        if (length >= 3 && stemStarts.get(twoLetters(first, second))
                && stemPrefixes.get(threeLetters(first, second, tokens.lowerChar(i, 2)))) {
            best = better(best, tryAll(byStemPrefix.get(tokens.lower(i).substring(0, 3)), tokens, i, to));
        }
        return best;
    }

    /**
     * A fingerprint of a word from its length and its first, second and last letters: read without making the
     * word's string or hashing all of it, and almost as selective as a hash for ruling words out.
     */
    private static int sketch(int length, char first, char second, char last) {
        return (((first * 31 + second) * 31 + last) * 31 + length) & (FIRST_WORD_BITS - 1);
    }

    private static int twoLetters(String word) {
        return twoLetters(word.charAt(0), word.charAt(1));
    }

    private static int twoLetters(char first, char second) {
        return ((first & 0xFF) << 8) | (second & 0xFF);
    }

    private static int threeLetters(char first, char second, char third) {
        return ((first * 31 + second) * 31 + third) & 0xFFFF;
    }

    private static Match tryAll(List<Compiled> candidates, Tokens tokens, int i, int to) {
        if (candidates == null) {
            return null;
        }
        Match best = null;
        for (Compiled candidate : candidates) {
            int end = match(candidate.elements(), 0, tokens, i, to);
            if (end > i) {
                best = better(best, new Match(candidate.rule(), i, end));
            }
        }
        return best;
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
    private static int match(Element[] elements, int e, Tokens tokens, int i, int to) {
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
        if (i < to && element.accepts(tokens.lower(i))) {
            int end = match(elements, e + 1, tokens, i + 1, to);
            if (end >= 0) {
                return end;
            }
        }
        return element.optional() ? match(elements, e + 1, tokens, i, to) : -1;
    }

    private static Element[] parse(String pattern) {
        String[] parts = pattern.trim().split("\\s+");
        Element[] elements = new Element[parts.length];
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            if (part.equals("*")) {
                elements[p] = new Element(Set.of(), List.of(), false, true);
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
            elements[p] = new Element(Set.copyOf(words), List.copyOf(stems), optional, false);
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
