package io.eventwire.sink.internal;

import io.eventwire.sink.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Runs one statement as a JDBC batch over many rows or keys. */
final class Batches {

    private Batches() {
    }

    /** Executes {@code sql} once per row of {@code table}; returns the row count of each, in order. */
    static int[] rows(Connection connection, String sql, Table table, List<Map<String, @Nullable Object>> rows,
            SqlDialect dialect) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Map<String, @Nullable Object> row : rows) {
                Rows.bind(statement, table, row, dialect);
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }

    /** Executes {@code sql}, whose only parameter is a key, once per key. */
    static void keys(Connection connection, String sql, Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (String key : keys) {
                statement.setString(1, key);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
