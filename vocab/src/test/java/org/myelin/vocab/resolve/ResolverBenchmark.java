package org.myelin.vocab.resolve;

import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;
import org.myelin.vocab.synth.VocabularySynthesizer;

/**
 * A plain benchmark (not a test): synthesises and loads a vocabulary of N concepts into an embedded
 * PostgreSQL, builds a {@link ConceptResolver} over all of it, and prints its heap and lookups per second
 * on one thread after warm-up, random codes over the whole slice (the worst case for the caches). Usage: {@code ResolverBenchmark [concepts, default 1000000]}.
 */
public final class ResolverBenchmark {

    private static final int QUERIES = 1 << 20;

    public static void main(String[] args) throws Exception {
        int concepts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Files.createTempDirectory("myelin-resolver-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            new VocabularySynthesizer(42).write(concepts, folder);
            new VocabularyLoader(dataSource, Schemas.DEFAULT, LoadProgress.lines(System.err::println, System.err::println)).load(folder);
            DSLContext sql = DSL.using(dataSource, Schemas.dialect(), Schemas.DEFAULT.settings());
            Result<Record2<String, String>> sample = sql.select(CONCEPT.VOCABULARY_ID, CONCEPT.CONCEPT_CODE)
                    .from(CONCEPT).orderBy(DSL.rand()).limit(QUERIES).fetch();
            String[] vocabularies = sample.getValues(CONCEPT.VOCABULARY_ID).toArray(String[]::new);
            String[] codes = sample.getValues(CONCEPT.CONCEPT_CODE).toArray(String[]::new);

            long heapBefore = usedHeap();
            long buildStart = System.nanoTime();
            ConceptResolver resolver = ConceptResolver.load(dataSource, Schemas.DEFAULT,
                    List.of("SNOMED", "LOINC", "RxNorm", "ICD10CM"), LocalDate.now());
            double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
            long heap = usedHeap() - heapBefore;

            for (int round = 0; round < 5; round++) {
                lookups(resolver, vocabularies, codes);
            }
            double best = 0;
            double bestCpu = 0;
            for (int round = 0; round < 5; round++) {
                double[] rates = lookups(resolver, vocabularies, codes);
                best = Math.max(best, rates[0]);
                bestCpu = Math.max(bestCpu, rates[1]);
            }
            System.out.printf("concepts %,d, mappings %,d, built in %.1f s%n", resolver.concepts(), resolver.mappings(),
                    buildSeconds);
            System.out.printf("heap: arrays %,d bytes, measured %,d bytes, %.1f bytes per concept%n",
                    resolver.heapBytes(), heap, (double) heap / resolver.concepts());
            System.out.printf("lookups (vocabulary_id, concept_code) -> standard concept id, one thread: %,.0f per second"
                    + " of wall time, %,.0f per second of the thread's CPU time%n", best, bestCpu);
        }
    }

    /** Lookups per second of wall time and per second of this thread's CPU time (the machine may be shared). */
    private static double[] lookups(ConceptResolver resolver, String[] vocabularies, String[] codes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int rounds = 4;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < codes.length; i++) {
                checksum += resolver.standardConceptId(vocabularies[i], codes[i]);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        if (checksum == 42) {
            System.out.println("unlikely checksum");
        }
        return new double[] {rounds * codes.length / seconds, rounds * codes.length / cpuSeconds};
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
