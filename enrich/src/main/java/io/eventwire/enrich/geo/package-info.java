/**
 * Gazetteer: finds place names in English news text about armed conflict and resolves them to GeoNames
 * populated places, first-level divisions, countries and a curated supplement (airbases, border crossings,
 * camps, roads, regions). {@link io.eventwire.enrich.geo.Gazetteer} is the entry point;
 * {@link io.eventwire.enrich.geo.Place}, {@link io.eventwire.enrich.geo.PlaceKind} and
 * {@link io.eventwire.enrich.geo.PlaceMention} are its results. Everything else in the package is internal.
 *
 * <p>The data ships in {@code src/main/resources/io/eventwire/enrich/geo/} and contains data from GeoNames
 * (geonames.org), CC BY 4.0; {@code tools/gazetteer/build_gazetteer.py} rebuilds it.
 */
@NullMarked
package io.eventwire.enrich.geo;

import org.jspecify.annotations.NullMarked;
