package org.myelin.cohort.check;

import java.util.ArrayList;
import java.util.List;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.ConceptSet;

/** A concept set without any included concept matches nothing, so criteria using it never hold. */
final class EmptyConceptSetCheck implements DefinitionCheck {

    @Override
    public List<Finding> check(CohortExpression expression, List<ModelNode> nodes) {
        List<Finding> findings = new ArrayList<>();
        List<ConceptSet> sets = expression.conceptSets();
        for (int i = 0; i < sets.size(); i++) {
            ConceptSet set = sets.get(i);
            if (set.items().stream().noneMatch(item -> !item.isExcluded())) {
                findings.add(new Finding(Finding.Severity.WARNING, "$.ConceptSets[" + i + "]",
                        "concept set " + set.id() + (set.name() == null ? "" : " '" + set.name() + "'")
                                + " includes no concept, so criteria using it match nothing"));
            }
        }
        return findings;
    }
}
