package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A device_exposure record. */
public record DeviceExposure(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("First") boolean first,
        @JsonProperty("OccurrenceStartDate") @Nullable DateRange occurrenceStartDate,
        @JsonProperty("OccurrenceEndDate") @Nullable DateRange occurrenceEndDate,
        @JsonProperty("DeviceType") List<Concept> deviceType,
        @JsonProperty("DeviceTypeExclude") boolean deviceTypeExclude,
        @JsonProperty("DeviceTypeCS") @Nullable ConceptSetSelection deviceTypeCS,
        @JsonProperty("UniqueDeviceId") @Nullable TextFilter uniqueDeviceId,
        @JsonProperty("Quantity") @Nullable NumericRange quantity,
        @JsonProperty("DeviceSourceConcept") @Nullable Integer deviceSourceConcept,
        @JsonProperty("Age") @Nullable NumericRange age,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("ProviderSpecialty") List<Concept> providerSpecialty,
        @JsonProperty("ProviderSpecialtyCS") @Nullable ConceptSetSelection providerSpecialtyCS,
        @JsonProperty("VisitType") List<Concept> visitType,
        @JsonProperty("VisitTypeCS") @Nullable ConceptSetSelection visitTypeCS,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public DeviceExposure {
        deviceType = Lists.orEmpty(deviceType);
        gender = Lists.orEmpty(gender);
        providerSpecialty = Lists.orEmpty(providerSpecialty);
        visitType = Lists.orEmpty(visitType);
    }
}
