package org.myelin.cohort.study;

import java.util.List;
import javax.sql.DataSource;
import org.myelin.cohort.library.LibraryCohort;
import org.myelin.cohort.library.PhenotypeLibrary;
import org.myelin.cohort.run.CohortDefinition;
import org.myelin.sql.Schemas;

/** The MS phenotype library as a study's library: cohorts by key, resolved against the loaded vocabulary. */
public final class PhenotypeCohortLibrary implements CohortLibrary {

    private final PhenotypeLibrary library;
    private final DataSource dataSource;
    private final Schemas schemas;

    public PhenotypeCohortLibrary(PhenotypeLibrary library, DataSource dataSource, Schemas schemas) {
        this.library = library;
        this.dataSource = dataSource;
        this.schemas = schemas;
    }

    @Override
    public List<String> keys() {
        return library.cohorts().stream().map(LibraryCohort::key).toList();
    }

    @Override
    public List<CohortDefinition> definitions(List<String> keys) {
        return library.definitions(keys.stream().map(library::cohort).toList(), dataSource, schemas);
    }
}
