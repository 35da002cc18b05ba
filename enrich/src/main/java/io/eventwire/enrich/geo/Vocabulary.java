package io.eventwire.enrich.geo;

/**
 * The English words around a place name that change its reading: region words ("province"), area words
 * ("outskirts"), settlement words ("town"), nearness ("near"), compass words ("northern"), facility words
 * ("airbase", "crossing", "camp"), particles allowed inside names ("al", "de", "of") and armed-force words that
 * make a country word the attacker's ("US warplanes"). Grammar, not place
 * names: general for any conflict. Looked up by {@link Tokens#wordHash}.
 */
final class Vocabulary {

    static final int REGION = 1;
    static final int AREA = 1 << 1;
    static final int SETTLEMENT = 1 << 2;
    static final int NEAR = 1 << 3;
    static final int DIRECTION = 1 << 4;
    static final int OF = 1 << 5;
    static final int THE = 1 << 6;
    static final int PARTICLE = 1 << 7;
    static final int FACILITY_MODIFIER = 1 << 8;
    static final int FACILITY_HEAD = 1 << 9;
    static final int TITLE = 1 << 10;
    static final int NEAR_OF = 1 << 11;
    static final int HYPHEN_PARTICLE = 1 << 12;
    static final int ARMED = 1 << 13;
    static final int CITY_PART = 1 << 14;

    /** Shift of the {@link SupplementKind} mask of a facility head word inside the word's code. */
    static final int KIND_SHIFT = 16;

    private static final String[] REGION_WORDS = {
        "province", "provinces", "governorate", "governorates", "region", "oblast", "state", "department", "prefecture",
        "countryside",
        "county", "krai", "kray", "wilaya", "wilayat", "muhafazah", "muhafazat",
    };
    private static final String[] AREA_WORDS = {
        "area", "areas", "outskirts", "outskirt", "suburbs", "suburb", "vicinity", "environs",
        "surroundings", "surrounding", "countrysides", "frontline", "front",
    };
    /** A named part of a city: "the Tierra Blanca neighbourhood" is in the city, not the namesake town elsewhere. */
    private static final String[] CITY_PART_WORDS = {
        "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "quarter",
    };
    private static final String[] SETTLEMENT_WORDS = {"city", "town", "village", "hamlet", "township", "locality"};
    private static final String[] NEAR_WORDS = {"near", "nearby", "outside", "around", "close", "off"};
    private static final String[] NEAR_OF_WORDS = {
        "outskirts", "vicinity", "suburbs", "environs", "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest", "km", "kilometres", "kilometers", "miles", "edge", "edges", "gates", "entrance",
    };
    private static final String[] DIRECTION_WORDS = {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "rural",
        "upper", "lower",
    };
    /** Lower-case words a name may hold between capitalised words ("Ras al Ain", "Gulf of Aden"). */
    private static final String[] PARTICLES = {
        "al", "el", "il", "ul", "ar", "ash", "az", "ad", "ed", "ud", "esh", "ez", "de", "del", "della", "di", "da", "dos",
        "das", "du", "des", "la", "le", "les", "van", "von", "der", "den", "of", "bin", "ibn", "bint", "ould", "ag", "nad",
    };
    /** Particles that are also English or French words: inside a name only between hyphens ("Rostov-on-Don"). */
    private static final String[] HYPHEN_PARTICLES = {
        "an", "as", "at", "es", "et", "er", "en", "ech", "eth", "e", "i", "on", "upon", "sur", "am", "im", "na", "pod", "do",
        "au", "aux", "sous",
    };
    private static final String[] FACILITY_MODIFIERS = {
        "military", "air", "international", "civilian", "civil", "border", "refugee", "refugees", "displacement",
        "displaced", "idp", "idps", "nuclear", "power", "oil", "gas", "hydroelectric", "naval", "army", "main",
        "former", "strategic", "key", "sea", "river", "steel", "protection", "landing", "mountain",
    };

    /**
     * Armed forces and their weapons: after a country name or demonym ("US warplanes", "Israeli drone", "Russian
     * shelling") the country is the attacker's, which says nothing about where the event happened.
     */
    private static final String[] ARMED_WORDS = {
        "army", "military", "troops", "soldiers", "forces", "navy", "air", "warplane", "warplanes", "jet", "jets",
        "aircraft", "drone", "drones", "helicopter", "helicopters", "artillery", "tanks", "airstrike", "airstrikes",
        "strike", "strikes", "raid", "raids", "missile", "missiles", "rocket", "rockets", "shelling", "bombardment",
    };

    private final KeyIndex words = new KeyIndex(512);
    private final int[] codes = new int[512];
    private int size;
    /** One bit per (length, first char, last char) of a word added: see {@link #mayContain}. */
    private final long[] shapes = new long[(SHAPE_LENGTHS * SHAPE_SYMBOLS * SHAPE_SYMBOLS + 63) / 64];

    private static final int SHAPE_LENGTHS = 32;
    /** a-z, 0-9, and one symbol for anything else. */
    private static final int SHAPE_SYMBOLS = 37;

    Vocabulary() {
        addAll(REGION_WORDS, REGION);
        addAll(AREA_WORDS, AREA);
        addAll(SETTLEMENT_WORDS, SETTLEMENT);
        addAll(NEAR_WORDS, NEAR);
        addAll(NEAR_OF_WORDS, NEAR_OF);
        addAll(DIRECTION_WORDS, DIRECTION);
        addAll(PARTICLES, PARTICLE | HYPHEN_PARTICLE);
        addAll(HYPHEN_PARTICLES, HYPHEN_PARTICLE);
        addAll(FACILITY_MODIFIERS, FACILITY_MODIFIER);
        addAll(ARMED_WORDS, ARMED);
        addAll(CITY_PART_WORDS, CITY_PART);
        add("of", OF);
        add("the", THE);
        for (SupplementKind kind : SupplementKind.values()) {
            for (String head : kind.heads()) {
                add(head, FACILITY_HEAD | 1 << KIND_SHIFT + kind.ordinal());
            }
        }
    }

    /** Adds a title word ("president", "minister") read from the stoplist. */
    void addTitle(String folded) {
        add(folded, TITLE);
    }

    private void addAll(String[] list, int code) {
        for (String word : list) {
            add(word, code);
        }
    }

    private void add(String folded, int code) {
        int shape = shape(folded.length(), folded.charAt(0), folded.charAt(folded.length() - 1));
        shapes[shape >>> 6] |= 1L << shape;
        long hash = Hashing.word(folded);
        int link = words.first(hash);
        if (link >= 0) {
            codes[words.entry(link)] |= code;
            return;
        }
        codes[size] = code;
        words.add(hash, size++);
    }

    /** The codes of a folded word (bit set of the constants above), 0 for other words. */
    int code(long wordHash) {
        int link = words.first(wordHash);
        return link < 0 ? 0 : codes[words.entry(link)];
    }

    /**
     * Whether some word of the vocabulary has this folded length, first and last char. When not, the word has code 0
     * and need not be folded and hashed to learn it: most words next to a name ("said", "in") are ruled out so.
     */
    boolean mayContain(int length, char first, char last) {
        int shape = shape(length, first, last);
        return (shapes[shape >>> 6] & 1L << shape) != 0;
    }

    private static int shape(int length, char first, char last) {
        return (Math.min(length, SHAPE_LENGTHS - 1) * SHAPE_SYMBOLS + symbol(first)) * SHAPE_SYMBOLS + symbol(last);
    }

    private static int symbol(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return c >= '0' && c <= '9' ? 26 + c - '0' : 36;
    }
}
