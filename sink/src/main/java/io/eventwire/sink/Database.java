package io.eventwire.sink;

import io.eventwire.sink.internal.JdbcUrls;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's database, migrated to the current schema: {@link #open} runs the dialect's Flyway
 * migrations, then {@link #connect()} hands out connections with the dialect's session settings.
 * Holds no open resources itself. Thread safe.
 */
public final class Database {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final SqlDialect dialect;
    private final DataSource dataSource;
    private final String maskedUrl;

    private Database(SqlDialect dialect, DataSource dataSource, String maskedUrl) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.maskedUrl = maskedUrl;
    }

    /**
     * Opens the database at {@code jdbcUrl} and migrates it.
     *
     * @throws IllegalArgumentException when the URL is neither SQLite nor PostgreSQL
     * @throws SinkDatabaseException when the database cannot be reached or migrated
     */
    public static Database open(String jdbcUrl) {
        SqlDialect dialect = SqlDialect.forUrl(jdbcUrl);
        Database database = new Database(dialect, dialect.dataSource(jdbcUrl), JdbcUrls.mask(jdbcUrl));
        database.migrate();
        return database;
    }

    /** The dialect of this database. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public String toString() {
        return dialect.name() + " database " + maskedUrl;
    }

    private void migrate() {
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocation())
                    .load()
                    .migrate();
            LOG.info("Opened {} ({} migration(s) applied)", this, result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new SinkDatabaseException("cannot migrate " + this, e);
        }
    }
}
