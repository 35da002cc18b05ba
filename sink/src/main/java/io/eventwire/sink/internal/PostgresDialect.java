package io.eventwire.sink.internal;

import io.eventwire.sink.SqlDialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL: JSON columns typed {@code json} (the text is kept as written, key order included),
 * timestamps {@code timestamptz}, text keys collated {@code "C"} so exports sort as on SQLite.
 */
public final class PostgresDialect implements SqlDialect {

    public static final String URL_PREFIX = "jdbc:postgresql:";

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/migration/postgresql";
    }

    @Override
    public DataSource dataSource(String jdbcUrl) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        return dataSource;
    }

    @Override
    public String jsonPlaceholder() {
        return "CAST(? AS json)";
    }

    @Override
    public void setTimestamp(PreparedStatement statement, int index, @Nullable Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }
}
