package org.myelin.vocab.load;

import static org.jooq.impl.DSL.name;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.migrate.SchemaMigrator;
import org.myelin.vocab.validate.ValidationReport;
import org.myelin.vocab.validate.VocabularyValidator;
import org.postgresql.PGConnection;

/**
 * Loads an Athena bundle (a folder or a zip) into the vocabulary schema, replacing the previous vocabulary.
 *
 * <p>The files stream with COPY into {@code <vocab>_next}, created without keys or indexes; then keys and
 * indexes are built, the site's local concepts are carried over, the result is validated, and the two
 * schemas are swapped by renaming them in one transaction. Until that commit the previous vocabulary is
 * untouched, so a failed or interrupted load leaves it in place.
 */
public final class VocabularyLoader {

    /** The classpath folder of the bundled MS starter vocabulary. */
    public static final String STARTER = "starter";

    private final DataSource dataSource;
    private final Schemas schemas;
    private final LoadProgress progress;
    private final SchemaMigrator migrator;

    public VocabularyLoader(DataSource dataSource, Schemas schemas, LoadProgress progress) {
        this.dataSource = dataSource;
        this.schemas = schemas;
        this.progress = progress;
        this.migrator = new SchemaMigrator(dataSource);
    }

    /** Loads the Athena bundle in a folder or a zip file. */
    public LoadResult load(Path bundle) {
        return load(BundleSource.of(bundle));
    }

    /** Loads the MS starter vocabulary bundled with Myelin. */
    public LoadResult loadStarter() {
        return load(new BundleSource.Classpath(STARTER));
    }

    /** The schema a load fills before it is swapped in. */
    public String stagingSchema() {
        return schemas.vocab() + "_next";
    }

    private LoadResult load(BundleSource source) {
        long started = System.nanoTime();
        String live = schemas.vocab();
        String next = stagingSchema();
        DSLContext sql = DSL.using(dataSource, Schemas.dialect());
        refuseForeignLiveSchema(sql, live);
        try (source) {
            requireConcepts(source);
            sql.dropSchemaIfExists(name(next)).cascade().execute();
            migrator.migrate(SchemaKind.VOCAB, next, SchemaMigrator.TABLES_ONLY);
            List<TableLoad> tables = copyFiles(source, next);
            Duration copyTime = tables.stream().map(TableLoad::elapsed).reduce(Duration.ZERO, Duration::plus);
            long kept = hasConceptTable(sql, live) ? new LocalConceptKeeper(sql).keep(live, next) : 0;

            progress.stepStarted("building keys and indexes");
            long indexStart = System.nanoTime();
            buildKeysAndIndexes(source, next);
            for (AthenaFile file : AthenaFile.values()) {
                sql.execute("analyze {0}", name(next, file.table().getName()));
            }
            Duration indexTime = Duration.ofNanos(System.nanoTime() - indexStart);

            progress.stepStarted("validating");
            ValidationReport validation = new VocabularyValidator(dataSource, schemas).validate(next);
            progress.stepStarted("swapping " + next + " in as " + live);
            swap(sql, live, next);
            return new LoadResult(tables, copyTime, indexTime, Duration.ofNanos(System.nanoTime() - started), kept,
                    validation.inSchema(live));
        } catch (IOException e) {
            dropQuietly(sql, next);
            throw new UncheckedIOException("could not read vocabulary bundle " + source.description(), e);
        } catch (RuntimeException e) {
            dropQuietly(sql, next);
            throw e;
        }
    }

    private static void requireConcepts(BundleSource source) throws IOException {
        Optional<InputStream> concepts = source.open(AthenaFile.CONCEPT_FILE.fileName());
        if (concepts.isEmpty()) {
            throw new UserError("vocabulary bundle " + source.description() + " has no CONCEPT.csv;"
                    + " give the folder or zip that Athena's download unpacks to");
        }
        concepts.get().close();
    }

    private List<TableLoad> copyFiles(BundleSource source, String next) throws IOException {
        List<TableLoad> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            AthenaFileCopier copier = new AthenaFileCopier(connection.unwrap(PGConnection.class).getCopyAPI(), progress);
            for (AthenaFile file : AthenaFile.values()) {
                Optional<InputStream> in = source.open(file.fileName());
                if (in.isPresent()) {
                    try (InputStream stream = in.get()) {
                        tables.add(copier.copy(file, stream, next));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("vocabulary load into " + next + " failed: " + e.getMessage(), e);
        }
        return tables;
    }

    /** Builds keys and indexes; a bundle that repeats a key is the user's to fix, so say which. */
    private void buildKeysAndIndexes(BundleSource source, String next) {
        try {
            migrator.migrate(SchemaKind.VOCAB, next, null);
        } catch (IllegalStateException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sqlError && "23505".equals(sqlError.getSQLState())) {
                    throw new UserError("vocabulary bundle " + source.description() + " repeats a key: "
                            + sqlError.getMessage().lines().map(String::strip).collect(Collectors.joining("; ")), e);
                }
            }
            throw e;
        }
    }

    private static void swap(DSLContext sql, String live, String next) {
        String previous = live + "_previous";
        sql.dropSchemaIfExists(name(previous)).cascade().execute();
        sql.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            if (schemaExists(tx, live)) {
                tx.alterSchema(name(live)).renameTo(name(previous)).execute();
            }
            tx.alterSchema(name(next)).renameTo(name(live)).execute();
            tx.dropSchemaIfExists(name(previous)).cascade().execute();
        });
    }

    /** A live schema with tables but no Liquibase history is not Myelin's: never replace it. */
    private static void refuseForeignLiveSchema(DSLContext sql, String live) {
        List<String> tables = sql.select(DSL.field("table_name", String.class)).from("information_schema.tables")
                .where(DSL.field("table_schema").eq(live)).fetch(0, String.class);
        if (!tables.isEmpty() && !tables.contains("databasechangelog")) {
            throw new UserError("schema '" + live + "' holds tables Myelin did not create (for example "
                    + tables.getFirst() + "); Myelin never replaces it: choose another vocabulary schema name");
        }
    }

    private static boolean hasConceptTable(DSLContext sql, String schema) {
        return sql.fetchExists(DSL.selectOne().from("information_schema.tables")
                .where(DSL.field("table_schema").eq(schema))
                .and(DSL.field("table_name").eq(AthenaFile.CONCEPT_FILE.table().getName())));
    }

    private static boolean schemaExists(DSLContext sql, String schema) {
        return sql.fetchExists(DSL.selectOne().from("information_schema.schemata")
                .where(DSL.field("schema_name").eq(schema)));
    }

    private static void dropQuietly(DSLContext sql, String schema) {
        try {
            sql.dropSchemaIfExists(name(schema)).cascade().execute();
        } catch (RuntimeException e) {
            // the failure that brought us here matters more; the next load drops the leftover schema first
        }
    }
}
