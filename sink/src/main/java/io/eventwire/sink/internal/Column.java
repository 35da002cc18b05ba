package io.eventwire.sink.internal;

/**
 * A table column.
 *
 * @param name column name
 * @param type what is bound to it
 */
public record Column(String name, SqlType type) {
}
