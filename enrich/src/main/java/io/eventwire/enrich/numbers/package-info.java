/**
 * Casualty figures in English news sentences: {@link io.eventwire.enrich.numbers.CasualtyExtractor} reads
 * killed and injured counts, with low/best/high estimates and whether a figure is a cumulative total rather
 * than one event's toll, into {@link io.eventwire.enrich.numbers.Casualties}. The vocabulary is the data
 * files {@code number-words.txt} and {@code casualty-words.txt}. Everything else in the package is internal.
 */
@NullMarked
package io.eventwire.enrich.numbers;

import org.jspecify.annotations.NullMarked;
