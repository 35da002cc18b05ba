package io.eventwire.enrich.actors;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An actor as ACLED names it.
 *
 * <p>Generic actors ("government forces", "rebels", "civilians") are named with a {@code {country}} placeholder,
 * "Rebel Groups ({country})", and no country code: the caller knows the article's country and fills it in with
 * {@link #withCountry(String, String)}.
 *
 * @param name        canonical name, without ACLED's year suffixes; may contain {@value #PLACEHOLDER}
 * @param interCode   ACLED's inter code (1 state forces, 2 rebels, 3 political militias and unidentified armed
 *                    groups, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external forces)
 * @param countryCode ISO 3166-1 alpha-2 code of the actor's country, or null when it has none (transnational
 *                    groups) or it is still to be filled in
 * @param kind        the kind of actor
 */
public record ActorRef(String name, int interCode, @Nullable String countryCode, ActorKind kind) {

    /** The placeholder that stands for the country's name in generic actors' names. */
    public static final String PLACEHOLDER = "{country}";

    private static final String OF_PLACEHOLDER = "of " + PLACEHOLDER;

    public ActorRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether the name still holds the {@value #PLACEHOLDER} placeholder. */
    public boolean needsCountry() {
        return name.contains(PLACEHOLDER);
    }

    /**
     * This actor with the country filled in: "Military Forces of {country}" becomes "Military Forces of Syria".
     * Countries that ACLED writes with an article after "of" get it ("Military Forces of the United States",
     * but "Civilians (United States)"). An actor without the placeholder is returned unchanged.
     *
     * @param iso2        the country's ISO 3166-1 alpha-2 code
     * @param countryName the country's ACLED name, as from {@link ActorDictionary#countryName(String)}
     */
    public ActorRef withCountry(String iso2, String countryName) {
        return withCountry(iso2, countryName, CountryTable.standard().takesArticle(iso2));
    }

    ActorRef withCountry(String iso2, String countryName, boolean article) {
        if (!needsCountry()) {
            return this;
        }
        String filled = name.replace(OF_PLACEHOLDER, article ? "of the " + countryName : "of " + countryName)
                .replace(PLACEHOLDER, countryName);
        return new ActorRef(filled, interCode, iso2, kind);
    }
}
