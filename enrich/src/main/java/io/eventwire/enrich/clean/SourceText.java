package io.eventwire.enrich.clean;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article's text split into normalised, non-empty paragraphs, before any cleaning.
 *
 * @param paragraphs    the paragraphs in reading order
 * @param headlineHint  a headline the markup states ({@code <h1>} or {@code <title>}), null for plain text
 * @param captions      captions the markup states ({@code <figcaption>}), empty for plain text
 */
record SourceText(List<String> paragraphs, @Nullable String headlineHint, List<String> captions) {

    SourceText {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
    }
}
