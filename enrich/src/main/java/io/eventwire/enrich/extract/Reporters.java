package io.eventwire.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a sentence attributes its report to ({@code reporters.tsv}): monitors, agencies, state media,
 * activists. Phrases are indexed by their first word. Immutable and thread safe.
 */
final class Reporters {

    private record Phrase(String[] words, String canonical) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    private Reporters(List<String[]> rows) {
        for (String[] row : rows) {
            for (String phrase : row[1].split("\\|")) {
                String[] words = phrase.trim().split("\\s+");
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, row[0]));
            }
        }
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
    }

    static Reporters standard() {
        return new Reporters(DataFiles.rows("reporters.tsv", 2));
    }

    /** The source named in tokens {@code [from, to)}, the longest phrase first. */
    Optional<String> find(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            List<Phrase> phrases = byFirstWord.get(tokens.lower(i));
            if (phrases == null) {
                continue;
            }
            for (Phrase phrase : phrases) {
                if (matches(phrase.words(), tokens, i, to)) {
                    return Optional.of(phrase.canonical());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String[] words, Tokens tokens, int at, int to) {
        if (at + words.length > to) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            if (!tokens.lower(at + w).equals(words[w])) {
                return false;
            }
        }
        return true;
    }
}
