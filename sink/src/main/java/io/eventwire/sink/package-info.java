/**
 * The sink: consumes cleaned articles and canonical events from Kafka into SQLite or PostgreSQL, and
 * exports them as JSON lines.
 *
 * <p>Entry points: {@link io.eventwire.sink.SinkService} (the consumer, a
 * {@link io.eventwire.schemas.Service}), {@link io.eventwire.sink.SinkExport} and
 * {@link io.eventwire.sink.SinkCounts} (read side), {@link io.eventwire.sink.SinkStore} (idempotent
 * batch upserts) over a {@link io.eventwire.sink.Database} that speaks through a
 * {@link io.eventwire.sink.SqlDialect}. Everything in {@code io.eventwire.sink.internal} is not API.
 */
@NullMarked
package io.eventwire.sink;

import org.jspecify.annotations.NullMarked;
