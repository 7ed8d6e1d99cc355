package org.myelin.app.cohort;

import java.nio.file.Path;
import org.myelin.app.db.DatabaseOptions;
import org.myelin.cohort.compile.CohortCompiler;
import org.myelin.cohort.model.CohortExpressionReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code myelin cohort sql DEFINITION.json}: the SQL a cohort runs, for an analyst to review. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Print the PostgreSQL statements a definition runs, with the configured schema names.")
public final class CohortSqlCommand implements Runnable {

    @Parameters(paramLabel = "DEFINITION", description = "The definition file (ATLAS/Circe JSON).")
    Path definition;

    @Option(names = "--cohort-id", defaultValue = "1", paramLabel = "N", description = "Cohort id (default ${DEFAULT-VALUE}).")
    int cohortId;

    @Mixin
    DatabaseOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println(new CohortCompiler(options.settings().schemas())
                .sql(new CohortExpressionReader().read(definition), cohortId));
    }
}
