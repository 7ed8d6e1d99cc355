package org.myelin.cohort.check;

import java.util.List;
import org.myelin.cohort.model.CohortExpression;

/** One validation rule over a definition and its walked values. */
sealed interface DefinitionCheck permits UndefinedConceptSetCheck, UnusedConceptSetCheck, EmptyConceptSetCheck,
        ImpossibleWindowCheck, UnsupportedAttributeCheck {

    List<Finding> check(CohortExpression expression, List<ModelNode> nodes);
}
