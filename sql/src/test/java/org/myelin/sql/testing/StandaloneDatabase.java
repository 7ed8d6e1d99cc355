package org.myelin.sql.testing;

import java.io.IOException;

/** An embedded PostgreSQL of its own with one fresh database, for benchmark mains that run outside JUnit. */
public final class StandaloneDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final TestDatabase database;

    public StandaloneDatabase() {
        server = PostgresServer.embedded();
        database = server.createDatabase("a benchmark");
    }

    public TestDatabase database() {
        return database;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
