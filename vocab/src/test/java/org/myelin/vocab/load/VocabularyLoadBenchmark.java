package org.myelin.vocab.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.Schemas;
import org.myelin.sql.migrate.SchemaMigrator;
import org.myelin.vocab.synth.SynthesisResult;
import org.myelin.vocab.synth.VocabularySynthesizer;

/**
 * A plain benchmark (not a test): synthesises a bundle of N concepts, loads it with Myelin into an
 * embedded PostgreSQL, then loads the same files with psql's {@code \copy} into the same unindexed
 * tables, twice each in turn, and prints one Markdown table row with each one's best run. Usage: {@code VocabularyLoadBenchmark N [psql]}.
 */
public final class VocabularyLoadBenchmark {

    public static void main(String[] args) throws Exception {
        int concepts = Integer.parseInt(args[0]);
        String psql = args.length > 1 ? args[1] : "/usr/bin/psql";
        Path folder = Files.createTempDirectory("myelin-vocab-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            SynthesisResult bundle = new VocabularySynthesizer(42).write(concepts, folder);

            // alternate the two and keep each one's best of two runs: the first run on a fresh server
            // pays for WAL segments and cold caches, whichever tool it is
            VocabularyLoader loader = new VocabularyLoader(dataSource, Schemas.DEFAULT, LoadProgress.lines(System.err::println, System.err::println));
            Duration psqlCopy = psqlCopy(dataSource, postgres.getPort(), psql, folder, "vocab_psql_1");
            LoadResult myelin = loader.load(folder);
            Duration psqlSecond = psqlCopy(dataSource, postgres.getPort(), psql, folder, "vocab_psql_2");
            LoadResult myelinSecond = loader.load(folder);
            psqlCopy = psqlSecond.compareTo(psqlCopy) < 0 ? psqlSecond : psqlCopy;
            myelin = myelinSecond.copyTime().compareTo(myelin.copyTime()) < 0 ? myelinSecond : myelin;

            System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %.1f | %.1f | %.2f | %.1f | %,.0f |%n",
                    concepts, bundle.rows("CONCEPT_RELATIONSHIP.csv"), bundle.rows("CONCEPT_ANCESTOR.csv"),
                    myelin.rows(), seconds(myelin.copyTime()), seconds(psqlCopy),
                    seconds(myelin.copyTime()) / seconds(psqlCopy), seconds(myelin.indexTime()), myelin.rowsPerSecond());
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    /** psql's \copy of every file into a fresh tables-only schema; concept_name widened so long names fit. */
    private static Duration psqlCopy(DataSource dataSource, int port, String psql, Path folder, String schema)
            throws IOException, InterruptedException {
        new SchemaMigrator(dataSource).migrate(SchemaKind.VOCAB, schema, SchemaMigrator.TABLES_ONLY);
        DSLContext sql = DSL.using(dataSource, Schemas.dialect());
        sql.execute("alter table {0} alter column concept_name type text", DSL.name(schema, "concept"));
        sql.execute("alter table {0} alter column concept_synonym_name type text", DSL.name(schema, "concept_synonym"));
        List<String> commands = new ArrayList<>();
        for (AthenaFile file : AthenaFile.values()) {
            commands.add("-c");
            commands.add("\\copy " + schema + "." + file.table().getName() + " from '"
                    + folder.resolve(file.fileName()) + "' with (format csv, delimiter E'\\t', quote E'\\b', header)");
        }
        List<String> command = new ArrayList<>(List.of(psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost",
                "-p", Integer.toString(port), "-U", "postgres", "-d", "postgres"));
        command.addAll(commands);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed with exit code " + process.exitValue());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
