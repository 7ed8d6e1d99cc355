package org.myelin.sql.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.Driver;

/**
 * A PostgreSQL server that tests may create databases on; closing it stops what was started for tests.
 *
 * <p>{@code adminUrl} points at a database the tests may connect to in order to create others.
 */
abstract class PostgresServer implements AutoCloseable {

    private final AtomicInteger databases = new AtomicInteger();
    private final String adminUrl;

    PostgresServer(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    abstract String description();

    @Override
    public abstract void close() throws IOException;

    /**
     * A throwaway embedded PostgreSQL (zonky, with its test-speed settings) in a temporary folder. The app's
     * {@code EmbeddedServer} is the other place that starts one, on purpose: it keeps a site's data durably in
     * {@code MYELIN_HOME} and joins a running server, and the tests of the modules below {@code app} cannot use it.
     */
    static PostgresServer embedded() {
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new PostgresServer(embedded.getJdbcUrl("postgres", "postgres")) {
                @Override
                String description() {
                    return "embedded PostgreSQL on port " + embedded.getPort();
                }

                @Override
                public void close() throws IOException {
                    embedded.close();
                }
            };
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL for tests", e);
        }
    }

    TestDatabase createDatabase(String testName) {
        String name = "myelin_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database for " + testName + " on " + description(), e);
        }
        return TestDatabase.of(urlFor(name), name);
    }

    void dropDatabase(TestDatabase database) {
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database.name() + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + database.name(), e);
        }
    }

    private String urlFor(String databaseName) {
        Properties parsed = Driver.parseURL(adminUrl, new Properties());
        if (parsed == null) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL: " + adminUrl);
        }
        StringBuilder url = new StringBuilder("jdbc:postgresql://")
                .append(parsed.getProperty("PGHOST")).append(':').append(parsed.getProperty("PGPORT"))
                .append('/').append(databaseName).append("?user=").append(parsed.getProperty("user"));
        String password = parsed.getProperty("password");
        if (password != null) {
            url.append("&password=").append(password);
        }
        return url.toString();
    }

    String adminUrl() {
        return adminUrl;
    }
}
