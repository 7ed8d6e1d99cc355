package org.myelin.sql.migrate;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * Creates or upgrades Myelin's schemas by applying the Liquibase changelog of each {@link SchemaKind}.
 *
 * <p>Each schema keeps its own Liquibase history table, so a schema can be built beside another one
 * (a {@code cdm_next}, a {@code vocab_next}) and swapped in by renaming it, history included. A schema
 * that holds tables Myelin did not create is refused before anything is written.
 */
public final class SchemaMigrator {

    /** Liquibase label of the changesets that create tables; the others add keys, indexes and foreign keys. */
    public static final String TABLES_ONLY = "tables";

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies every changeset that has not run yet to every schema. */
    public MigrationResult migrate(Schemas schemas) {
        Map<String, Integer> applied = new LinkedHashMap<>();
        for (SchemaKind kind : SchemaKind.values()) {
            applied.put(schemas.name(kind), migrate(kind, schemas.name(kind), null));
        }
        return new MigrationResult(applied);
    }

    /**
     * Applies one schema's changesets to the schema named {@code schemaName}, creating it if needed.
     *
     * @param labelFilter a Liquibase label expression such as {@link #TABLES_ONLY}, or null for all
     * @return the number of changesets applied
     */
    public int migrate(SchemaKind kind, String schemaName, @Nullable String labelFilter) {
        try (Connection connection = dataSource.getConnection()) {
            DSLContext sql = DSL.using(connection, Schemas.dialect());
            new ForeignTableGuard(sql).check(kind, schemaName);
            sql.createSchemaIfNotExists(DSL.name(schemaName)).execute();
            int before = appliedChangesets(sql, schemaName);
            runLiquibase(connection, kind, schemaName, labelFilter);
            return appliedChangesets(sql, schemaName) - before;
        } catch (SQLException e) {
            throw new IllegalStateException("could not migrate schema " + schemaName + ": " + e.getMessage(), e);
        }
    }

    private static void runLiquibase(Connection connection, SchemaKind kind, String schemaName,
            @Nullable String labelFilter) {
        try {
            Scope.child(liquibaseScope(), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(schemaName);
                database.setLiquibaseSchemaName(schemaName);
                CommandScope update = new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, kind.changelog());
                if (labelFilter != null) {
                    update.addArgumentValue(UpdateCommandStep.LABEL_FILTER_ARG, labelFilter);
                }
                update.setOutput(OutputStream.nullOutputStream()).execute();
            });
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase failed on schema " + schemaName + ": " + e.getMessage(), e);
        }
    }

    /** Applied and known changesets of every schema, without changing anything. */
    public List<SchemaStatus> status(Schemas schemas) {
        DSLContext sql = DSL.using(dataSource, Schemas.dialect());
        return Arrays.stream(SchemaKind.values())
                .map(kind -> new SchemaStatus(kind, schemas.name(kind), appliedChangesets(sql, schemas.name(kind)),
                        knownChangesets(kind)))
                .toList();
    }

    /** Liquibase's scope: changelogs from the classpath, messages to the log (never stdout), no analytics. */
    private static Map<String, Object> liquibaseScope() {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(Scope.Attr.resourceAccessor.name(),
                new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader()));
        scope.put("liquibase.analytics.enabled", false);
        return scope;
    }

    /** The number of changesets in a schema kind's changelog. */
    static int knownChangesets(SchemaKind kind) {
        try {
            return Scope.child(liquibaseScope(), () -> {
                ResourceAccessor resources = Scope.getCurrentScope().getResourceAccessor();
                return ChangeLogParserFactory.getInstance().getParser(kind.changelog(), resources)
                        .parse(kind.changelog(), new ChangeLogParameters(), resources)
                        .getChangeSets().size();
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot read changelog " + kind.changelog() + ": " + e.getMessage(), e);
        }
    }

    /** The number of changesets recorded in a schema's Liquibase history, 0 for a new schema. */
    public static int appliedChangesets(DSLContext sql, String schemaName) {
        List<String> tables = sql.select(DSL.field("table_name", String.class))
                .from("information_schema.tables")
                .where(DSL.field("table_schema").eq(schemaName))
                .and(DSL.field("table_name").eq("databasechangelog"))
                .fetch(0, String.class);
        if (tables.isEmpty()) {
            return 0;
        }
        return sql.fetchCount(DSL.table(DSL.name(schemaName, "databasechangelog")));
    }

    /** Throws {@link UserError} for a schema that is not Myelin's. */
    static void refuse(String schemaName, String why) {
        throw new UserError("schema '" + schemaName + "' " + why
                + "; Myelin never alters tables it did not create: choose other schema names or an empty database");
    }
}
