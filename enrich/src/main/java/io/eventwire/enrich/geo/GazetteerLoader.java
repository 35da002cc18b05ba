package io.eventwire.enrich.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the shipped data files (see README.md next to them) into a {@link GazetteerData}. Single use.
 */
final class GazetteerLoader {

    static final String PLACES = "places.tsv.gz";
    static final String REGIONS = "regions.tsv.gz";
    static final String COUNTRIES = "countries.tsv";
    static final String ADMIN1_NAMES = "admin1-names.tsv";
    static final String SUPPLEMENT = "supplement.tsv";
    static final String STOPLIST = "stoplist.tsv";

    private static final int MAX_NAME_WORDS = 8;
    private static final String[] ADMIN1_PREFIXES = {"Muhafazat ", "Province of ", "Departamento de ", "Departamento del ", "Region ", "Wilayat "};
    private static final String[] ADMIN1_SUFFIXES = {
        " Governorate", " Province", " Region", " State", " Oblast'", " Oblast", " oblast", " Department", " Prefecture",
        " County", " Kray", " Krai", " Republic", " District",
    };
    private static final String[][] DIRECTION_WORDS = {
        {"Northern", "North"}, {"Southern", "South"}, {"Eastern", "East"}, {"Western", "West"},
        {"Nord", "North"}, {"Sud", "South"}, {"Est", "East"}, {"Ouest", "West"},
    };

    private final Tokens nameTokens = new Tokens();
    private final Tokens.SpanKeys keys = new Tokens.SpanKeys();
    private final KeyIndex index = new KeyIndex(1 << 21);
    private final KeyIndex multiWordStarts = new KeyIndex(1 << 17);

    private int entryCount;
    private byte[] type = new byte[1 << 18];
    private @Nullable Place[] place = new Place[1 << 18];
    private short[] country = new short[1 << 18];
    private int[] admin1 = new int[1 << 18];
    private byte[] rank = new byte[1 << 18];

    /** The codes of the countries by index; every place of a country shares its code's string (hashed once). */
    private final List<String> countryCodes = new ArrayList<>();
    private final List<String> countryNames = new ArrayList<>();
    private final List<Place> countryPlaces = new ArrayList<>();
    private final Map<String, Integer> countryByCode = new HashMap<>();
    private final Map<String, double[]> countryPoints = new HashMap<>();

    private final List<String> admin1Codes = new ArrayList<>();
    private final List<Place> admin1Places = new ArrayList<>();
    private final List<Integer> admin1Entries = new ArrayList<>();
    private final Map<String, Integer> admin1ByCode = new HashMap<>();
    private final Map<Long, Integer> admin1BySeat = new HashMap<>();
    private final Map<Integer, Set<Long>> admin1LightKeys = new HashMap<>();
    private final Map<String, String> admin2Names = new HashMap<>();
    private final Vocabulary vocabulary = new Vocabulary();

    private final ResourceOpener opener;

    /** Opens a data file by name. */
    interface ResourceOpener {
        InputStream open(String name) throws IOException;
    }

    GazetteerLoader(ResourceOpener opener) {
        this.opener = opener;
    }

    /** Reads every data file. */
    GazetteerData load() {
        Map<String, String[]> admin1Rows = readRegions();
        readCountries();
        readAdmin1(admin1Rows);
        readPlaces();
        readSupplement();
        readStoplist();
        index.trim();
        return new GazetteerData(entryCount, Arrays.copyOf(type, entryCount), Arrays.copyOf(place, entryCount),
                Arrays.copyOf(country, entryCount), Arrays.copyOf(admin1, entryCount), Arrays.copyOf(rank, entryCount),
                index, multiWordStarts, countryCodes.toArray(String[]::new), countryNames.toArray(String[]::new),
                countryPlaces.toArray(Place[]::new), Map.copyOf(countryByCode), admin1Codes.toArray(String[]::new),
                admin1Places.toArray(Place[]::new), admin1Entries.stream().mapToInt(Integer::intValue).toArray(),
                Map.copyOf(admin1ByCode), vocabulary);
    }

    // ---- files ----

    private Map<String, String[]> readRegions() {
        Map<String, String[]> admin1Rows = new HashMap<>();
        forEachRow(REGIONS, true, row -> {
            switch (row[0]) {
                case "A1" -> admin1Rows.put(row[1], row);
                case "A2" -> admin2Names.put(row[1], row[2]);
                case "CC" -> countryPoints.put(row[1], new double[] {Double.parseDouble(row[2]), Double.parseDouble(row[3])});
                default -> throw new IllegalStateException(REGIONS + ": unknown row type " + row[0]);
            }
        });
        return admin1Rows;
    }

    private void readCountries() {
        for (String[] row : rows(COUNTRIES, false)) {
            String code = row[0];
            double[] point = countryPoints.get(code);
            if (point == null) {
                throw new IllegalStateException(COUNTRIES + ": no representative point for " + code);
            }
            List<String> names = split(row[1]);
            String display = names.isEmpty() ? new Locale("", code).getDisplayCountry(Locale.ENGLISH) : names.get(0);
            int index = countryIndex(code);
            countryNames.set(index, display);
            Place p = new Place(null, display, point[0], point[1], countryCodes.get(index), null, null, PlaceKind.COUNTRY,
                    0);
            countryPlaces.set(index, p);
            int entry = addEntry(GazetteerData.COUNTRY, p, index, -1, (byte) 0);
            for (String name : names) {
                indexName(name, entry);
            }
            if (row.length > 2) {
                int demonymEntry = addEntry(GazetteerData.DEMONYM, null, index, -1, (byte) 0);
                for (String demonym : split(row[2])) {
                    indexName(demonym, demonymEntry);
                    if (takesPluralS(demonym)) {
                        indexName(demonym + "s", demonymEntry);
                    }
                }
            }
        }
    }

    /** "Syrian" → "Syrians", "Yemeni" → "Yemenis"; not "Sudanese", "British", "French", "Swiss". */
    private static boolean takesPluralS(String demonym) {
        for (String ending : new String[] {"ese", "sh", "ch", "ss", "s", "x", "z"}) {
            if (demonym.endsWith(ending)) {
                return false;
            }
        }
        return true;
    }

    private int countryIndex(String code) {
        Integer known = countryByCode.get(code);
        if (known != null) {
            return known;
        }
        int index = countryCodes.size();
        countryCodes.add(code);
        countryNames.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        double[] point = countryPoints.getOrDefault(code, new double[] {0, 0});
        countryPlaces.add(new Place(null, countryNames.get(index), point[0], point[1], code, null, null, PlaceKind.COUNTRY, 0));
        countryByCode.put(code, index);
        return index;
    }

    private void readAdmin1(Map<String, String[]> admin1Rows) {
        Map<String, String[]> english = new HashMap<>();
        for (String[] row : rows(ADMIN1_NAMES, false)) {
            english.put(row[0], row);
        }
        List<String> codes = new ArrayList<>(admin1Rows.keySet());
        codes.sort(null);
        for (String code : codes) {
            String[] row = admin1Rows.get(code);
            String[] extra = english.get(code);
            String display = extra != null ? extra[1] : cleanAdmin1Name(row[3]);
            String cc = code.substring(0, code.indexOf('.'));
            int countryIndex = countryIndex(cc);
            Place p = new Place(Long.parseLong(row[4]), display, Double.parseDouble(row[5]), Double.parseDouble(row[6]),
                    countryCodes.get(countryIndex), display, null, PlaceKind.ADMIN1, 0);
            int admin1Index = admin1Codes.size();
            int entry = addEntry(GazetteerData.ADMIN1, p, countryIndex, admin1Index, (byte) 1);
            admin1Codes.add(code);
            admin1Places.add(p);
            admin1Entries.add(entry);
            admin1ByCode.put(code, admin1Index);
            admin1BySeat.put(Long.parseLong(row[7]), admin1Index);
            Set<String> names = new LinkedHashSet<>();
            names.add(display);
            names.add(row[2]);
            names.add(row[3]);
            if (extra != null && extra.length > 2) {
                names.addAll(split(extra[2]));
            }
            Set<String> variants = new LinkedHashSet<>();
            for (String name : names) {
                variants.add(name);
                variants.add(cleanAdmin1Name(name));
            }
            for (String name : new ArrayList<>(variants)) {
                variants.addAll(directionVariants(name));
            }
            Set<Long> lightKeys = new HashSet<>();
            for (String name : variants) {
                if (indexName(name, entry)) {
                    lightKeys.add(keys.light);
                }
            }
            admin1LightKeys.put(admin1Index, lightKeys);
        }
    }

    private static String cleanAdmin1Name(String name) {
        String cleaned = name;
        for (String prefix : ADMIN1_PREFIXES) {
            if (cleaned.startsWith(prefix) && cleaned.length() > prefix.length() + 2) {
                cleaned = cleaned.substring(prefix.length());
            }
        }
        for (String suffix : ADMIN1_SUFFIXES) {
            if (cleaned.endsWith(suffix) && cleaned.length() > suffix.length() + 2) {
                cleaned = cleaned.substring(0, cleaned.length() - suffix.length());
            }
        }
        return cleaned;
    }

    /** "Northern Darfur" also as "North Darfur", French "Nord-Kivu" as "North Kivu". */
    private static List<String> directionVariants(String name) {
        List<String> out = new ArrayList<>();
        String spaced = name.replace('-', ' ');
        String[] words = spaced.split(" ");
        if (words.length < 2) {
            return out;
        }
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            for (String[] pair : DIRECTION_WORDS) {
                if (words[i].equals(pair[0])) {
                    words[i] = pair[1];
                    changed = true;
                }
            }
        }
        if (changed) {
            out.add(String.join(" ", words));
        }
        return out;
    }

    private void readPlaces() {
        List<String> lines = new ArrayList<>(1 << 18);
        forEachLine(PLACES, true, lines::add);
        for (String line : lines) {
            int tab = -1;
            for (int field = 0; field < 6; field++) {
                tab = line.indexOf('\t', tab + 1);
            }
            countryIndex(line.substring(tab + 1, line.indexOf('\t', tab + 1)));
        }
        // the keys of 600k names are the bulk of loading: computed in parallel, inserted in file order
        PlaceRow[] rows = new PlaceRow[lines.size()];
        int chunks = (lines.size() + PLACE_CHUNK - 1) / PLACE_CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            Tokens words = new Tokens();
            Tokens.SpanKeys spanKeys = new Tokens.SpanKeys();
            for (int i = chunk * PLACE_CHUNK, end = Math.min(lines.size(), i + PLACE_CHUNK); i < end; i++) {
                rows[i] = parsePlace(lines.get(i), words, spanKeys);
            }
        });
        for (PlaceRow row : rows) {
            int entry = addEntry(GazetteerData.PLACE, row.place, row.countryIndex, row.admin1Index, row.rank);
            long[] nameKeys = row.keys;
            for (int k = 0; k < nameKeys.length; k++) {
                if (nameKeys[k] == 0) {
                    continue;
                }
                if (k % KEYS_PER_NAME == KEYS_PER_NAME - 1) {
                    multiWordStarts.add(nameKeys[k], 0);
                } else {
                    index.add(nameKeys[k], entry | GazetteerData.PLACE << GazetteerData.TYPE_SHIFT);
                }
            }
            indexSeatNamesForAdmin1(row);
        }
    }

    private static final int PLACE_CHUNK = 4096;
    private static final int KEYS_PER_NAME = 4;

    /** One line of the places file, with the keys of all its names (exact, light, skeleton; 0 when unusable). */
    private record PlaceRow(Place place, int countryIndex, int admin1Index, byte rank, long geonameId, long[] keys,
            int leadingNames) {
    }

    private PlaceRow parsePlace(String line, Tokens words, Tokens.SpanKeys spanKeys) {
        int[] tab = new int[11];
        int at = -1;
        for (int field = 0; field < 10; field++) {
            at = line.indexOf('\t', at + 1);
            if (at < 0) {
                throw new IllegalStateException(PLACES + ": malformed line " + line);
            }
            tab[field] = at;
        }
        tab[10] = line.length();
        long geonameId = Long.parseLong(line, 0, tab[0], 10);
        String name = line.substring(tab[0] + 1, tab[1]);
        String cc = line.substring(tab[5] + 1, tab[6]);
        String admin1Code = line.substring(tab[6] + 1, tab[7]);
        String admin2Code = line.substring(tab[7] + 1, tab[8]);
        int countryIndex = countryByCode.get(cc);
        Integer admin1Index = admin1ByCode.get(cc + "." + admin1Code);
        String admin1Name = admin1Index == null ? null : admin1Places.get(admin1Index).name();
        String admin2Name = admin2Code.isEmpty() ? null : admin2Names.get(cc + "." + admin1Code + "." + admin2Code);
        long population = tab[9] + 1 == tab[10] ? 0 : Long.parseLong(line, tab[9] + 1, tab[10], 10);
        Place p = new Place(geonameId, name, Double.parseDouble(line.substring(tab[3] + 1, tab[4])),
                Double.parseDouble(line.substring(tab[4] + 1, tab[5])), countryCodes.get(countryIndex), admin1Name,
                admin2Name, PlaceKind.POPULATED_PLACE, population);
        // names: name, asciiname, then the |-separated alternates
        List<int[]> ranges = new ArrayList<>();
        ranges.add(new int[] {tab[0] + 1, tab[1]});
        if (tab[2] > tab[1] + 1) {
            ranges.add(new int[] {tab[1] + 1, tab[2]});
        }
        int leadingNames = ranges.size();
        for (int from = tab[2] + 1; from < tab[3];) {
            int bar = line.indexOf('|', from);
            int to = bar < 0 || bar > tab[3] ? tab[3] : bar;
            if (to > from) {
                ranges.add(new int[] {from, to});
            }
            from = to + 1;
        }
        long[] keyArray = new long[ranges.size() * KEYS_PER_NAME];
        for (int r = 0; r < ranges.size(); r++) {
            if (keysOf(line, ranges.get(r)[0], ranges.get(r)[1], words, spanKeys)) {
                keyArray[r * KEYS_PER_NAME] = spanKeys.exact;
                keyArray[r * KEYS_PER_NAME + 1] = spanKeys.light;
                keyArray[r * KEYS_PER_NAME + 2] = spanKeys.skeleton;
                keyArray[r * KEYS_PER_NAME + 3] = spanKeys.firstWordSkeleton;
            }
        }
        String featureCode = line.substring(tab[8] + 1, tab[9]);
        return new PlaceRow(p, countryIndex, admin1Index == null ? -1 : admin1Index, featureRank(featureCode), geonameId,
                keyArray, leadingNames);
    }

    /** A division named like its seat ("Aleppo") also goes by the seat's other names ("Halab", "Alep"). */
    private void indexSeatNamesForAdmin1(PlaceRow row) {
        Integer admin1Index = admin1BySeat.get(row.geonameId);
        if (admin1Index == null) {
            return;
        }
        Set<Long> lightKeys = admin1LightKeys.get(admin1Index);
        boolean sameName = false;
        for (int r = 0; r < row.leadingNames; r++) {
            long light = row.keys[r * KEYS_PER_NAME + 1];
            sameName |= light != 0 && lightKeys.contains(light);
        }
        if (sameName) {
            int code = admin1Entries.get(admin1Index) | GazetteerData.ADMIN1 << GazetteerData.TYPE_SHIFT;
            for (int k = 0; k < row.keys.length; k++) {
                if (row.keys[k] != 0 && k % KEYS_PER_NAME != KEYS_PER_NAME - 1) {
                    index.add(row.keys[k], code);
                }
            }
        }
    }

    private static byte featureRank(String featureCode) {
        return switch (featureCode) {
            case "PPLC" -> 4;
            case "PPLA", "PPLG" -> 3;
            case "PPLA2" -> 2;
            case "PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH" -> 0;
            default -> 1;
        };
    }

    private void readSupplement() {
        for (String[] row : rows(SUPPLEMENT, false)) {
            SupplementKind kind = SupplementKind.valueOf(row[1]);
            String cc = row[4];
            int countryIndex = countryIndex(cc);
            Integer admin1Index = row[5].isEmpty() ? null : admin1ByCode.get(row[5]);
            if (!row[5].isEmpty() && admin1Index == null) {
                throw new IllegalStateException(SUPPLEMENT + ": unknown admin1 " + row[5] + " for " + row[0]);
            }
            String admin1Name = admin1Index == null ? null : admin1Places.get(admin1Index).name();
            Place p = new Place(null, row[0], Double.parseDouble(row[2]), Double.parseDouble(row[3]),
                    countryCodes.get(countryIndex), admin1Name, null, kind.placeKind(), 0);
            int entry = addEntry(GazetteerData.SUPPLEMENT, p, countryIndex, admin1Index == null ? -1 : admin1Index,
                    (byte) kind.ordinal());
            indexName(row[0], entry);
            for (String alias : split(row[6])) {
                indexName(alias, entry);
            }
        }
    }

    private void readStoplist() {
        for (String[] row : rows(STOPLIST, false)) {
            byte category = switch (row[0]) {
                case "WORD" -> GazetteerData.STOP_WORD;
                case "TIME" -> GazetteerData.STOP_TIME;
                case "DIRECTION" -> GazetteerData.STOP_DIRECTION;
                case "TITLE" -> GazetteerData.STOP_TITLE;
                case "PERSON" -> GazetteerData.STOP_PERSON;
                case "ORG" -> GazetteerData.STOP_ORG;
                default -> throw new IllegalStateException(STOPLIST + ": unknown category " + row[0]);
            };
            int entry = addEntry(GazetteerData.STOP, null, -1, -1, category);
            for (String phrase : split(row[1])) {
                indexName(phrase, entry);
                if (category == GazetteerData.STOP_TITLE && phrase.indexOf(' ') < 0) {
                    vocabulary.addTitle(phrase.toLowerCase(Locale.ROOT).replace("-", ""));
                }
            }
        }
    }

    // ---- helpers ----

    private int addEntry(byte entryType, @Nullable Place p, int countryIndex, int admin1Index, byte entryRank) {
        if (entryCount == type.length) {
            int size = type.length * 2;
            type = Arrays.copyOf(type, size);
            place = Arrays.copyOf(place, size);
            country = Arrays.copyOf(country, size);
            admin1 = Arrays.copyOf(admin1, size);
            rank = Arrays.copyOf(rank, size);
        }
        type[entryCount] = entryType;
        place[entryCount] = p;
        country[entryCount] = (short) countryIndex;
        admin1[entryCount] = admin1Index;
        rank[entryCount] = entryRank;
        return entryCount++;
    }

    /** Computes the keys of {@code name} into {@link #keys}; false when it has no usable words. */
    private boolean keysOf(String name) {
        return keysOf(name, 0, name.length(), nameTokens, keys);
    }

    /** Computes the keys of the name {@code s[from, to)} into {@code out}; false when it has no usable words. */
    private static boolean keysOf(String s, int from, int to, Tokens words, Tokens.SpanKeys out) {
        words.tokenizeName(s, from, to);
        int n = words.count();
        if (n == 0 || n > MAX_NAME_WORDS) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (words.isNonLatin(i)) {
                return false;
            }
        }
        if (n > 1) {
            words.skeletonKeys(0, 1, out);
            out.firstWordSkeleton = out.skeleton;
        } else {
            out.firstWordSkeleton = 0;
        }
        words.keys(0, n, out);
        return true;
    }

    /** Indexes {@code name} for {@code entry} under its exact, light and skeleton keys. */
    private boolean indexName(String name, int entry) {
        if (!keysOf(name)) {
            return false;
        }
        int code = entry | type[entry] << GazetteerData.TYPE_SHIFT;
        index.add(keys.exact, code);
        index.add(keys.light, code);
        index.add(keys.skeleton, code);
        if (keys.firstWordSkeleton != 0) {
            multiWordStarts.add(keys.firstWordSkeleton, 0);
        }
        return true;
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from <= list.length()) {
            int bar = list.indexOf('|', from);
            int to = bar < 0 ? list.length() : bar;
            String item = list.substring(from, to).trim();
            if (!item.isEmpty()) {
                out.add(item);
            }
            from = to + 1;
        }
        return out;
    }

    private List<String[]> rows(String file, boolean gzip) {
        List<String[]> out = new ArrayList<>();
        forEachRow(file, gzip, out::add);
        return out;
    }

    private void forEachRow(String file, boolean gzip, Consumer<String[]> action) {
        forEachLine(file, gzip, line -> action.accept(line.split("\t", -1)));
    }

    private void forEachLine(String file, boolean gzip, Consumer<String> action) {
        try (InputStream raw = opener.open(file);
                InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                action.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer data file " + file, e);
        }
    }
}
