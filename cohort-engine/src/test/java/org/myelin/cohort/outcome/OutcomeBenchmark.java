package org.myelin.cohort.outcome;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.cohort.library.PhenotypeLibrary;
import org.myelin.cohort.run.CohortGeneration;
import org.myelin.cohort.run.CohortGenerator;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.StandaloneDatabase;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;

/**
 * A plain benchmark (not a test, run by {@code bench/outcomes.sh}): times each MS outcome on generated registry-like
 * histories (an EDSS and a pyramidal score every 180 days for 12 years with a per-person drift, relapses, yearly MRI
 * lesion counts) of 100,000 persons, and prints a Markdown table for BENCHMARKS.md.
 */
public final class OutcomeBenchmark {

    private static final int DEFAULT_PERSONS = 100_000;
    private static final int VISITS = 24;
    private static final int MS = 1001;
    private static final int RELAPSES = 1008;

    private OutcomeBenchmark() {
    }

    /** Optional argument: the number of persons (default 100,000). */
    public static void main(String[] args) throws IOException, SQLException {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PERSONS;
        try (StandaloneDatabase standalone = new StandaloneDatabase()) {
            run(standalone.database(), persons);
        }
    }

    private static void run(TestDatabase database, int persons) throws SQLException {
        long started = System.nanoTime();
        database.migrate();
        new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent()).loadStarter();
        try (Connection connection = database.connection()) {
            // one session: the generator's temporary tables
            generateHistories(DSL.using(connection, Schemas.dialect()), persons);
        }
        System.out.printf(Locale.ROOT, "%nCDM: %,d persons, %,d EDSS scores generated in %d ms%n", persons,
                persons * VISITS, (System.nanoTime() - started) / 1_000_000);

        CohortGenerator cohorts = new CohortGenerator(database.dataSource(), Schemas.DEFAULT);
        PhenotypeLibrary library = PhenotypeLibrary.ms();
        for (int cohortId : new int[] {MS, RELAPSES}) {
            cohorts.generate(library.definition(cohortId, database.dataSource(), Schemas.DEFAULT));
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        outcomes.put("cdw, 12 weeks, fixed", new ConfirmedWorsening(WorseningRule.MSBASE));
        outcomes.put("cdw, 24 weeks, roving", new ConfirmedWorsening(WorseningRule.MSBASE.withConfirmationWeeks(24)
                .withRovingBaseline()));
        outcomes.put("cdw, 12 weeks, roving, +0.5 from 5.5", new ConfirmedWorsening(WorseningRule.MSBASE.withRovingBaseline()
                .withHalfStepFrom(new BigDecimal("5.5"))));
        outcomes.put("sp-conversion", new SecondaryProgression());
        outcomes.put("pira, roving", Pira.of(WorseningRule.MSBASE.withRovingBaseline()));
        outcomes.put("neda3, 2 years from the MS diagnosis", new Neda3(MS, 730, WorseningRule.MSBASE.withRovingBaseline()));

        StringBuilder table = new StringBuilder("| outcome | persons | periods | ms |\n|---|---:|---:|---:|\n");
        OutcomeGenerator generator = new OutcomeGenerator(database.dataSource(), Schemas.DEFAULT);
        long total = 0;
        int cohortId = 2001;
        for (Map.Entry<String, Outcome> outcome : outcomes.entrySet()) {
            CohortGeneration generated = generator.generate(cohortId++, outcome.getValue());
            total += generated.elapsed().toMillis();
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", outcome.getKey(), generated.persons(),
                    generated.periods(), generated.elapsed().toMillis()));
        }
        long rateStarted = System.nanoTime();
        RelapseRate rate = new RelapseRates(database.dataSource(), Schemas.DEFAULT).of(List.of(MS), RELAPSES).getFirst();
        long rateMillis = (System.nanoTime() - rateStarted) / 1_000_000;
        total += rateMillis;
        table.append(String.format(Locale.ROOT, "| annualised relapse rate in cohort %d (%.3f) | %d | %d relapses | %d |%n",
                MS, rate.annualised(), rate.persons(), rate.relapses(), rateMillis));
        System.out.printf(Locale.ROOT, "%n%s%nAll outcomes: %d ms.%n", table, total);
    }

    /**
     * Set-based histories: an MS diagnosis in 2011 or 2012; EDSS visits every 180 days (a few days either way) from
     * a baseline of 0 to 4.0, drifting up by 0 to 2 points over the 12 years with a half-point wobble, the pyramidal
     * score following it; 0 to 5 relapses; a new/enlarging T2 and a Gd+ count each year, one in five of them active.
     */
    private static void generateHistories(DSLContext sql, int persons) {
        String vocab = Schemas.DEFAULT.vocab() + ".concept";
        sql.execute("""
                create temporary table bench_concept as select
                  (select concept_id from %1$s where vocabulary_id = 'SNOMED' and concept_code = '24700007') ms,
                  (select concept_id from %1$s where vocabulary_id = 'Myelin' and concept_code = 'EDSS') edss,
                  (select concept_id from %1$s where vocabulary_id = 'Myelin' and concept_code = 'FS_PYRAMIDAL') pyramidal,
                  (select concept_id from %1$s where vocabulary_id = 'Myelin' and concept_code = 'RELAPSE') relapse,
                  (select concept_id from %1$s where vocabulary_id = 'Myelin' and concept_code = 'NEW_ENLARGING_T2') t2,
                  (select concept_id from %1$s where vocabulary_id = 'Myelin' and concept_code = 'GD_LESIONS') gd,
                  (select concept_id from %1$s where vocabulary_id = 'Type Concept' and concept_name = 'Registry') registry
                """.formatted(vocab));
        sql.execute("insert into cdm.person (person_id, gender_concept_id, year_of_birth, race_concept_id, "
                + "ethnicity_concept_id) select p, 0, 1950 + p % 50, 0, 0 from generate_series(1, ?) p", persons);
        sql.execute("insert into cdm.observation_period select p, p, date '2010-01-01', date '2022-12-31', registry "
                + "from generate_series(1, ?) p, bench_concept", persons);
        sql.execute("insert into cdm.condition_occurrence (condition_occurrence_id, person_id, condition_concept_id, "
                + "condition_start_date, condition_type_concept_id) select p, p, ms, date '2011-01-01' + p % 700, registry "
                + "from generate_series(1, ?) p, bench_concept", persons);
        sql.execute("insert into cdm.condition_occurrence (condition_occurrence_id, person_id, condition_concept_id, "
                + "condition_start_date, condition_type_concept_id) select 10000000 + p * 10 + r, p, relapse, "
                + "date '2011-01-01' + abs(hashtext('r' || p || '-' || r)) % 4300, registry "
                + "from generate_series(1, ?) p, generate_series(1, 5) r, bench_concept "
                + "where r <= abs(hashtext('rn' || p)) % 6", persons);
        sql.execute("""
                create temporary table bench_edss as select p, k,
                  date '2011-01-01' + k * 180 + abs(hashtext('d' || p || '-' || k)) % 15 visit,
                  least(9.5, greatest(0, (abs(hashtext('b' || p)) % 9 + k * (abs(hashtext('s' || p)) % 5) / 12
                    + abs(hashtext('w' || p || '-' || k)) % 3 - 1) * 0.5)) score
                from generate_series(1, ?) p, generate_series(0, ?) k
                """, persons, VISITS - 1);
        sql.execute("insert into cdm.measurement (measurement_id, person_id, measurement_concept_id, measurement_date, "
                + "measurement_type_concept_id, value_as_number) select p * 100 + k, p, edss, visit, registry, score "
                + "from bench_edss, bench_concept");
        sql.execute("insert into cdm.measurement (measurement_id, person_id, measurement_concept_id, measurement_date, "
                + "measurement_type_concept_id, value_as_number) select 50000000 + p * 100 + k, p, pyramidal, visit, "
                + "registry, floor(score / 2) from bench_edss, bench_concept");
        sql.execute("insert into cdm.measurement (measurement_id, person_id, measurement_concept_id, measurement_date, "
                + "measurement_type_concept_id, value_as_number) select 100000000 + p * 100 + y * 2 + lesion, p, "
                + "case lesion when 0 then t2 else gd end, date '2011-06-01' + y * 365, registry, "
                + "case when abs(hashtext('m' || p || '-' || y || '-' || lesion)) % 5 = 0 then 1 else 0 end "
                + "from generate_series(1, ?) p, generate_series(0, 11) y, generate_series(0, 1) lesion, bench_concept",
                persons);
        sql.execute("analyze");
    }
}
