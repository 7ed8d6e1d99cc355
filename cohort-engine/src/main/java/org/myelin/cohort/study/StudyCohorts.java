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
import org.myelin.cohort.compile.CohortPlan;
import org.myelin.cohort.outcome.Neda3;
import org.myelin.cohort.outcome.Outcome;
import org.myelin.cohort.outcome.OutcomeGenerator;
import org.myelin.cohort.run.CohortDefinition;
import org.myelin.cohort.run.CohortDefinitionFiles;
import org.myelin.cohort.run.CohortGeneration;
import org.myelin.cohort.run.CohortGenerator;
import org.myelin.cohort.run.GeneratedCohorts;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * Prepares a study's cohorts before anything is written: definition files are read, checked and compiled, library
 * keys resolved, the concepts MS outcomes read looked up (and a NEDA-3 target found), and cohorts said to be
 * generated already are looked up in {@code results.cohort_definition}. Any
 * failure is one {@link UserError} naming the study file and the JSON path.
 */
final class StudyCohorts {

    /**
     * A cohort ready to generate; {@code generation} is empty for a cohort that was generated before the study;
     * {@code readsEarlierCohorts} when its generation reads cohorts the study lists before it.
     */
    record Prepared(CohortReference reference, Supplier<CohortGeneration> generation, boolean generatesNow,
            boolean readsEarlierCohorts) {

        Prepared(CohortReference reference, Supplier<CohortGeneration> generation, boolean generatesNow) {
            this(reference, generation, generatesNow, false);
        }
    }

    private final DataSource dataSource;
    private final Schemas schemas;
    private final CohortLibrary library;
    /** One generator for all the study's outcomes, so that their concepts are looked up once. */
    private final OutcomeGenerator outcomes;
    private final CohortGenerator generator;

    StudyCohorts(DataSource dataSource, Schemas schemas, CohortLibrary library) {
        this.dataSource = dataSource;
        this.schemas = schemas;
        this.library = library;
        this.outcomes = new OutcomeGenerator(dataSource, schemas);
        this.generator = new CohortGenerator(dataSource, schemas);
    }

    List<Prepared> prepare(StudyDefinition study, String source, DSLContext sql) {
        Map<CohortReference, CohortDefinition> fromLibrary = libraryDefinitions(study, source);
        List<Prepared> prepared = new ArrayList<>();
        Set<Integer> before = new HashSet<>();
        for (CohortReference cohort : study.cohorts()) {
            try {
                prepared.add(prepare(cohort, sql, before, fromLibrary));
                before.add(cohort.cohortId());
            } catch (UserError e) {
                throw new UserError(source + ": " + cohort.jsonPath() + ": " + e.getMessage(), e);
            }
        }
        return prepared;
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

    /** Prepares one cohort; {@code before} holds the ids of the study's cohorts generated before it. */
    private Prepared prepare(CohortReference cohort, DSLContext sql, Set<Integer> before,
            Map<CohortReference, CohortDefinition> fromLibrary) {
        return switch (cohort.source()) {
            case FILE -> atlas(cohort, cohort.name(),
                    new CohortDefinitionFiles().read(Path.of(cohort.location()), cohort.cohortId()));
            case LIBRARY -> {
                CohortDefinition resolved = Objects.requireNonNull(fromLibrary.get(cohort));
                yield atlas(cohort, resolved.name(), resolved);
            }
            case OUTCOME -> {
                Outcome outcome = Objects.requireNonNull(cohort.outcome(), "an outcome cohort holds its outcome");
                outcomes.requireConcepts();
                if (outcome instanceof Neda3 neda && !before.contains(neda.targetCohortId())
                        && !GeneratedCohorts.exists(sql, neda.targetCohortId())) {
                    throw new UserError(outcome.name() + ": the target cohort " + neda.targetCohortId() + " is neither "
                            + "a cohort of the study listed before this one nor generated before the study");
                }
                yield new Prepared(cohort, () -> outcomes.generate(cohort.cohortId(), outcome), true,
                        outcome instanceof Neda3);
            }
            case GENERATED -> {
                if (!GeneratedCohorts.exists(sql, cohort.cohortId())) {
                    throw new UserError(cohort.role().label() + " cohort " + cohort.cohortId() + " was not generated "
                            + "(no row in the results schema's cohort_definition); generate it first with "
                            + "'myelin cohort run', or name a 'library' cohort or a definition 'file'");
                }
                yield new Prepared(cohort, () -> {
                    throw new IllegalStateException("cohort " + cohort.cohortId() + " is not generated by the study");
                }, false);
            }
        };
    }

    /**
     * An ATLAS definition as the study's cohort id, under {@code name}, checked and compiled once here, before anything
     * is written; the generation runs that plan.
     */
    private Prepared atlas(CohortReference cohort, String name, CohortDefinition read) {
        CohortDefinition named = new CohortDefinition(cohort.cohortId(), name, read.description(),
                read.expression(), read.json());
        CohortPlan plan = generator.compile(named);
        return new Prepared(cohort, () -> generator.generate(named, plan), true);
    }
}
