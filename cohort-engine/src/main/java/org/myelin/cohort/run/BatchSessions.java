package org.myelin.cohort.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;

/**
 * The database sessions of a batch, one per cohort running at a time, kept open from the first cohort to the last:
 * a session that stays open keeps its catalog caches warm and saves a connection per cohort, which a fresh session
 * pays for each (a new PostgreSQL backend reads the catalog entries of every table its statements touch again). The
 * sessions run without parallel query workers, as the batch itself runs its cohorts side by side.
 */
final class BatchSessions implements AutoCloseable {

    private final List<Connection> connections = new ArrayList<>();
    private final BlockingQueue<DSLContext> idle;

    BatchSessions(DataSource dataSource, Schemas schemas, int count) {
        idle = new ArrayBlockingQueue<>(count);
        try {
            for (int i = 0; i < count; i++) {
                Connection connection = dataSource.getConnection();
                connections.add(connection);
                DSLContext session = DSL.using(connection, Schemas.dialect(), schemas.settings());
                // the batch keeps one session busy per core already: parallel workers would only compete with the
                // other sessions for the cores, and each costs a process start and its own hash tables
                session.execute("set max_parallel_workers_per_gather = 0");
                idle.add(session);
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("cannot open the batch's database sessions", e);
        }
    }

    /** Runs {@code work} on an idle session, waiting for one when all are busy, and returns its result. */
    <T> T use(Function<DSLContext, T> work) throws InterruptedException {
        DSLContext session = idle.take();
        try {
            return work.apply(session);
        } finally {
            idle.add(session);
        }
    }

    /** Runs {@code work} on an idle session, waiting for one when all are busy. */
    void run(Consumer<DSLContext> work) throws InterruptedException {
        use(session -> {
            work.accept(session);
            return null;
        });
    }

    @Override
    public void close() {
        for (Connection connection : connections) {
            // a pooled connection keeps its session's settings: it goes back with the server's
            try (connection; Statement statement = connection.createStatement()) {
                statement.execute("reset max_parallel_workers_per_gather");
            } catch (SQLException e) {
                // the batch's work is committed or rolled back already; a failing close loses nothing
            }
        }
    }
}
