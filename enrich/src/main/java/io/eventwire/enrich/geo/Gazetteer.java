package io.eventwire.enrich.geo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds place names in English news text about armed conflict and resolves them to GeoNames populated places,
 * first-level divisions, countries and a curated supplement of airbases, border crossings, camps, roads and
 * regions. Spellings are matched through transliteration-aware keys ("Kharkov", "Charkow" and the Spanish
 * "Jarkov" all reach Kharkiv; "Deir al-Zour" reaches Deir ez-Zor), and ambiguous names are settled by the
 * countries and provinces the text is about.
 *
 * <p>Immutable and thread safe; load it once ({@link #standard()}) and share it. Calls on one thread reuse
 * scratch state held per thread. Contains data from GeoNames (geonames.org), CC BY 4.0.
 */
public final class Gazetteer {

    private static final String DATA_DIRECTORY = "/io/eventwire/enrich/geo/";

    private final GazetteerData data;
    private final ThreadLocal<PlaceFinder> finders;

    private Gazetteer(GazetteerData data) {
        this.data = data;
        this.finders = ThreadLocal.withInitial(() -> new PlaceFinder(data));
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = load();

        private static Gazetteer load() {
            return new Gazetteer(new GazetteerLoader(Standard::open).load());
        }

        private static InputStream open(String name) throws IOException {
            InputStream in = Gazetteer.class.getResourceAsStream(DATA_DIRECTORY + name);
            if (in == null) {
                throw new IOException("gazetteer data file missing from the classpath: " + DATA_DIRECTORY + name);
            }
            return in;
        }
    }

    /** The gazetteer built from the data shipped with this module; loaded on first call, then shared. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /**
     * Every place named in {@code text}, in text order, resolved with the text itself as context.
     *
     * @return mentions with offsets into {@code text}; demonyms ("Syrian") are context only and not returned
     */
    public List<PlaceMention> findPlaces(String text) {
        return findPlaces(text, Set.of());
    }

    /**
     * Every place named in {@code text}, in text order, with extra context.
     *
     * @param contextCountries ISO 3166-1 alpha-2 codes of countries known to matter (from the dateline or the
     *     feed); may be empty
     */
    public List<PlaceMention> findPlaces(String text, Set<String> contextCountries) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contextCountries, "contextCountries");
        return finders.get().find(text, contextCountries);
    }

    /**
     * The populated place nearest to a facility, camp or crossing, within {@code maxKm}: ACLED codes an
     * event at an airbase or checkpoint to the town it belongs to. Empty for places that are already
     * populated places, or when no town is that close. Linear in the places of the facility's country;
     * callers ask only for facilities.
     */
    public Optional<Place> nearestTown(Place facility, double maxKm) {
        Objects.requireNonNull(facility, "facility");
        if (facility.kind() == PlaceKind.POPULATED_PLACE || facility.kind() == PlaceKind.COUNTRY) {
            return Optional.empty();
        }
        Place best = null;
        double bestKm = maxKm;
        for (int entry = 0; entry < data.entryCount; entry++) {
            Place candidate = data.place[entry];
            if (data.type[entry] != GazetteerData.PLACE || candidate == null
                    || candidate.kind() != PlaceKind.POPULATED_PLACE
                    || !candidate.countryCode().equals(facility.countryCode())) {
                continue;
            }
            double km = facility.distanceKm(candidate);
            if (km <= bestKm) {
                best = candidate;
                bestKm = km;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The first-level division of a country by name, as GeoNames or English news writes it ("Aleppo",
     * "Halab", "North Darfur", "Donetsk Oblast").
     */
    public Optional<Place> admin1(String countryCode, String admin1Name) {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(admin1Name, "admin1Name");
        Integer country = data.countryByCode.get(countryCode);
        if (country == null) {
            return Optional.empty();
        }
        return NameLookup.admin1(data, country, admin1Name);
    }

    /** The English name of a country ("SY" → "Syria"), or empty for an unknown code. */
    public Optional<String> countryName(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        Integer country = data.countryByCode.get(countryCode);
        return country == null ? Optional.empty() : Optional.of(data.countryNames[country]);
    }
}
