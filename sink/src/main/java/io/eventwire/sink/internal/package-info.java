/**
 * Internals of the sink: dialects, table definitions, row mapping, writers, JSON mapping, record
 * decoding. Not API: may change without notice.
 */
@NullMarked
package io.eventwire.sink.internal;

import org.jspecify.annotations.NullMarked;
