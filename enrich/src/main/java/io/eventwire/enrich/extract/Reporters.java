package io.eventwire.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a sentence attributes its report to ({@code reporters.tsv}): monitors, agencies, state media,
 * activists. Phrases are indexed by their first word, looked up from each token's letters without making its
 * string. Immutable and thread safe.
 */
final class Reporters {

    private record Phrase(String[] words, String canonical) {
    }

    /** Every first word of a phrase, tagged with its index in {@link #byFirstWord} plus one. */
    private final WordTags firstWords;
    /** Per first word, the phrases it opens, the longest first. */
    private final Phrase[][] byFirstWord;

    private Reporters(List<String[]> rows) {
        Map<String, List<Phrase>> phrases = new LinkedHashMap<>();
        for (String[] row : rows) {
            for (String phrase : row[1].split("\\|")) {
                String[] words = phrase.trim().split("\\s+");
                phrases.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, row[0]));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        byFirstWord = new Phrase[phrases.size()][];
        for (Map.Entry<String, List<Phrase>> entry : phrases.entrySet()) {
            List<Phrase> opened = entry.getValue();
            opened.sort((a, b) -> b.words().length - a.words().length);
            byFirstWord[ids.size()] = opened.toArray(Phrase[]::new);
            ids.put(entry.getKey(), ids.size() + 1L);
        }
        firstWords = new WordTags(ids);
    }

    static Reporters standard() {
        return new Reporters(DataFiles.rows("reporters.tsv", 2));
    }

    /** The source named in tokens {@code [from, to)}, the longest phrase first. */
    Optional<String> find(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            long id = firstWords.of(tokens, i);
            if (id == 0) {
                continue;
            }
            for (Phrase phrase : byFirstWord[(int) id - 1]) {
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
            if (!tokens.isWord(at + w, words[w])) {
                return false;
            }
        }
        return true;
    }
}
