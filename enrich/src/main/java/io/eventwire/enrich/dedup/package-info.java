/**
 * Near-duplicate articles: wire copy republished by other outlets with small edits and other
 * boilerplate. {@link io.eventwire.enrich.dedup.NearDuplicateMarker} is the entry point, a Kafka Streams
 * processor that sets {@code near_duplicate_of} on a cleaned article; word shingles, SuperMinHash
 * signatures and their LSH bands are internal to the package. Parameters and measured precision and
 * recall are in {@code docs/near-duplicates.md}.
 */
@NullMarked
package io.eventwire.enrich.dedup;

import org.jspecify.annotations.NullMarked;
