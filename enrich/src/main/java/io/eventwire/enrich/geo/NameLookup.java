package io.eventwire.enrich.geo;

import java.util.Optional;

/** Looks a single name up outside running text, strictest key first. */
final class NameLookup {

    private NameLookup() {
    }

    /**
     * The division of {@code country} called {@code name}; a region word before or after the name ("Donetsk
     * Oblast", "province of Idlib") is ignored.
     */
    static Optional<Place> admin1(GazetteerData data, int country, String name) {
        Tokens tokens = new Tokens();
        tokens.tokenizeName(name, 0, name.length());
        int from = 0;
        int to = tokens.count();
        if (to > 1 && (tokens.vocabularyCode(to - 1, data.vocabulary) & Vocabulary.REGION) != 0) {
            to--;
        } else if (to > 2 && (tokens.vocabularyCode(0, data.vocabulary) & Vocabulary.REGION) != 0
                && (tokens.vocabularyCode(1, data.vocabulary) & Vocabulary.OF) != 0) {
            from = 2;
        }
        Optional<Place> found = admin1(data, country, tokens, 0, tokens.count());
        return found.isPresent() || to - from == tokens.count() ? found : admin1(data, country, tokens, from, to);
    }

    private static Optional<Place> admin1(GazetteerData data, int country, Tokens tokens, int from, int to) {
        if (to <= from) {
            return Optional.empty();
        }
        Tokens.SpanKeys keys = new Tokens.SpanKeys();
        tokens.keys(from, to, keys);
        long[] tiers = {keys.exact, keys.lightUsable() ? keys.light : 0, keys.skeletonUsable() ? keys.skeleton : 0};
        for (long key : tiers) {
            if (key == 0) {
                continue;
            }
            for (int link = data.index.first(key); link >= 0; link = data.index.next(link)) {
                int entry = data.index.entry(link) & GazetteerData.ENTRY_MASK;
                if (data.type[entry] == GazetteerData.ADMIN1 && data.country[entry] == country) {
                    return Optional.of(data.placeOf(entry));
                }
            }
        }
        return Optional.empty();
    }
}
