package io.eventwire.sink.internal;

import io.eventwire.sink.SqlDialect;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table the sink writes, with the statements built from its columns, so column lists and
 * placeholders cannot drift apart. Immutable.
 *
 * @param name table name
 * @param key primary-key columns
 * @param columns every column, in bind order
 */
public record Table(String name, List<String> key, List<Column> columns) {

    public Table {
        key = List.copyOf(key);
        columns = List.copyOf(columns);
    }

    /** {@code INSERT INTO t (c...) VALUES (?...)}. */
    public String insert(SqlDialect dialect) {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String values = columns.stream().map(c -> placeholder(c, dialect)).collect(Collectors.joining(", "));
        return "INSERT INTO " + name + " (" + names + ") VALUES (" + values + ")";
    }

    /** An insert that does nothing when the key exists. */
    public String insertIfAbsent(SqlDialect dialect) {
        return insert(dialect) + " ON CONFLICT (" + String.join(", ", key) + ") DO NOTHING";
    }

    /**
     * An insert that, when the key exists, overwrites every other column only where {@code condition}
     * holds ({@code excluded} names the new row).
     */
    public String upsertWhere(SqlDialect dialect, String condition) {
        String assignments = columns.stream()
                .map(Column::name)
                .filter(column -> !key.contains(column))
                .map(column -> column + " = excluded." + column)
                .collect(Collectors.joining(", "));
        return insert(dialect) + " ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET " + assignments
                + " WHERE " + condition;
    }

    private static String placeholder(Column column, SqlDialect dialect) {
        return column.type() == SqlType.JSON ? dialect.jsonPlaceholder() : "?";
    }
}
