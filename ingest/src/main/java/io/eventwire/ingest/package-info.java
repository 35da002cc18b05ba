/**
 * Ingest: reads wire copy (.txt, .html, IPTC ninjs .json) from files, validates it and publishes
 * raw articles, or dead letters with the reason, to Kafka. {@link io.eventwire.ingest.IngestService}
 * is the entry point; {@link io.eventwire.ingest.IngestConfig} its settings.
 */
@NullMarked
package io.eventwire.ingest;

import org.jspecify.annotations.NullMarked;
