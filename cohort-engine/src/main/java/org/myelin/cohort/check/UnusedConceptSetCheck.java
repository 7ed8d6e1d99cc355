package org.myelin.cohort.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.ConceptSet;

/** A concept set no criteria refers to does not change the cohort; often a reference to it was forgotten. */
final class UnusedConceptSetCheck implements DefinitionCheck {

    @Override
    public List<Finding> check(CohortExpression expression, List<ModelNode> nodes) {
        Set<Object> used = nodes.stream()
                .filter(node -> node.value() instanceof Integer && UndefinedConceptSetCheck.isConceptSetReference(node.attribute()))
                .map(ModelNode::value)
                .collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        List<ConceptSet> sets = expression.conceptSets();
        for (int i = 0; i < sets.size(); i++) {
            if (!used.contains(sets.get(i).id())) {
                findings.add(new Finding(Finding.Severity.WARNING, "$.ConceptSets[" + i + "]",
                        "concept set " + sets.get(i).id() + " is not used by any criteria"));
            }
        }
        return findings;
    }
}
