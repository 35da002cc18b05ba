package io.eventwire.sink.internal;

import io.eventwire.sink.SqlDialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Binds rows (column name to value, null for SQL NULL) to statements built by {@link Table}. */
final class Rows {

    private Rows() {
    }

    /** Binds every column of {@code table} from {@code row}, in column order, starting at parameter 1. */
    static void bind(PreparedStatement statement, Table table, Map<String, ? extends @Nullable Object> row, SqlDialect dialect) throws SQLException {
        int index = 1;
        for (Column column : table.columns()) {
            if (!row.containsKey(column.name())) {
                throw new IllegalArgumentException("row for " + table.name() + " lacks column " + column.name());
            }
            bindValue(statement, index++, column.type(), row.get(column.name()), dialect);
        }
    }

    /** True when an entry of {@link PreparedStatement#executeBatch()} says the statement changed a row. */
    static boolean changedARow(int updateCount) throws SQLException {
        if (updateCount == Statement.SUCCESS_NO_INFO) {
            throw new SQLException("the JDBC driver does not report row counts of batched statements"
                    + " (turn off options such as reWriteBatchedInserts)");
        }
        return updateCount > 0;
    }

    private static void bindValue(PreparedStatement statement, int index, SqlType type, @Nullable Object value,
            SqlDialect dialect)
            throws SQLException {
        if (type == SqlType.TIMESTAMP) {
            dialect.setTimestamp(statement, index, (Instant) value);
            return;
        }
        if (value == null) {
            statement.setNull(index, jdbcType(type));
            return;
        }
        switch (type) {
            case TEXT, JSON -> statement.setString(index, (String) value);
            case INTEGER -> statement.setInt(index, (Integer) value);
            case BIGINT -> statement.setLong(index, (Long) value);
            case DOUBLE -> statement.setDouble(index, (Double) value);
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            default -> throw new IllegalStateException("unbound column type " + type);
        }
    }

    private static int jdbcType(SqlType type) {
        return switch (type) {
            case TEXT, JSON -> Types.VARCHAR;
            case INTEGER -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
        };
    }
}
