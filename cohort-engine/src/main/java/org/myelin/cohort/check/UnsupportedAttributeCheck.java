package org.myelin.cohort.check;

import java.util.List;
import java.util.Map;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.LocationRegion;

/**
 * Attributes that ATLAS can write but OMOP CDM v5.4 cannot answer: drug dose columns that v5.4 removed and the
 * location regions of CDM 6.1.
 */
final class UnsupportedAttributeCheck implements DefinitionCheck {

    private static final Map<String, String> UNSUPPORTED = Map.of(
            "EffectiveDrugDose", "drug_exposure.effective_drug_dose is not in OMOP CDM v5.4",
            "DoseUnit", "drug_exposure.dose_unit_concept_id is not in OMOP CDM v5.4",
            "DoseUnitCS", "drug_exposure.dose_unit_concept_id is not in OMOP CDM v5.4",
            "PlaceOfServiceLocation", "location regions need CDM 6.1, not OMOP CDM v5.4");

    @Override
    public List<Finding> check(CohortExpression expression, List<ModelNode> nodes) {
        return nodes.stream()
                .filter(node -> UNSUPPORTED.containsKey(node.attribute()) && !(node.value() instanceof List<?> list && list.isEmpty())
                        || node.value() instanceof LocationRegion)
                .map(node -> new Finding(Finding.Severity.ERROR, node.path(), node.value() instanceof LocationRegion
                        ? "LocationRegion criteria need location_history, which OMOP CDM v5.4 lacks"
                        : "unsupported attribute: " + UNSUPPORTED.get(node.attribute())))
                .toList();
    }
}
