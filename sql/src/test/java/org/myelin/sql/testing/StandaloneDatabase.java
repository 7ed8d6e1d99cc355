package org.myelin.sql.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An embedded PostgreSQL of its own with one fresh database, for benchmark mains that run outside JUnit. */
public final class StandaloneDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final TestDatabase database;

    public StandaloneDatabase() {
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
        database = TestDatabase.of(server.getJdbcUrl("postgres", "postgres"), "postgres");
    }

    public TestDatabase database() {
        return database;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
