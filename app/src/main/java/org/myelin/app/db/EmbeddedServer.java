package org.myelin.app.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.UserError;

/**
 * The embedded PostgreSQL: a real server from the zonky binaries, its data kept in {@code home/pg}.
 *
 * <p>Started on demand and stopped on close. When another Myelin process (say {@code myelin db serve})
 * already runs the server on that data directory, this one joins it and leaves it running.
 */
final class EmbeddedServer implements AutoCloseable {

    static final String DATABASE = "myelin";
    static final String USER = "postgres";

    private final @Nullable EmbeddedPostgres started;
    private final int port;
    private final Path dataDirectory;

    private EmbeddedServer(@Nullable EmbeddedPostgres started, int port, Path dataDirectory) {
        this.started = started;
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedServer startOrJoin(Path home, int port) {
        Path data = home.resolve("pg");
        if (Files.exists(data.resolve("postmaster.pid")) && answers(port)) {
            return new EmbeddedServer(null, port, data);
        }
        if (answers(port)) {
            throw new UserError("port " + port + " is taken by another program, so the embedded PostgreSQL cannot "
                    + "start there; choose another with --pg-port or MYELIN_PG_PORT");
        }
        try {
            Files.createDirectories(data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // this server keeps a site's data: durable commits, unlike the test-speed defaults
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            EmbeddedServer server = new EmbeddedServer(postgres, port, data);
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("the embedded PostgreSQL did not start in " + data + ": " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return urlFor(DATABASE);
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    boolean startedHere() {
        return started != null;
    }

    static String urlFor(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + USER;
    }

    private String urlFor(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=" + USER;
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = DriverManager.getConnection(urlFor("postgres"));
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE + " in the embedded PostgreSQL", e);
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (started != null) {
            try {
                started.close();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
