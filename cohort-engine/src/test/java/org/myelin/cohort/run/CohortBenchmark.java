package org.myelin.cohort.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.StandaloneDatabase;
import org.myelin.sql.testing.TestDatabase;

/**
 * A plain benchmark (not a test, run by {@code bench/cohort.sh}): times 20 definitions on a generated CDM of
 * 100,000 persons, one by one and as a batch, in alternating rounds (the machine may be shared, so both are measured
 * under the same load), and prints a Markdown table for BENCHMARKS.md. Besides wall time it reports the CPU time the
 * database server spent on each ({@link ServerCpu}), which waiting for a busy machine's cores does not inflate.
 */
public final class CohortBenchmark {

    private static final int DEFAULT_PERSONS = 100_000;
    private static final int DEFAULT_ROUNDS = 3;
    private static final int DEFINITIONS = 20;

    private CohortBenchmark() {
    }

    /** Optional arguments: the number of persons (default 100,000) and of rounds (default 3). */
    public static void main(String[] args) throws IOException, InterruptedException, SQLException {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PERSONS;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROUNDS;
        try (StandaloneDatabase standalone = new StandaloneDatabase()) {
            run(standalone.database(), persons, rounds, Files.createTempDirectory("myelin-cohort-bench"));
        }
    }

    private static void run(TestDatabase database, int persons, int rounds, Path folder) throws IOException, InterruptedException, SQLException {
        long loadStarted = System.nanoTime();
        BenchmarkCdm.generate(database.dataSource(), Schemas.DEFAULT, persons);
        long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < DEFINITIONS; i++) {
            files.add(Files.writeString(folder.resolve(String.format(Locale.ROOT, "definition-%02d.json", i + 1)),
                    BenchmarkCdm.definition(i)));
        }
        CohortGenerator generator = new CohortGenerator(database.dataSource(), Schemas.DEFAULT);
        CohortDefinitionFiles reader = new CohortDefinitionFiles();
        int parallelism = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%nCDM: %,d persons generated in %d ms%n", persons, loadMillis);

        ServerCpu server = ServerCpu.of(database.dataSource());
        long slowest = 0;
        for (int round = 1; round <= rounds; round++) {
            StringBuilder table = new StringBuilder("| definition | persons | periods | one by one (ms) | batch (ms) |\n"
                    + "|---|---:|---:|---:|---:|\n");
            List<CohortGeneration> serial = new ArrayList<>();
            long serialCpu = server.millis();
            long serialStarted = System.nanoTime();
            for (int i = 0; i < DEFINITIONS; i++) {
                serial.add(generator.generate(reader.read(files.get(i), i + 1)));
            }
            long serialMillis = (System.nanoTime() - serialStarted) / 1_000_000;
            long batchCpu = server.millis();
            serialCpu = batchCpu - serialCpu;
            BatchOutcome batch = new CohortBatchGenerator(database.dataSource(), Schemas.DEFAULT, parallelism)
                    .generate(files, 101);
            batchCpu = server.millis() - batchCpu;
            for (int i = 0; i < DEFINITIONS; i++) {
                CohortGeneration one = serial.get(i);
                slowest = Math.max(slowest, one.elapsed().toMillis());
                table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", one.name(), one.persons(), one.periods(),
                        one.elapsed().toMillis(), batch.generated().get(i).elapsed().toMillis()));
            }
            if (round == 1) {
                System.out.printf(Locale.ROOT, "%n%s", table);
            }
            System.out.printf(Locale.ROOT, "%nRound %d: one by one %d ms; batch (%d at a time) %d ms = %.2f of one by one.%n",
                    round, serialMillis, parallelism, batch.elapsed().toMillis(), batch.elapsed().toMillis() / (double) serialMillis);
            System.out.printf(Locale.ROOT, "Round %d, PostgreSQL CPU time: one by one %d ms; batch %d ms = %.2f of one by one.%n",
                    round, serialCpu, batchCpu, batchCpu / (double) serialCpu);
            batch.failed().forEach(failure -> System.out.println("FAILED: " + failure.message()));
        }
        System.out.printf(Locale.ROOT, "%nSlowest single cohort: %d ms; %s%n", slowest,
                slowest < 5_000 ? "every cohort under 5 s." : "a cohort took more than 5 s.");
    }
}
