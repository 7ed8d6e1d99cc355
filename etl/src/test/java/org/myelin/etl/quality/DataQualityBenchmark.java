package org.myelin.etl.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.Schemas;
import org.myelin.sql.migrate.SchemaMigrator;
import org.myelin.sql.testing.StandaloneDatabase;
import org.myelin.sql.testing.TestDatabase;

/**
 * A plain benchmark (not a test, run by {@code bench/data-quality.sh}): all checks on a generated CDM of
 * {@code -Dmyelin.benchmark.persons} persons (default 100,000), printing the figures of BENCHMARKS.md.
 */
public final class DataQualityBenchmark {

    private DataQualityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        try (StandaloneDatabase standalone = new StandaloneDatabase()) {
            run(standalone.database());
        }
    }

    private static void run(TestDatabase database) throws IOException {
        int persons = Integer.getInteger("myelin.benchmark.persons", 100_000);
        database.migrate();
        QualityFixture.insertVocabulary(database.sql());
        new SchemaMigrator(database.dataSource()).migrate(SchemaKind.CDM, "cdm_bench", SchemaMigrator.TABLES_ONLY);
        long start = System.nanoTime();
        try (InputStream script = DataQualityBenchmark.class.getResourceAsStream("/quality/benchmark-cdm.sql")) {
            database.sql().execute(new String(script.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(":persons", Integer.toString(persons)));
        }
        if (Boolean.getBoolean("myelin.benchmark.keys")) {
            new SchemaMigrator(database.dataSource()).migrate(SchemaKind.CDM, "cdm_bench", null);
        }
        database.sql().execute("analyze");
        long rows = database.sql().resultQuery("select sum(n_live_tup) from pg_stat_user_tables where schemaname = 'cdm_bench'")
                .fetchOne(0, Long.class);
        System.out.printf("generated %d persons, %d rows in %.1f s%n", persons, rows, (System.nanoTime() - start) / 1e9);

        DataQualityRun run = new DataQualityRunner(database.dataSource(), Schemas.DEFAULT.withCdm("cdm_bench"),
                QualityConfiguration.bundled(), Integer.getInteger("myelin.benchmark.parallelism", 2)).run();

        System.out.print(run.summaryText());
        run.results().stream().sorted((a, b) -> Double.compare(b.executionTimeSeconds(), a.executionTimeSeconds())).limit(10)
                .forEach(r -> System.out.printf("  %.2f s %s%n", r.executionTimeSeconds(), r.checkId()));
        run.results().stream().filter(CheckResult::isError).forEach(r -> System.out.println("ERROR: " + r.checkId()));
    }
}
