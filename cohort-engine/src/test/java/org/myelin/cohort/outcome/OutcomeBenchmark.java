package org.myelin.cohort.outcome;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.myelin.cohort.library.PhenotypeLibrary;
import org.myelin.cohort.run.CohortGeneration;
import org.myelin.cohort.run.CohortGenerator;
import org.myelin.cohort.study.MsStudyCdm;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.StandaloneDatabase;
import org.myelin.sql.testing.TestDatabase;

/**
 * A plain benchmark (not a test, run by {@code bench/outcomes.sh}): times each MS outcome and the annualised relapse
 * rate on the study benchmark's synthetic MS CDM ({@link MsStudyCdm}: EDSS and pyramidal scores at visits every 182
 * days with a per-person drift, recorded courses, relapses, MRI lesion counts) of 100,000 persons, and prints a
 * Markdown table for BENCHMARKS.md.
 */
public final class OutcomeBenchmark {

    private static final int DEFAULT_PERSONS = 100_000;
    private static final int MS = 1001;
    private static final int RELAPSES = 1008;

    private OutcomeBenchmark() {
    }

    /** Optional argument: the number of persons (default 100,000). */
    public static void main(String[] args) throws IOException {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PERSONS;
        try (StandaloneDatabase standalone = new StandaloneDatabase()) {
            run(standalone.database(), persons);
        }
    }

    private static void run(TestDatabase database, int persons) {
        long started = System.nanoTime();
        Map<String, Long> rows = MsStudyCdm.generate(database, persons);
        System.out.printf(Locale.ROOT, "%nCDM: %,d persons generated in %d ms on the MS starter vocabulary%n%n", persons,
                (System.nanoTime() - started) / 1_000_000);
        System.out.println("| table | rows |\n|---|---:|");
        rows.forEach((table, count) -> System.out.printf(Locale.ROOT, "| %s | %,d |%n", table, count));

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
}
