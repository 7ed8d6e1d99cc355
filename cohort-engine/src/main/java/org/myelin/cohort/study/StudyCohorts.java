package org.myelin.cohort.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.myelin.cohort.check.DefinitionChecker;
import org.myelin.cohort.compile.CohortCompiler;
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

    StudyCohorts(DataSource dataSource, Schemas schemas, CohortLibrary library) {
        this.dataSource = dataSource;
        this.schemas = schemas;
        this.library = library;
        this.outcomes = new OutcomeGenerator(dataSource, schemas);
    }

    List<Prepared> prepare(StudyDefinition study, String source, DSLContext sql) {
        List<Prepared> prepared = new ArrayList<>();
        Set<Integer> before = new HashSet<>();
        for (CohortReference cohort : study.cohorts()) {
            try {
                prepared.add(prepare(cohort, sql, before));
                before.add(cohort.cohortId());
            } catch (UserError e) {
                throw new UserError(source + ": " + cohort.jsonPath() + ": " + e.getMessage(), e);
            }
        }
        return prepared;
    }

    /** Prepares one cohort; {@code before} holds the ids of the study's cohorts generated before it. */
    private Prepared prepare(CohortReference cohort, DSLContext sql, Set<Integer> before) {
        return switch (cohort.source()) {
            case FILE -> {
                CohortDefinition read = new CohortDefinitionFiles().read(Path.of(cohort.location()), cohort.cohortId());
                CohortDefinition named = new CohortDefinition(read.cohortId(), cohort.name(), read.description(),
                        read.expression(), read.json());
                new DefinitionChecker().requireValid(named.expression(), cohort.location());
                new CohortCompiler(schemas).compile(named.expression(), named.cohortId());
                yield new Prepared(cohort, () -> new CohortGenerator(dataSource, schemas).generate(named), true);
            }
            case LIBRARY -> {
                if (!library.keys().contains(cohort.location())) {
                    throw new UserError("unknown library cohort '" + cohort.location() + "'; the library holds "
                            + library.keys());
                }
                yield new Prepared(cohort, library.prepare(cohort.location(), cohort.cohortId()), true);
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
}
