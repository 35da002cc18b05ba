/**
 * Date expressions in English news text: {@link io.eventwire.enrich.time.DateResolver} finds them and
 * resolves them against the publication date into {@link io.eventwire.enrich.time.DateMention}s (a day
 * range, a precision and whether the date is background rather than news), and infers a publication date
 * from the text when the feed gives none. Everything else in the package is internal.
 */
@NullMarked
package io.eventwire.enrich.time;

import org.jspecify.annotations.NullMarked;
