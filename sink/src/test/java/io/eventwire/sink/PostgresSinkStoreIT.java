package io.eventwire.sink;

import io.eventwire.testkit.PostgresDatabase;
import org.junit.jupiter.api.Assumptions;

/** {@link AbstractSinkStoreIT} on a throw-away PostgreSQL database; aborted, with the reason, when none is reachable. */
class PostgresSinkStoreIT extends AbstractSinkStoreIT {

    private PostgresDatabase database;

    @Override
    protected String openDatabase() {
        database = PostgresDatabase.open().orElse(null);
        if (database == null) {
            Assumptions.abort(PostgresDatabase.UNREACHABLE);
        }
        return database.jdbcUrl();
    }

    @Override
    protected void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
