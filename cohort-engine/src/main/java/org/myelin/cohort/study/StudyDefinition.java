package org.myelin.cohort.study;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A network study: its id and title, its cohorts by role, the analyses to run, the interval, in days, at which
 * Kaplan-Meier curves are reported, and the cohort of relapse events the relapse rate counts (null when the study
 * does not ask for it).
 */
public record StudyDefinition(String id, String title, List<CohortReference> targets,
        List<CohortReference> comparators, List<CohortReference> outcomes, Set<Analysis> analyses,
        int timeToEventIntervalDays, @Nullable Integer relapseCohortId) {

    public StudyDefinition {
        targets = List.copyOf(targets);
        comparators = List.copyOf(comparators);
        outcomes = List.copyOf(outcomes);
        analyses = Set.copyOf(analyses);
    }

    /** Every cohort of the study: targets, then comparators, then outcomes. */
    public List<CohortReference> cohorts() {
        return Stream.of(targets, comparators, outcomes).flatMap(List::stream).toList();
    }

    /** The cohorts characterised and followed up: targets and comparators. */
    List<CohortReference> exposures() {
        return Stream.of(targets, comparators).flatMap(List::stream).toList();
    }

    boolean runs(Analysis analysis) {
        return analyses.contains(analysis);
    }
}
