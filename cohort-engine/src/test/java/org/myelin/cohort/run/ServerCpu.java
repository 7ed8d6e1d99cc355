package org.myelin.cohort.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;

/**
 * The CPU time a local PostgreSQL server's processes have used, for benchmarks on a shared machine, where wall time is
 * mostly waiting for a core: the server's children (backends, parallel and autovacuum workers) add their CPU time to
 * the postmaster's {@code cutime + cstime} in {@code /proc/PID/stat} once they exit and are reaped, so a reading taken
 * after the connections of a run are closed counts all of that run's work. Linux only.
 */
final class ServerCpu {

    private static final long SETTLE_MILLIS = 300;

    private final Path stat;

    private ServerCpu(Path stat) {
        this.stat = stat;
    }

    /** The server behind {@code dataSource}, found as the parent of one of its backends; fails if it is not local. */
    static ServerCpu of(DataSource dataSource) throws IOException, SQLException {
        // the backend's stat is read while its connection is open: once closed, the backend exits and its stat is gone
        try (Connection connection = dataSource.getConnection()) {
            int backend = DSL.using(connection, Schemas.dialect()).fetchSingle("select pg_backend_pid()").get(0, Integer.class);
            String[] fields = fields(Path.of("/proc", String.valueOf(backend), "stat"));
            return new ServerCpu(Path.of("/proc", fields[1], "stat"));
        }
    }

    /** Milliseconds of CPU used by the server's exited children so far, once the last run's backends have exited. */
    long millis() throws IOException, InterruptedException {
        Thread.sleep(SETTLE_MILLIS);
        String[] fields = fields(stat);
        // cutime and cstime, in clock ticks of 10 ms on Linux
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
    }

    /** The fields after the process name, which may hold spaces: state is fields[0], the parent pid fields[1]. */
    private static String[] fields(Path stat) throws IOException {
        String line = Files.readString(stat);
        return line.substring(line.lastIndexOf(')') + 2).split(" ");
    }
}
