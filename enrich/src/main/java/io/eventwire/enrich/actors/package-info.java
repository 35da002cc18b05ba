/**
 * Conflict actors: recognises the parties to conflict events in English news text and names them the way
 * ACLED does ("Military Forces of Syria", "Hayat Tahrir al-Sham", "Civilians (Sudan)"), with ACLED's inter codes.
 *
 * <p>{@link io.eventwire.enrich.actors.ActorDictionary} is the entry point; {@link io.eventwire.enrich.actors.ActorRef}
 * and {@link io.eventwire.enrich.actors.ActorMention} are what it returns. Names, aliases, countries and patterns are
 * data ({@code countries.tsv} and {@code actors.txt} in this package's resources, formats described at the top of each);
 * every other type in the package is internal.
 */
@NullMarked
package io.eventwire.enrich.actors;

import org.jspecify.annotations.NullMarked;
