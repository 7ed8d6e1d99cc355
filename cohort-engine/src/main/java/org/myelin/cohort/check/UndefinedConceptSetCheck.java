package org.myelin.cohort.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.ConceptSet;

/**
 * Every reference to a concept set must name one of the definition's ConceptSets: CodesetId, DrugCodesetId, the
 * {@code ...SourceConcept} and payer plan {@code ...Concept} attributes, and PlaceOfServiceLocation.
 */
final class UndefinedConceptSetCheck implements DefinitionCheck {

    @Override
    public List<Finding> check(CohortExpression expression, List<ModelNode> nodes) {
        Set<Integer> defined = expression.conceptSets().stream().map(ConceptSet::id).collect(Collectors.toSet());
        return nodes.stream()
                .filter(node -> node.value() instanceof Integer && isConceptSetReference(node.attribute()))
                .filter(node -> !defined.contains((Integer) node.value()))
                .map(node -> new Finding(Finding.Severity.ERROR, node.path(),
                        "concept set " + node.value() + " is not defined in ConceptSets"))
                .toList();
    }

    static boolean isConceptSetReference(String attribute) {
        return attribute.endsWith("CodesetId") || attribute.endsWith("Concept") || attribute.equals("PlaceOfServiceLocation");
    }
}
