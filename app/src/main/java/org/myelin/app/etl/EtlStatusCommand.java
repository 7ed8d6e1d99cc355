package org.myelin.app.etl;

import static org.myelin.sql.jooq.myelin.Tables.QUARANTINE;
import static org.myelin.sql.jooq.myelin.Tables.RUN_LOG;

import java.io.PrintWriter;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.OpenDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code myelin etl status}: the last runs, their outcome, and the report of the latest one. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the last ETL runs with their outcome and quarantine counts, and the latest run's report.")
public final class EtlStatusCommand extends DatabaseCommand {

    @Option(names = "--runs", defaultValue = "10", paramLabel = "N", description = "How many runs (default ${DEFAULT-VALUE}).")
    int runs;

    public EtlStatusCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        DSLContext sql = database.sql();
        var quarantined = DSL.field(DSL.selectCount().from(QUARANTINE).where(QUARANTINE.RUN_ID.eq(RUN_LOG.RUN_ID)));
        var rows = sql.select(RUN_LOG.RUN_ID, RUN_LOG.JOB_NAME, RUN_LOG.STATUS, RUN_LOG.STARTED_AT, RUN_LOG.FINISHED_AT,
                        quarantined, RUN_LOG.MESSAGE, RUN_LOG.REPORT)
                .from(RUN_LOG).orderBy(RUN_LOG.RUN_ID.desc()).limit(runs).fetch();
        if (rows.isEmpty()) {
            out.println("No runs yet: start one with 'myelin etl registry PATH'.");
            return;
        }
        out.printf("%-6s %-16s %-10s %-19s %12s  %s%n", "run", "job", "status", "started", "quarantined", "message");
        for (var run : rows) {
            out.printf("#%-5d %-16s %-10s %-19s %,12d  %s%n", run.value1(), run.value2(), run.value3(),
                    run.value4().withNano(0).toString().replace('T', ' '), run.value6(), run.value7() == null ? "" : run.value7());
        }
        rows.stream().filter(run -> run.value8() != null).findFirst()
                .ifPresent(run -> out.printf("%nReport of run #%d:%n%s", run.value1(), run.value8()));
    }
}
