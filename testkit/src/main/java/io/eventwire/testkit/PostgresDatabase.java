package io.eventwire.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A throw-away PostgreSQL database for one test class: a fresh database on the server at
 * {@code EVENTWIRE_TEST_PG_URL} (default {@code 127.0.0.1:5432}, user {@code postgres}) when it answers,
 * else one in a Testcontainers PostgreSQL container when a Docker engine runs. {@link #open()} is
 * empty when neither is reachable, with the reason logged, so the caller can skip with that reason.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);
    private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Runnable drop;

    private PostgresDatabase(String jdbcUrl, String user, String password, Runnable drop) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.drop = drop;
    }

    /** The reason PostgreSQL tests are skipped, when {@link #open()} is empty. */
    public static final String UNREACHABLE =
            "no PostgreSQL reachable: nothing answers on 127.0.0.1:5432 (or EVENTWIRE_TEST_PG_URL) and no Docker engine runs";

    /** Opens a fresh database, or empty when no PostgreSQL is reachable. */
    public static Optional<PostgresDatabase> open() {
        String server = Optional.ofNullable(System.getenv("EVENTWIRE_TEST_PG_URL")).orElse(DEFAULT_SERVER);
        String user = Optional.ofNullable(System.getenv("EVENTWIRE_TEST_PG_USER")).orElse("postgres");
        String password = Optional.ofNullable(System.getenv("EVENTWIRE_TEST_PG_PASSWORD")).orElse("");
        String name = "eventwire_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            Runnable drop = () -> dropDatabase(server, user, password, name);
            return Optional.of(new PostgresDatabase(server + name, user, password, drop));
        } catch (SQLException e) {
            LOG.info("No PostgreSQL at {}: {}", server, e.getMessage());
        }
        if (KafkaBrokerExtension.dockerEngineAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return Optional.of(new PostgresDatabase(container.getJdbcUrl(), container.getUsername(),
                    container.getPassword(), container::stop));
        }
        LOG.warn("Skipping PostgreSQL tests: {}", UNREACHABLE);
        return Optional.empty();
    }

    /** JDBC URL of the database, credentials included as parameters. */
    public String jdbcUrl() {
        String separator = jdbcUrl.contains("?") ? "&" : "?";
        return jdbcUrl + separator + "user=" + user + (password.isEmpty() ? "" : "&password=" + password);
    }

    @Override
    public void close() {
        drop.run();
    }

    private static void dropDatabase(String server, String user, String password, String name) {
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            LOG.warn("Could not drop test database {}: {}", name, e.getMessage());
        }
    }
}
