package io.eventwire.sink;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link AbstractSinkStoreIT} on a SQLite file in a directory that does not exist yet. */
class SqliteSinkStoreIT extends AbstractSinkStoreIT {

    @TempDir
    Path dir;

    @Override
    protected String openDatabase() {
        return "jdbc:sqlite:" + dir.resolve("db/eventwire.db");
    }

    @Override
    protected void closeDatabase() {
        // The temporary directory, file included, is removed by JUnit.
    }
}
