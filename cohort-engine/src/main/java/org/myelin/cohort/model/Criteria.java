package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/** One domain criteria of a definition, written by ATLAS as {@code {"ConditionOccurrence": {...}}}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
    @JsonSubTypes.Type(value = ConditionOccurrence.class, name = "ConditionOccurrence"),
    @JsonSubTypes.Type(value = ConditionEra.class, name = "ConditionEra"),
    @JsonSubTypes.Type(value = DrugExposure.class, name = "DrugExposure"),
    @JsonSubTypes.Type(value = DrugEra.class, name = "DrugEra"),
    @JsonSubTypes.Type(value = DoseEra.class, name = "DoseEra"),
    @JsonSubTypes.Type(value = ProcedureOccurrence.class, name = "ProcedureOccurrence"),
    @JsonSubTypes.Type(value = Observation.class, name = "Observation"),
    @JsonSubTypes.Type(value = Measurement.class, name = "Measurement"),
    @JsonSubTypes.Type(value = VisitOccurrence.class, name = "VisitOccurrence"),
    @JsonSubTypes.Type(value = VisitDetail.class, name = "VisitDetail"),
    @JsonSubTypes.Type(value = DeviceExposure.class, name = "DeviceExposure"),
    @JsonSubTypes.Type(value = Specimen.class, name = "Specimen"),
    @JsonSubTypes.Type(value = Death.class, name = "Death"),
    @JsonSubTypes.Type(value = ObservationPeriod.class, name = "ObservationPeriod"),
    @JsonSubTypes.Type(value = PayerPlanPeriod.class, name = "PayerPlanPeriod"),
    @JsonSubTypes.Type(value = LocationRegion.class, name = "LocationRegion")
})
public sealed interface Criteria permits ConditionOccurrence, ConditionEra, DrugExposure, DrugEra, DoseEra,
        ProcedureOccurrence, Observation, Measurement, VisitOccurrence, VisitDetail, DeviceExposure, Specimen, Death,
        ObservationPeriod, PayerPlanPeriod, LocationRegion {

    /** Criteria the event itself must meet, relative to its own dates. */
    @Nullable CriteriaGroup correlatedCriteria();

    @Nullable DateAdjustment dateAdjustment();
}
