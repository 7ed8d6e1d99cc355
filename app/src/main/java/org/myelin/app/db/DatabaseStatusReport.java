package org.myelin.app.db;

import static org.myelin.sql.jooq.myelin.Tables.RUN_LOG;

import java.io.PrintWriter;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Schema;
import org.jooq.Table;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.jooq.cdm.Cdm;
import org.myelin.sql.jooq.results.Results;
import org.myelin.sql.jooq.vocab.Vocab;
import org.myelin.sql.migrate.SchemaMigrator;
import org.myelin.sql.migrate.SchemaStatus;
import org.myelin.vocab.validate.VocabularyValidator;

/** The text of {@code myelin db status}: what a steward checks first when something looks wrong. */
public final class DatabaseStatusReport {

    private static final int LAST_RUNS = 5;

    private final OpenDatabase database;

    public DatabaseStatusReport(OpenDatabase database) {
        this.database = database;
    }

    public void print(PrintWriter out) {
        out.println("Database    " + database.displayUrl());
        out.println("            " + database.description());
        List<SchemaStatus> schemas = new SchemaMigrator(database.dataSource()).status(database.schemas());
        out.println("Schemas");
        for (SchemaStatus schema : schemas) {
            out.printf("  %-10s %-12s %s%n", schema.kind().modelName(), schema.schemaName(), describe(schema));
        }
        if (schemas.stream().noneMatch(SchemaStatus::initialised)) {
            out.println("Not initialised: run 'myelin db init' (or 'myelin demo').");
            return;
        }
        DSLContext sql = database.sql();
        out.println("Vocabulary  " + vocabularyVersion(schemas));
        printRowCounts(out, sql, schemas);
        printLastRuns(out, sql, schemas);
    }

    private static String describe(SchemaStatus schema) {
        if (!schema.initialised()) {
            return "missing";
        }
        return schema.applied() + " of " + schema.known() + " changesets"
                + (schema.upToDate() ? ", up to date" : ", " + (schema.known() - schema.applied()) + " pending: run 'myelin db init'");
    }

    private String vocabularyVersion(List<SchemaStatus> schemas) {
        if (!initialised(schemas, SchemaKind.VOCAB)) {
            return "none (schema missing)";
        }
        return new VocabularyValidator(database.dataSource(), database.schemas()).version()
                .orElse("none loaded (run 'myelin vocab load')");
    }

    private static void printRowCounts(PrintWriter out, DSLContext sql, List<SchemaStatus> schemas) {
        out.println("Tables (OMOP CDM v5.4)");
        out.printf("  %-10s %-24s %14s%n", "schema", "table", "rows");
        for (Schema schema : List.<Schema>of(Cdm.CDM, Vocab.VOCAB, Results.RESULTS)) {
            SchemaKind kind = SchemaKind.valueOf(schema.getName().toUpperCase(java.util.Locale.ROOT));
            if (!initialised(schemas, kind)) {
                continue;
            }
            for (Table<?> table : schema.getTables()) {
                out.printf("  %-10s %-24s %,14d%n", nameOf(schemas, kind), table.getName(), sql.fetchCount(table));
            }
        }
    }

    private static void printLastRuns(PrintWriter out, DSLContext sql, List<SchemaStatus> schemas) {
        if (!initialised(schemas, SchemaKind.MYELIN)) {
            return;
        }
        List<? extends Record> runs = sql.select(RUN_LOG.RUN_ID, RUN_LOG.JOB_NAME, RUN_LOG.STATUS, RUN_LOG.STARTED_AT,
                        RUN_LOG.FINISHED_AT, RUN_LOG.MESSAGE)
                .from(RUN_LOG).orderBy(RUN_LOG.RUN_ID.desc()).limit(LAST_RUNS).fetch();
        if (runs.isEmpty()) {
            out.println("Last runs   none yet");
            return;
        }
        out.println("Last runs");
        for (Record run : runs) {
            out.printf("  #%-5d %-16s %-10s %s  %s%n", run.get(RUN_LOG.RUN_ID), run.get(RUN_LOG.JOB_NAME),
                    run.get(RUN_LOG.STATUS), run.get(RUN_LOG.STARTED_AT).withNano(0).toString().replace('T', ' '),
                    run.get(RUN_LOG.MESSAGE) == null ? "" : run.get(RUN_LOG.MESSAGE));
        }
    }

    private static boolean initialised(List<SchemaStatus> schemas, SchemaKind kind) {
        return schemas.stream().anyMatch(schema -> schema.kind() == kind && schema.initialised());
    }

    private static String nameOf(List<SchemaStatus> schemas, SchemaKind kind) {
        return schemas.stream().filter(schema -> schema.kind() == kind).findFirst().orElseThrow().schemaName();
    }
}
