package io.eventwire.sink.internal;

import io.eventwire.sink.SqlDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite: write-ahead log (readers such as an export run beside the sink), a busy timeout instead of
 * immediate "database is locked" errors, enforced foreign keys. Timestamps are stored as ISO-8601 UTC
 * text with milliseconds, which sorts chronologically. The file's directory is created when missing.
 */
public final class SqliteDialect implements SqlDialect {

    public static final String URL_PREFIX = "jdbc:sqlite:";

    /** How long a connection waits for another's write lock before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/migration/sqlite";
    }

    @Override
    public DataSource dataSource(String jdbcUrl) {
        databaseFile(jdbcUrl).ifPresent(SqliteDialect::createParentDirectory);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(jdbcUrl);
        return dataSource;
    }

    @Override
    public String jsonPlaceholder() {
        return "?";
    }

    @Override
    public void setTimestamp(PreparedStatement statement, int index, @Nullable Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, TIMESTAMP.format(value));
        }
    }

    /** The database file of {@code jdbcUrl}; empty for in-memory and resource databases. */
    static Optional<Path> databaseFile(String jdbcUrl) {
        String location = jdbcUrl.substring(URL_PREFIX.length());
        int query = location.indexOf('?');
        if (query >= 0) {
            if (location.substring(query).contains("mode=memory")) {
                return Optional.empty();
            }
            location = location.substring(0, query);
        }
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        if (location.isEmpty() || location.startsWith(":")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(location));
    }

    private static void createParentDirectory(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory " + parent + " of the SQLite database", e);
        }
    }
}
