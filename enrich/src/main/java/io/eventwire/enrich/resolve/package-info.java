/**
 * Cross-article event resolution: mentions of one real-world event, from any article, outlet or day,
 * become one canonical event with a stable id. {@link io.eventwire.enrich.resolve.EventResolver} holds
 * the algorithm over a {@link io.eventwire.enrich.resolve.ResolutionState};
 * {@link io.eventwire.enrich.resolve.EventResolverProcessor} runs it in Kafka Streams on bounded stores.
 */
@NullMarked
package io.eventwire.enrich.resolve;

import org.jspecify.annotations.NullMarked;
