package io.eventwire.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SqliteDialectTest {

    @Test
    void findsTheDatabaseFileOfPlainAndFileUrls() {
        assertThat(SqliteDialect.databaseFile("jdbc:sqlite:data/eventwire.db")).contains(Path.of("data/eventwire.db"));
        assertThat(SqliteDialect.databaseFile("jdbc:sqlite:file:/tmp/e.db?cache=shared")).contains(Path.of("/tmp/e.db"));
    }

    @Test
    void findsNoFileForInMemoryDatabases() {
        assertThat(SqliteDialect.databaseFile("jdbc:sqlite::memory:")).isEmpty();
        assertThat(SqliteDialect.databaseFile("jdbc:sqlite:")).isEmpty();
        assertThat(SqliteDialect.databaseFile("jdbc:sqlite:file:mem1?mode=memory&cache=shared")).isEmpty();
    }
}
