package io.eventwire.enrich.geo;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the gazetteer knows, loaded once and then only read: the entries (populated places, divisions,
 * supplement places, countries, demonyms, stop phrases) and the {@link KeyIndex} from name keys to entries.
 */
final class GazetteerData {

    static final byte PLACE = 0;
    static final byte ADMIN1 = 1;
    static final byte SUPPLEMENT = 2;
    static final byte COUNTRY = 3;
    static final byte DEMONYM = 4;
    static final byte STOP = 5;

    /** Stop phrase categories (stored as the entry's rank). */
    static final byte STOP_WORD = 0;
    static final byte STOP_TIME = 1;
    static final byte STOP_DIRECTION = 2;
    static final byte STOP_TITLE = 3;
    static final byte STOP_PERSON = 4;
    static final byte STOP_ORG = 5;

    /** Index chains hold {@code entry | type << TYPE_SHIFT}, so a walk need not look the type up. */
    static final int TYPE_SHIFT = 28;
    static final int ENTRY_MASK = (1 << TYPE_SHIFT) - 1;

    final int entryCount;
    final byte[] type;
    /** The place of PLACE, ADMIN1, SUPPLEMENT and COUNTRY entries; null for DEMONYM and STOP. */
    final @Nullable Place[] place;
    /** Country index of every entry but STOP (-1). */
    final short[] country;
    /** Admin1 index of PLACE, ADMIN1 and SUPPLEMENT entries, or -1. */
    final int[] admin1;
    /** PLACE: feature rank (4 capital .. 0 section/historical); SUPPLEMENT: {@link SupplementKind} ordinal; STOP: category. */
    final byte[] rank;
    final KeyIndex index;
    /** Skeleton keys of the first word of every name of two or more words: longer spans start only there. */
    final KeyIndex multiWordStarts;

    final String[] countryCodes;
    final String[] countryNames;
    final Place[] countryPlaces;
    final Map<String, Integer> countryByCode;

    final String[] admin1Codes;
    final Place[] admin1Places;
    final int[] admin1Entries;
    final Map<String, Integer> admin1ByCode;

    final Vocabulary vocabulary;
    /** Per entry, the population {@link PlaceFinder} ranks and weighs it by: kept here to spare a read of its place. */
    final long[] rankingPopulation;
    /** Per entry, the log10 of its ranking population plus one, as {@link PlaceFinder} scores candidates. */
    final double[] logRankingPopulation;

    GazetteerData(int entryCount, byte[] type, @Nullable Place[] place, short[] country, int[] admin1, byte[] rank,
            KeyIndex index, KeyIndex multiWordStarts, String[] countryCodes, String[] countryNames, Place[] countryPlaces,
            Map<String, Integer> countryByCode, String[] admin1Codes, Place[] admin1Places, int[] admin1Entries,
            Map<String, Integer> admin1ByCode, Vocabulary vocabulary) {
        this.entryCount = entryCount;
        this.type = type;
        this.place = place;
        this.country = country;
        this.admin1 = admin1;
        this.rank = rank;
        this.index = index;
        this.multiWordStarts = multiWordStarts;
        this.countryCodes = countryCodes;
        this.countryNames = countryNames;
        this.countryPlaces = countryPlaces;
        this.countryByCode = countryByCode;
        this.admin1Codes = admin1Codes;
        this.admin1Places = admin1Places;
        this.admin1Entries = admin1Entries;
        this.admin1ByCode = admin1ByCode;
        this.vocabulary = vocabulary;
        this.rankingPopulation = PlaceFinder.rankingPopulations(this);
        this.logRankingPopulation = PlaceFinder.logRankingPopulations(this);
    }

    Place placeOf(int entry) {
        Place p = place[entry];
        if (p == null) {
            throw new IllegalStateException("entry " + entry + " has no place");
        }
        return p;
    }

    long population(int entry) {
        Place p = place[entry];
        return p == null ? 0 : p.population();
    }
}
