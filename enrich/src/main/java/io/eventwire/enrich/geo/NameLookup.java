package io.eventwire.enrich.geo;

import java.util.Optional;

/** Looks a single name up (outside running text), strictest key first. */
final class NameLookup {

    private NameLookup() {
    }

    static Optional<Place> admin1(GazetteerData data, int country, String name) {
        Tokens tokens = new Tokens();
        tokens.tokenize(name);
        if (tokens.count() == 0) {
            return Optional.empty();
        }
        Tokens.SpanKeys keys = new Tokens.SpanKeys();
        tokens.keys(0, tokens.count(), keys);
        long[] tiers = {keys.exact, keys.lightUsable() ? keys.light : 0, keys.skeletonUsable() ? keys.skeleton : 0};
        for (long key : tiers) {
            if (key == 0) {
                continue;
            }
            for (int link = data.index.first(key); link >= 0; link = data.index.next(link)) {
                int entry = data.index.entry(link);
                if (data.type[entry] == GazetteerData.ADMIN1 && data.country[entry] == country) {
                    return Optional.of(data.placeOf(entry));
                }
            }
        }
        return Optional.empty();
    }
}
