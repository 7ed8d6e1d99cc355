package org.myelin.cohort.check;

import java.util.List;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.sql.UserError;

/**
 * Checks a cohort definition: undefined concept set ids, unused and empty concept sets, windows that can never match
 * and attributes OMOP CDM v5.4 cannot answer. Each finding names its JSON path.
 */
public final class DefinitionChecker {

    private final List<DefinitionCheck> checks = List.of(new UndefinedConceptSetCheck(), new UnusedConceptSetCheck(),
            new EmptyConceptSetCheck(),
            new ImpossibleWindowCheck(), new UnsupportedAttributeCheck());

    /** Every finding, errors and warnings, in the order of the rules. */
    public List<Finding> check(CohortExpression expression) {
        List<ModelNode> nodes = new DefinitionWalker().walk(expression);
        return checks.stream().flatMap(check -> check.check(expression, nodes).stream()).toList();
    }

    /** Throws a {@link UserError} naming the first error of a definition read from {@code source}, if any. */
    public void requireValid(CohortExpression expression, String source) {
        check(expression).stream().filter(finding -> finding.severity() == Finding.Severity.ERROR).findFirst()
                .ifPresent(error -> {
                    throw new UserError(source + ": " + error.path() + ": " + error.message());
                });
    }
}
