package io.eventwire.sink;

import io.eventwire.sink.internal.ArticleWriter;
import io.eventwire.sink.internal.EventWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes batches of articles and events idempotently, one transaction per batch, so a replayed batch
 * changes nothing:
 *
 * <ul>
 *   <li>articles by {@code article_id}: an article is replaced (with its paragraphs) only by a newer
 *       cleaning ({@code cleaned_at}); the same article sent again changes nothing;
 *   <li>events by {@code event_id}: a version is applied only over an older one, never over the same
 *       or a newer one; sources are replaced with the applied version; every version is recorded once
 *       in {@code event_versions};
 *   <li>a tombstone marks the event not live and keeps its row and history.
 * </ul>
 *
 * <p>Holds one connection, reopened after a failure. Not thread safe: use it from one thread.
 */
public final class SinkStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkStore.class);

    private final Database database;
    private final ArticleWriter articles;
    private final EventWriter events;
    private @Nullable Connection connection;

    public SinkStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** With {@code clock} for the {@code stored_at} of articles. */
    public SinkStore(Database database, Clock clock) {
        this.database = database;
        this.articles = new ArticleWriter(database.dialect(), clock);
        this.events = new EventWriter(database.dialect());
    }

    /**
     * Stores {@code batch} in one transaction.
     *
     * @throws SinkDatabaseException when the transaction fails; it is rolled back and nothing is stored
     */
    public StoreResult store(SinkBatch batch) {
        try {
            Connection transaction = transaction();
            try {
                int articlesStored = articles.write(transaction, batch.articles());
                EventWriter.Result eventResult = events.write(transaction, batch.events());
                transaction.commit();
                return new StoreResult(articlesStored, eventResult.applied(), eventResult.stale(), eventResult.tombstones());
            } catch (SQLException | RuntimeException e) {
                discard(transaction, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new SinkDatabaseException("cannot store " + batch + " in " + database, e);
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Could not close the connection to {}: {}", database, e.getMessage());
            }
            connection = null;
        }
    }

    private Connection transaction() throws SQLException {
        if (connection == null) {
            Connection opened = database.connect();
            opened.setAutoCommit(false);
            connection = opened;
        }
        return connection;
    }

    /** Rolls back and drops the connection, so the next batch starts on a fresh one. */
    private void discard(Connection transaction, Exception failure) {
        try {
            transaction.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        close();
    }
}
