package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A whole Circe cohort expression, as ATLAS exports it. */
public record CohortExpression(
        @JsonProperty("Title") @Nullable String title,
        @JsonProperty("cdmVersionRange") @Nullable String cdmVersionRange,
        @JsonProperty("ConceptSets") List<ConceptSet> conceptSets,
        @JsonProperty("PrimaryCriteria") PrimaryCriteria primaryCriteria,
        @JsonProperty("AdditionalCriteria") @Nullable CriteriaGroup additionalCriteria,
        @JsonProperty("QualifiedLimit") ResultLimit qualifiedLimit,
        @JsonProperty("ExpressionLimit") ResultLimit expressionLimit,
        @JsonProperty("InclusionRules") List<InclusionRule> inclusionRules,
        @JsonProperty("EndStrategy") @Nullable EndStrategy endStrategy,
        @JsonProperty("CensoringCriteria") List<Criteria> censoringCriteria,
        @JsonProperty("CollapseSettings") CollapseSettings collapseSettings,
        @JsonProperty("CensorWindow") @Nullable Period censorWindow) {

    public CohortExpression {
        Require.present(primaryCriteria, "PrimaryCriteria");
        conceptSets = Lists.orEmpty(conceptSets);
        qualifiedLimit = qualifiedLimit == null ? ResultLimit.FIRST : qualifiedLimit;
        expressionLimit = expressionLimit == null ? ResultLimit.FIRST : expressionLimit;
        inclusionRules = Lists.orEmpty(inclusionRules);
        censoringCriteria = Lists.orEmpty(censoringCriteria);
        collapseSettings = collapseSettings == null ? CollapseSettings.DEFAULT : collapseSettings;
    }

    public Optional<ConceptSet> conceptSet(int id) {
        return conceptSets.stream().filter(set -> set.id() == id).findFirst();
    }
}
