package io.eventwire.sink.internal;

/** The kinds of column the sink writes; each maps to one JDBC setter (see {@link Rows#bind}). */
public enum SqlType {
    TEXT, INTEGER, BIGINT, DOUBLE, BOOLEAN, TIMESTAMP, JSON
}
