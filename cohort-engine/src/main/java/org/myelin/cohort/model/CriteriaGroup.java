package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A group of correlated criteria, demographic criteria and nested groups combined by {@link GroupType}. */
public record CriteriaGroup(
        @JsonProperty("Type") GroupType type,
        @JsonProperty("Count") int count,
        @JsonProperty("CriteriaList") List<CorrelatedCriteria> criteriaList,
        @JsonProperty("DemographicCriteriaList") List<DemographicCriteria> demographicCriteriaList,
        @JsonProperty("Groups") List<CriteriaGroup> groups) {

    public CriteriaGroup(@JsonProperty("Type") @Nullable GroupType type, @JsonProperty("Count") int count,
            @JsonProperty("CriteriaList") @Nullable List<CorrelatedCriteria> criteriaList,
            @JsonProperty("DemographicCriteriaList") @Nullable List<DemographicCriteria> demographicCriteriaList,
            @JsonProperty("Groups") @Nullable List<CriteriaGroup> groups) {
        if (count < 0) {
            throw new IllegalArgumentException("Count must not be negative, not " + count);
        }
        this.type = type == null ? GroupType.ALL : type;
        this.count = count;
        this.criteriaList = Lists.orEmpty(criteriaList);
        this.demographicCriteriaList = Lists.orEmpty(demographicCriteriaList);
        this.groups = Lists.orEmpty(groups);
    }

    public boolean isEmpty() {
        return criteriaList.isEmpty() && demographicCriteriaList.isEmpty() && groups.isEmpty();
    }

    /** The number of members: criteria, demographic criteria and groups. */
    public int size() {
        return criteriaList.size() + demographicCriteriaList.size() + groups.size();
    }
}
