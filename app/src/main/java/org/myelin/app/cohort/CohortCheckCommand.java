package org.myelin.app.cohort;

import java.nio.file.Path;
import java.util.List;
import org.myelin.cohort.check.DefinitionChecker;
import org.myelin.cohort.check.Finding;
import org.myelin.cohort.model.CohortExpressionReader;
import org.myelin.sql.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code myelin cohort check DEFINITION.json}: what in a definition cannot work, with JSON paths. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a definition: undefined or empty concept sets, windows that can never match, attributes "
                + "the OMOP CDM v5.4 cannot answer. Exit code 2 when there is an error.")
public final class CohortCheckCommand implements Runnable {

    @Parameters(paramLabel = "DEFINITION", description = "The definition file (ATLAS/Circe JSON).")
    Path definition;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        List<Finding> findings = new DefinitionChecker().check(new CohortExpressionReader().read(definition));
        findings.forEach(finding -> spec.commandLine().getOut().println(finding));
        long errors = findings.stream().filter(finding -> finding.severity() == Finding.Severity.ERROR).count();
        if (errors > 0) {
            throw new UserError(definition + ": " + errors + " error(s); the definition would not run as written");
        }
        spec.commandLine().getOut().println(definition + ": no errors" + (findings.isEmpty() ? "" : " (" + findings.size() + " warnings)"));
    }
}
