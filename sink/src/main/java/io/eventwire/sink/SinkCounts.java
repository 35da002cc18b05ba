package io.eventwire.sink;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How much the sink's database holds, for summaries.
 *
 * @param articles stored articles
 * @param paragraphs stored paragraphs, across articles
 * @param liveEvents events not retired by a merge or tombstone
 */
public record SinkCounts(long articles, long paragraphs, long liveEvents) {

    /**
     * Counts the rows of the database at {@code jdbcUrl}, migrating it first when needed.
     *
     * @throws SinkDatabaseException when the database cannot be read
     */
    public static SinkCounts query(String jdbcUrl) {
        return query(Database.open(jdbcUrl));
    }

    /** Counts the rows of {@code database}. */
    public static SinkCounts query(Database database) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            return new SinkCounts(
                    count(statement, "SELECT COUNT(*) FROM articles"),
                    count(statement, "SELECT COUNT(*) FROM article_paragraphs"),
                    count(statement, "SELECT COUNT(*) FROM events WHERE live"));
        } catch (SQLException e) {
            throw new SinkDatabaseException("cannot count the rows of " + database, e);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
