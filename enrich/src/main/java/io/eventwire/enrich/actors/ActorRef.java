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

    /**
     * The actors filled last, in slots by the generic actor's identity and the country: the extractor fills the same
     * few generic actors (the very objects of the dictionary) with the same countries article after article, and a
     * slot's identity and two string comparisons cost less than a country lookup, two replacements and a new
     * actor. Slots are overwritten, never grown; a thread that misses a slot another is writing just fills anew.
     */
    private static final Filled[] RECENTLY_FILLED = new Filled[256];

    /** One actor filled with a country, and what it was filled from. */
    private record Filled(ActorRef generic, String iso2, String countryName, ActorRef filled) {}

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
        if (!needsCountry()) {
            return this;
        }
        int slot = (System.identityHashCode(this) * 31 + iso2.hashCode()) & (RECENTLY_FILLED.length - 1);
        Filled recent = RECENTLY_FILLED[slot];
        if (recent != null && recent.generic() == this && recent.iso2().equals(iso2)
                && recent.countryName().equals(countryName)) {
            return recent.filled();
        }
        ActorRef filled = withCountry(iso2, countryName, CountryTable.standard().takesArticle(iso2));
        RECENTLY_FILLED[slot] = new Filled(this, iso2, countryName, filled);
        return filled;
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
