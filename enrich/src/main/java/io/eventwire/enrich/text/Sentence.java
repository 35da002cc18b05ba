package io.eventwire.enrich.text;

/**
 * One sentence of a text.
 *
 * @param start index in the whole text of the sentence's first character
 * @param end   index in the whole text after its last character
 * @param text  {@code whole.substring(start, end)}: never empty, no leading or trailing whitespace
 */
public record Sentence(int start, int end, String text) {

    public Sentence {
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end + " for " + text.length() + " chars");
        }
    }
}
