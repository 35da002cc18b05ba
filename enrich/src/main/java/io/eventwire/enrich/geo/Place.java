package io.eventwire.enrich.geo;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A resolved place.
 *
 * @param geonamesId the GeoNames id of a populated place or first-level division; null for countries and for
 *     supplement places (airbases, crossings, camps, roads, regions)
 * @param name the display name (GeoNames name, or the English name of a division, country or supplement place)
 * @param latitude WGS84 latitude; for divisions the seat (or most populous place), for countries a central
 *     point, for roads a point along the road
 * @param longitude WGS84 longitude
 * @param countryCode ISO 3166-1 alpha-2 code
 * @param admin1 the first-level division's common English name, or null when unknown
 * @param admin2 the second-level division's name, or null when unknown
 * @param kind what sort of place this is
 * @param population GeoNames population, 0 when unknown or not a populated place
 */
public record Place(@Nullable Long geonamesId, String name, double latitude, double longitude,
        String countryCode, @Nullable String admin1, @Nullable String admin2, PlaceKind kind, long population) {

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A hash of the id, name and country only (equal places agree on them, and they tell places apart): a record's
     * own hash reads all nine fields, the kind's identity hash among them, and the extractor hashes a place for each
     * facility it places.
     */
    @Override
    public int hashCode() {
        return (Objects.hashCode(geonamesId) * 31 + name.hashCode()) * 31 + countryCode.hashCode();
    }

    /** Great-circle distance to {@code other} in kilometres. */
    public double distanceKm(Place other) {
        return distanceKm(latitude, longitude, other.latitude, other.longitude);
    }

    /** Great-circle distance between two WGS84 points in kilometres. */
    public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double p1 = Math.toRadians(latitude1);
        double p2 = Math.toRadians(latitude2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(longitude2 - longitude1) / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }
}
