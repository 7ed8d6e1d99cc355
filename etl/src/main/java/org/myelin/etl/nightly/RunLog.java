package org.myelin.etl.nightly;

import static org.myelin.sql.jooq.myelin.Tables.RUN_LOG;

import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.Schemas;

/** The record of every run in {@code myelin.run_log}: started, then finished with a status, message and report. */
public final class RunLog {

    public enum Status { RUNNING, COMPLETED, FAILED }

    private final DSLContext sql;

    public RunLog(DataSource dataSource, Schemas schemas) {
        this.sql = DSL.using(dataSource, Schemas.dialect(), schemas.settings());
    }

    /** Records the start of a run and returns its id. */
    public long start(String jobName, String source) {
        return sql.insertInto(RUN_LOG, RUN_LOG.JOB_NAME, RUN_LOG.SOURCE, RUN_LOG.STATUS, RUN_LOG.STARTED_AT)
                .values(jobName, source, Status.RUNNING.name(), LocalDateTime.now())
                .returning(RUN_LOG.RUN_ID).fetchOne(RUN_LOG.RUN_ID);
    }

    public void finish(long runId, Status status, String message, @Nullable String report) {
        sql.update(RUN_LOG)
                .set(RUN_LOG.STATUS, status.name())
                .set(RUN_LOG.FINISHED_AT, LocalDateTime.now())
                .set(RUN_LOG.MESSAGE, message)
                .set(RUN_LOG.REPORT, report)
                .where(RUN_LOG.RUN_ID.eq(runId))
                .execute();
    }
}
