package org.myelin.cohort.study;

import java.util.List;

/**
 * What a study run produced, already safe to share: every table has its small counts, and the figures derived from
 * them, replaced by {@code -minCellCount}.
 */
public final class StudyResults {

    private final StudyDefinition study;
    private final StudySettings settings;
    private final List<ResultTable> tables;
    private final Provenance provenance;

    StudyResults(StudyDefinition study, StudySettings settings, List<ResultTable> uncensored, Provenance provenance) {
        this.study = study;
        this.settings = settings;
        this.tables = uncensored.stream().map(table -> table.censored(settings.minCellCount())).toList();
        this.provenance = provenance;
    }

    public StudyDefinition study() {
        return study;
    }

    public StudySettings settings() {
        return settings;
    }

    List<ResultTable> tables() {
        return tables;
    }

    Provenance provenance() {
        return provenance;
    }

    /** The table written to {@code file}, e.g. {@code incidence.csv}. */
    ResultTable table(String file) {
        return tables.stream().filter(table -> table.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result file " + file));
    }
}
