package io.eventwire.sink;

import io.eventwire.sink.internal.JdbcUrls;
import io.eventwire.sink.internal.PostgresDialect;
import io.eventwire.sink.internal.SqliteDialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * What differs between the databases the sink writes to. The statements themselves are shared: both
 * SQLite and PostgreSQL accept {@code INSERT ... ON CONFLICT (...) DO UPDATE SET ... WHERE ...}; the
 * dialect covers connection set-up, the migration scripts (column types), JSON parameters and
 * timestamps. Implementations are immutable and thread safe.
 */
public interface SqlDialect {

    /** Picks the dialect of {@code jdbcUrl}: {@code jdbc:sqlite:} or {@code jdbc:postgresql:}. */
    static SqlDialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith(SqliteDialect.URL_PREFIX)) {
            return new SqliteDialect();
        }
        if (jdbcUrl.startsWith(PostgresDialect.URL_PREFIX)) {
            return new PostgresDialect();
        }
        throw new IllegalArgumentException("unsupported JDBC URL '" + JdbcUrls.mask(jdbcUrl)
                + "': the sink writes to SQLite (jdbc:sqlite:PATH) or PostgreSQL (jdbc:postgresql://HOST/DB)");
    }

    /** A short name for logs, e.g. {@code sqlite}. */
    String name();

    /** Flyway location of this dialect's migrations, e.g. {@code classpath:db/migration/sqlite}. */
    String migrationLocation();

    /**
     * A data source for {@code jdbcUrl} whose connections carry this dialect's session settings
     * (SQLite: WAL, busy timeout, foreign keys). May prepare the ground, e.g. create the directory of
     * a SQLite file.
     */
    DataSource dataSource(String jdbcUrl);

    /** The placeholder of a JSON-typed parameter bound as a string, e.g. {@code CAST(? AS json)}. */
    String jsonPlaceholder();

    /** Binds an instant to a timestamp column; null binds SQL NULL. */
    void setTimestamp(PreparedStatement statement, int index, @Nullable Instant value) throws SQLException;
}
