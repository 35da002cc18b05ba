package io.eventwire.enrich.geo;

import io.eventwire.enrich.text.TextSpan;
import io.eventwire.schema.GeoPrecision;
import java.util.Objects;

/**
 * One place named in a text.
 *
 * @param start offset of the first character of the mention in the text (inclusive)
 * @param end offset after the last character (exclusive); {@code text.substring(start, end)} is {@code surface}
 * @param surface the words of the text, including a region word or compass word that shaped the result
 *     ("Idlib province", "northern Hama")
 * @param place the resolved place
 * @param precision EXACT for a named populated place or supplement point, NEAR for "near X", "X area" and roads,
 *     ADMIN1 for provinces and regions, COUNTRY for a country
 * @param exactName true when the words equal a known name of the place up to case, diacritics and punctuation;
 *     false when only a transliteration-variant key matched
 */
public record PlaceMention(int start, int end, String surface, Place place, GeoPrecision precision,
        boolean exactName) implements TextSpan {

    public PlaceMention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(precision, "precision");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
