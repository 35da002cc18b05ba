package io.eventwire.enrich.geo;

import java.util.List;

/**
 * The kinds of curated supplement places, the {@link PlaceKind} each becomes and the words that, following a
 * name, say the text means this kind of place ("Shayrat airbase", "Rafah crossing", "Zamzam camp").
 */
enum SupplementKind {
    AIRBASE(PlaceKind.FACILITY, "airbase", "airbases", "base", "airport", "airfield", "aerodrome", "airstrip"),
    AIRPORT(PlaceKind.FACILITY, "airport", "airfield", "aerodrome", "airstrip", "airbase", "base"),
    BASE(PlaceKind.FACILITY, "base", "garrison", "barracks", "outpost", "post"),
    DAM(PlaceKind.FACILITY, "dam", "reservoir"),
    PLANT(PlaceKind.FACILITY, "plant", "station", "refinery", "npp", "reactor", "facility"),
    BRIDGE(PlaceKind.FACILITY, "bridge"),
    PORT(PlaceKind.FACILITY, "port", "harbour", "harbor", "terminal", "seaport"),
    SITE(PlaceKind.FACILITY, "hospital", "field", "complex", "works", "factory", "plant", "facility"),
    CROSSING(PlaceKind.CROSSING, "crossing", "crossings", "gate", "post", "checkpoint", "bridge", "terminal"),
    CAMP(PlaceKind.CAMP, "camp", "camps", "settlement", "site"),
    ROAD(PlaceKind.ROAD, "highway", "motorway", "road", "route", "expressway", "corridor", "freeway"),
    REGION(PlaceKind.REGION, "region", "area", "mountains", "mountain", "plain", "plains", "valley", "island", "spit",
            "heights", "forest", "strait", "basin", "zone", "corridor", "peninsula", "desert", "park"),
    /** A town GeoNames cities500 lacks (a district seat that conflict reporting names); no kind word, as towns. */
    TOWN(PlaceKind.POPULATED_PLACE);

    private final PlaceKind placeKind;
    private final List<String> heads;

    SupplementKind(PlaceKind placeKind, String... heads) {
        this.placeKind = placeKind;
        this.heads = List.of(heads);
    }

    PlaceKind placeKind() {
        return placeKind;
    }

    List<String> heads() {
        return heads;
    }

    int mask() {
        return 1 << ordinal();
    }
}
