package io.eventwire.enrich.geo;

import java.util.Arrays;

/**
 * The English words around a place name that change its reading: region words ("province"), area words
 * ("outskirts"), settlement words ("town"), nearness ("near"), compass words ("northern"), facility words
 * ("airbase", "crossing", "camp"), particles allowed inside names ("al", "de", "of") and armed-force words that
 * make a country word the attacker's ("US warplanes"). Grammar, not place
 * names: general for any conflict. Looked up by a word's folded letters ({@link Tokens#vocabularyCode}): a few hundred
 * words, found by a hash of their length and first, second and last letter, then compared letter by letter.
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

    /** The words added, each once, with their codes. */
    private char[][] words = new char[512][];
    private int[] codes = new int[512];
    /** Per word: made of ASCII lower-case letters and digits only (see {@link #plainCode}). */
    private boolean[] plain = new boolean[512];
    private int size;
    /**
     * Open addressing by length and first, second and last letter: per slot the word's index plus one and its length
     * ({@link #LENGTH_SHIFT}), 0 when empty. A quarter full at most, so most words asked about that are none of
     * these find an empty slot, or one of another length, at the first probe, without reading a word.
     */
    private int[] slots = new int[1024];

    private static final int LENGTH_SHIFT = 16;
    private static final int INDEX_MASK = (1 << LENGTH_SHIFT) - 1;

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
        char[] word = folded.toCharArray();
        int at = find(word, 0, word.length);
        if (at >= 0) {
            codes[at] |= code;
            return;
        }
        if (size == codes.length) {
            words = Arrays.copyOf(words, size * 2);
            codes = Arrays.copyOf(codes, size * 2);
            plain = Arrays.copyOf(plain, size * 2);
        }
        words[size] = word;
        codes[size] = code;
        plain[size] = isPlain(word);
        size++;
        if (size * 4 > slots.length) {
            slots = new int[slots.length * 2];
            for (int w = 0; w < size; w++) {
                place(w);
            }
        } else {
            place(size - 1);
        }
    }

    private void place(int w) {
        char[] word = words[w];
        int mask = slots.length - 1;
        int slot = slot(word, 0, word.length) & mask;
        while (slots[slot] != 0) {
            slot = slot + 1 & mask;
        }
        slots[slot] = w + 1 | word.length << LENGTH_SHIFT;
    }

    /**
     * The codes of the folded word {@code w[off, off + len)} (bit set of the constants above), 0 for other words.
     * The chars may also be ASCII letters and digits as written: they are read in lower case.
     */
    int code(char[] w, int off, int len) {
        int at = find(w, off, len);
        return at < 0 ? 0 : codes[at];
    }

    /**
     * The codes of the word {@code w[off, off + len)} read in lower case if it is a word of ASCII lower-case letters
     * and digits only, else 0. Found so, the chars as written are ASCII letters and digits too (only those read in
     * lower case as such), so the word is the same folded; a word not found may still be one when folded.
     */
    int plainCode(char[] w, int off, int len) {
        int at = find(w, off, len);
        return at >= 0 && plain[at] ? codes[at] : 0;
    }

    private static boolean isPlain(char[] word) {
        for (char c : word) {
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The index of the word {@code w[off, off + len)} read in lower case, or -1. */
    private int find(char[] w, int off, int len) {
        int[] table = slots;
        int mask = table.length - 1;
        int slot = slot(w, off, len) & mask;
        int lengthBits = len << LENGTH_SHIFT;
        for (int entry = table[slot]; entry != 0; entry = table[slot]) {
            if ((entry & ~INDEX_MASK) == lengthBits && sameLetters(words[(entry & INDEX_MASK) - 1], w, off, len)) {
                return (entry & INDEX_MASK) - 1;
            }
            slot = slot + 1 & mask;
        }
        return -1;
    }

    /** A hash of the length and the first, second and last char, read in lower case. */
    private static int slot(char[] w, int off, int len) {
        int h = len * 0x9E3779B1 + lowerCase(w[off]) * 0x85EBCA6B + lowerCase(w[off + (len > 1 ? 1 : 0)]) * 0xC2B2AE35
                + lowerCase(w[off + len - 1]) * 0x27D4EB2F;
        return h ^ h >>> 15;
    }

    /** Whether {@code word} is the chars {@code w[off, off + len)}, read in lower case. */
    private static boolean sameLetters(char[] word, char[] w, int off, int len) {
        if (word.length != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (lowerCase(w[off + k]) != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII letter in lower case; digits and folded letters stay as they are. */
    private static char lowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
