package io.eventwire.enrich.text;

/** Something found at {@code [start, end)} of a text: a sentence, an actor or a place mention. */
public interface TextSpan {

    /** Index of the first character. */
    int start();

    /** Index after the last character. */
    int end();
}
