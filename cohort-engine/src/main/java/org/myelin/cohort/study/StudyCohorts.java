package org.myelin.cohort.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.check.DefinitionChecker;
import org.myelin.cohort.compile.BatchPlan;
import org.myelin.cohort.compile.CohortCompiler;
import org.myelin.cohort.outcome.Neda3;
import org.myelin.cohort.outcome.Outcome;
import org.myelin.cohort.outcome.OutcomeGenerator;
import org.myelin.cohort.run.CohortDefinition;
import org.myelin.cohort.run.CohortDefinitionFiles;
import org.myelin.cohort.run.CohortGeneration;
import org.myelin.cohort.run.GeneratedCohorts;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * Prepares a study's cohorts before anything is written: definition files are read, library keys resolved (one
 * vocabulary lookup for all), every ATLAS definition checked and all of them compiled together as one batch, the
 * concepts MS outcomes read looked up (and a NEDA-3 target found), and cohorts said to be generated already are looked
 * up in {@code results.cohort_definition}. Any failure is one {@link UserError} naming the study file and the JSON
 * path.
 */
final class StudyCohorts {

    /**
     * The cohorts the study generates: its ATLAS definitions (library and files), in study order, compiled together as
     * {@code batch}; then its MS outcomes, in study order.
     */
    record Prepared(List<CohortDefinition> atlas, BatchPlan batch, List<PreparedOutcome> outcomes) {
    }

    /**
     * An MS outcome ready to generate; {@code readsEarlierOutcome} when it reads an outcome the study lists before it
     * (a NEDA-3 over an outcome cohort), which must then be written first.
     */
    record PreparedOutcome(CohortReference reference, Supplier<CohortGeneration> generation,
            boolean readsEarlierOutcome) {
    }

    private final Schemas schemas;
    private final CohortLibrary library;
    /** One generator for all the study's outcomes, so that their concepts are looked up once. */
    private final OutcomeGenerator outcomes;

    StudyCohorts(DataSource dataSource, Schemas schemas, CohortLibrary library) {
        this.schemas = schemas;
        this.library = library;
        this.outcomes = new OutcomeGenerator(dataSource, schemas);
    }

    Prepared prepare(StudyDefinition study, String source, DSLContext sql) {
        Map<CohortReference, CohortDefinition> fromLibrary = libraryDefinitions(study, source);
        List<CohortDefinition> atlas = new ArrayList<>();
        List<CohortReference> atlasCohorts = new ArrayList<>();
        List<PreparedOutcome> prepared = new ArrayList<>();
        Set<Integer> before = new HashSet<>();
        Set<Integer> outcomesBefore = new HashSet<>();
        Set<Integer> missing = missingGenerated(study, sql);
        for (CohortReference cohort : study.cohorts()) {
            try {
                switch (cohort.source()) {
                    case FILE, LIBRARY -> {
                        atlas.add(atlas(cohort, fromLibrary.get(cohort)));
                        atlasCohorts.add(cohort);
                    }
                    case OUTCOME -> prepared.add(outcome(cohort, before, outcomesBefore, missing));
                    case GENERATED -> requireGenerated(cohort, missing);
                }
            } catch (UserError e) {
                throw new UserError(source + ": " + cohort.jsonPath() + ": " + e.getMessage(), e);
            }
            before.add(cohort.cohortId());
            if (cohort.source() == CohortReference.Source.OUTCOME) {
                outcomesBefore.add(cohort.cohortId());
            }
        }
        return new Prepared(atlas, compile(atlas, atlasCohorts, source), prepared);
    }

    /**
     * The ATLAS definitions compiled together; a definition the compiler refuses fails with its JSON path, found by
     * compiling them one by one once the batch has failed.
     */
    private BatchPlan compile(List<CohortDefinition> atlas, List<CohortReference> cohorts, String source) {
        CohortCompiler compiler = new CohortCompiler(schemas);
        try {
            return compiler.compileBatch(atlas.stream().map(CohortDefinition::expression).toList(),
                    atlas.stream().map(CohortDefinition::cohortId).toList());
        } catch (UserError batch) {
            for (int i = 0; i < atlas.size(); i++) {
                try {
                    compiler.compile(atlas.get(i).expression(), atlas.get(i).cohortId());
                } catch (UserError e) {
                    throw new UserError(source + ": " + cohorts.get(i).jsonPath() + ": " + e.getMessage(), e);
                }
            }
            throw new UserError(source + ": " + batch.getMessage(), batch);
        }
    }

    /** The study's library cohorts, resolved against the vocabulary together (one lookup for all). */
    private Map<CohortReference, CohortDefinition> libraryDefinitions(StudyDefinition study, String source) {
        List<CohortReference> cohorts = study.cohorts().stream()
                .filter(cohort -> cohort.source() == CohortReference.Source.LIBRARY).toList();
        for (CohortReference cohort : cohorts) {
            if (!library.keys().contains(cohort.location())) {
                throw new UserError(source + ": " + cohort.jsonPath() + ": unknown library cohort '"
                        + cohort.location() + "'; the library holds " + library.keys());
            }
        }
        List<CohortDefinition> resolved;
        try {
            resolved = cohorts.isEmpty() ? List.of()
                    : library.definitions(cohorts.stream().map(CohortReference::location).toList());
        } catch (UserError e) {
            throw new UserError(source + ": " + e.getMessage(), e);
        }
        Map<CohortReference, CohortDefinition> definitions = new HashMap<>();
        for (int i = 0; i < cohorts.size(); i++) {
            definitions.put(cohorts.get(i), resolved.get(i));
        }
        return definitions;
    }

    /**
     * An ATLAS definition, from its file or resolved from the library, as the study's cohort id (named as the study
     * names a file's cohort, as the library names its own), checked once here before anything is written.
     */
    private static CohortDefinition atlas(CohortReference cohort, @Nullable CohortDefinition fromLibrary) {
        CohortDefinition read = cohort.source() == CohortReference.Source.LIBRARY ? Objects.requireNonNull(fromLibrary)
                : new CohortDefinitionFiles().read(Path.of(cohort.location()), cohort.cohortId());
        String name = cohort.source() == CohortReference.Source.LIBRARY ? read.name() : cohort.name();
        new DefinitionChecker().requireValid(read.expression(), name);
        return new CohortDefinition(cohort.cohortId(), name, read.description(), read.expression(), read.json());
    }

    /**
     * Of the cohorts the study says were generated before it and of its NEDA-3 targets, those without their row in
     * {@code results.cohort_definition}: one query for all, none when the study names no such cohort.
     */
    private static Set<Integer> missingGenerated(StudyDefinition study, DSLContext sql) {
        List<Integer> ids = new ArrayList<>();
        for (CohortReference cohort : study.cohorts()) {
            if (cohort.source() == CohortReference.Source.GENERATED) {
                ids.add(cohort.cohortId());
            } else if (cohort.outcome() instanceof Neda3 neda) {
                ids.add(neda.targetCohortId());
            }
        }
        return ids.isEmpty() ? Set.of() : Set.copyOf(GeneratedCohorts.missing(sql, ids));
    }

    /**
     * An MS outcome; {@code before} holds the ids of the study's cohorts listed before it, {@code outcomesBefore} those
     * of its outcomes, {@code missing} the cohorts that were not generated before the study.
     */
    private PreparedOutcome outcome(CohortReference cohort, Set<Integer> before, Set<Integer> outcomesBefore,
            Set<Integer> missing) {
        Outcome outcome = Objects.requireNonNull(cohort.outcome(), "an outcome cohort holds its outcome");
        outcomes.requireConcepts();
        if (outcome instanceof Neda3 neda && !before.contains(neda.targetCohortId())
                && missing.contains(neda.targetCohortId())) {
            throw new UserError(outcome.name() + ": the target cohort " + neda.targetCohortId() + " is neither "
                    + "a cohort of the study listed before this one nor generated before the study");
        }
        return new PreparedOutcome(cohort, () -> outcomes.generate(cohort.cohortId(), outcome),
                outcome instanceof Neda3 neda && outcomesBefore.contains(neda.targetCohortId()));
    }

    private static void requireGenerated(CohortReference cohort, Set<Integer> missing) {
        if (missing.contains(cohort.cohortId())) {
            throw new UserError(cohort.role().label() + " cohort " + cohort.cohortId() + " was not generated "
                    + "(no row in the results schema's cohort_definition); generate it first with "
                    + "'myelin cohort run', or name a 'library' cohort or a definition 'file'");
        }
    }
}
