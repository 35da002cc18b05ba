/**
 * Event extraction: from a cleaned article to ACLED-style event mentions. {@link
 * io.eventwire.enrich.extract.EventExtractor} is the entry point; trigger words, cues, reporters,
 * the taxonomy and note templates are data files next to these classes.
 */
@NullMarked
package io.eventwire.enrich.extract;

import org.jspecify.annotations.NullMarked;
