package org.myelin.etl.nightly;

import static org.myelin.sql.jooq.myelin.Tables.RUN_LOG;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.migrate.SchemaMigrator;

/**
 * One nightly rebuild of the CDM: holds the ETL lock, builds a fresh {@code <cdm>_next} schema, and publishes
 * it as {@code <cdm>} by renaming schemas in one transaction, so readers see yesterday's complete CDM or
 * tonight's, never half of one.
 *
 * <p>A run that dies anywhere before {@link #publish()} leaves the published CDM as it was; the next run
 * drops the half-built {@code _next} schema and starts over, so nothing is ever loaded twice. The lock is a
 * PostgreSQL session advisory lock, released by the server when the process dies.
 */
public final class NightlyBuild implements AutoCloseable {

    /** Advisory lock key of the CDM build: the bytes of "MYELINETL". */
    private static final long LOCK_KEY = 0x4D59454C494E45L;

    private final DataSource dataSource;
    private final Schemas published;
    private final Schemas next;
    private final Connection lockHolder;

    private NightlyBuild(DataSource dataSource, Schemas published, Connection lockHolder) {
        this.dataSource = dataSource;
        this.published = published;
        this.next = published.withCdm(published.cdm() + "_next");
        this.lockHolder = lockHolder;
    }

    /**
     * Takes the ETL lock, or fails at once with a message naming the run that holds it; marks runs that a
     * killed process left as running as interrupted.
     */
    public static NightlyBuild begin(DataSource dataSource, Schemas schemas) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            DSLContext lock = DSL.using(connection, Schemas.dialect(), schemas.settings());
            Boolean locked = lock.select(DSL.field("pg_try_advisory_lock({0})", Boolean.class, DSL.val(LOCK_KEY)))
                    .fetchOne(0, Boolean.class);
            if (!Boolean.TRUE.equals(locked)) {
                String holder = runningRun(lock);
                connection.close();
                throw new UserError("another Myelin ETL run is building the CDM right now" + holder
                        + "; wait for it to finish (the published CDM is untouched)");
            }
            lock.update(RUN_LOG)
                    .set(RUN_LOG.STATUS, RunLog.Status.FAILED.name())
                    .set(RUN_LOG.FINISHED_AT, LocalDateTime.now())
                    .set(RUN_LOG.MESSAGE, "interrupted: the process ended before the run finished; nothing was published")
                    .where(RUN_LOG.STATUS.eq(RunLog.Status.RUNNING.name()))
                    .execute();
            return new NightlyBuild(dataSource, schemas, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("cannot take the ETL lock: " + e.getMessage(), e);
        }
    }

    private static String runningRun(DSLContext sql) {
        var run = sql.select(RUN_LOG.RUN_ID, RUN_LOG.STARTED_AT).from(RUN_LOG)
                .where(RUN_LOG.STATUS.eq(RunLog.Status.RUNNING.name())).orderBy(RUN_LOG.RUN_ID.desc()).limit(1).fetchOne();
        return run == null ? "" : " (run #" + run.value1() + ", started " + run.value2() + ")";
    }

    /** The schemas to write into: the configured ones with the CDM replaced by {@code <cdm>_next}. */
    public Schemas next() {
        return next;
    }

    public Schemas published() {
        return published;
    }

    /** Drops whatever an earlier run left in {@code _next} and creates its tables, without keys or indexes. */
    public void prepare() {
        DSLContext sql = DSL.using(dataSource, Schemas.dialect());
        sql.dropSchemaIfExists(DSL.name(next.cdm())).cascade().execute();
        new SchemaMigrator(dataSource).migrate(SchemaKind.CDM, next.cdm(), SchemaMigrator.TABLES_ONLY);
    }

    /** After the rows are in: primary keys, indexes and foreign keys, then fresh planner statistics. */
    public void finishLoading() {
        new SchemaMigrator(dataSource).migrate(SchemaKind.CDM, next.cdm(), null);
        DSL.using(dataSource, Schemas.dialect()).execute("analyze");
    }

    /**
     * As {@link #finishLoading()}, except that rows breaking a key (a duplicate id, a reference to a missing row) are not
     * an error here: the keys then stay partly built, and false is returned. The data-quality checks that run next count
     * those rows and name them; {@link #finishLoading()} completes the keys, or fails, before anything is published.
     */
    public boolean tryFinishLoading() {
        try {
            finishLoading();
            return true;
        } catch (IllegalStateException e) {
            if (brokenByRows(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Whether a failure comes from PostgreSQL's integrity checks (SQLSTATE class 23: unique, foreign key, not null). */
    private static boolean brokenByRows(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** Makes {@code _next} the published CDM in one transaction and drops the one it replaces. */
    public void publish() {
        String retired = published.cdm() + "_retired";
        DSL.using(dataSource, Schemas.dialect()).transaction(configuration -> {
            DSLContext sql = configuration.dsl();
            boolean firstPublish = sql.fetchCount(DSL.table(DSL.name("information_schema", "schemata")),
                    DSL.field(DSL.name("schema_name")).eq(published.cdm())) == 0;
            if (!firstPublish) {
                sql.alterSchema(DSL.name(published.cdm())).renameTo(DSL.name(retired)).execute();
            }
            sql.alterSchema(DSL.name(next.cdm())).renameTo(DSL.name(published.cdm())).execute();
            if (!firstPublish) {
                sql.dropSchema(DSL.name(retired)).cascade().execute();
            }
        });
    }

    /**
     * Releases the lock; a half-built {@code _next} stays until the next run drops it. The unlock is explicit:
     * a pooled connection outlives its close, and a closed session lets go of its locks only some time after
     * the client has moved on. A session that already died holds nothing, so a failed unlock is ignored.
     */
    @Override
    public void close() {
        try {
            DSL.using(lockHolder, Schemas.dialect())
                    .select(DSL.field("pg_advisory_unlock({0})", Boolean.class, DSL.val(LOCK_KEY))).fetch();
        } catch (DataAccessException e) {
            // the session is gone, and its lock with it
        } finally {
            closeQuietly(lockHolder);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a session that cannot be closed is gone, and its advisory lock with it
            }
        }
    }
}
