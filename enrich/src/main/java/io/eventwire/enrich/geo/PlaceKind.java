package io.eventwire.enrich.geo;

/** What sort of place a {@link Place} is. */
public enum PlaceKind {
    /** A GeoNames populated place (city, town, village). */
    POPULATED_PLACE,
    /** A military airbase, airport, dam, power plant, port, bridge or similar site. */
    FACILITY,
    /** A highway or route; its point is a representative point along it. */
    ROAD,
    /** A border crossing. */
    CROSSING,
    /** A refugee or displacement camp. */
    CAMP,
    /** A named region that is not a first-level division (Darfur, Donbas, Eastern Ghouta). */
    REGION,
    /** A first-level administrative division (province, governorate, state, oblast). */
    ADMIN1,
    /** A country. */
    COUNTRY
}
