/**
 * Text primitives for extraction: {@link io.eventwire.enrich.text.SentenceSplitter} cuts cleaned article text
 * into {@link io.eventwire.enrich.text.Sentence}s; {@link io.eventwire.enrich.text.Tokens} cuts text into
 * words, numbers and punctuation, tagging words through a case-insensitive
 * {@link io.eventwire.enrich.text.Lexicon}; {@link io.eventwire.enrich.text.WordLists} reads the sectioned
 * word-list data files the extractors are configured with. Everything here is immutable or confined to
 * one call, allocation-light and linear in the length of the text.
 */
@NullMarked
package io.eventwire.enrich.text;

import org.jspecify.annotations.NullMarked;
