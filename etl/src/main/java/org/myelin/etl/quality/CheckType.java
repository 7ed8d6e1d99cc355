package org.myelin.etl.quality;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of check, named as OHDSI's Data Quality Dashboard names them, with the Kahn category, subcategory and
 * context DQD reports; the {@code ms...} kinds are Myelin's multiple-sclerosis plausibility checks.
 */
public enum CheckType {
    cdmTable(Level.TABLE, "Conformance", "Relational", "Verification",
            "A yes or no value indicating if %s table is present as expected based on the specification."),
    measurePersonCompleteness(Level.TABLE, "Completeness", "", "Validation",
            "The number and percent of persons in the CDM that do not have at least one record in the %s table."),
    measureConditionEraCompleteness(Level.TABLE, "Completeness", "", "Validation",
            "The number and percent of persons that have condition_occurrence records but no record in the %s table."),
    measureObservationPeriodOverlap(Level.TABLE, "Plausibility", "Temporal", "Verification",
            "The number and percent of %s records that overlap or abut another observation period of the same person."),
    cdmField(Level.FIELD, "Conformance", "Relational", "Verification",
            "A yes or no value indicating if the %s field is present in the %s table as expected based on the specification."),
    cdmDatatype(Level.FIELD, "Conformance", "Value", "Verification",
            "A yes or no value indicating if the %s field in the %s table has the data type the specification gives."),
    isPrimaryKey(Level.FIELD, "Conformance", "Relational", "Verification",
            "The number and percent of records that have a duplicate value in the %s field of the %s table."),
    isForeignKey(Level.FIELD, "Conformance", "Relational", "Verification",
            "The number and percent of records that have a value in the %s field of the %s table that does not exist in the table it refers to."),
    fkDomain(Level.FIELD, "Conformance", "Value", "Verification",
            "The number and percent of records that have a value in the %s field of the %s table that does not conform to the domain the specification gives."),
    fkClass(Level.FIELD, "Conformance", "Computed", "Verification",
            "The number and percent of records that have a value in the %s field of the %s table that does not conform to the concept class the specification gives."),
    isRequired(Level.FIELD, "Conformance", "Relational", "Validation",
            "The number and percent of records with a NULL value in the %s field of the %s table, which is required."),
    isStandardValidConcept(Level.FIELD, "Conformance", "Value", "Verification",
            "The number and percent of records that do not have a standard, valid concept in the %s field of the %s table."),
    measureValueCompleteness(Level.FIELD, "Completeness", "", "Verification",
            "The number and percent of records with a NULL value in the %s field of the %s table."),
    standardConceptRecordCompleteness(Level.FIELD, "Completeness", "", "Verification",
            "The number and percent of records with a value of 0 in the standard concept field %s in the %s table."),
    sourceConceptRecordCompleteness(Level.FIELD, "Completeness", "", "Verification",
            "The number and percent of records with a value of 0 in the source concept field %s in the %s table."),
    sourceValueCompleteness(Level.FIELD, "Completeness", "", "Verification",
            "The number and percent of distinct source values in the %s field of the %s table mapped to 0."),
    plausibleValueLow(Level.FIELD, "Plausibility", "Atemporal", "Verification",
            "The number and percent of records with a value in the %s field of the %s table below the plausible low value."),
    plausibleValueHigh(Level.FIELD, "Plausibility", "Atemporal", "Verification",
            "The number and percent of records with a value in the %s field of the %s table above the plausible high value."),
    plausibleTemporalAfter(Level.FIELD, "Plausibility", "Temporal", "Verification",
            "The number and percent of records with a date in the %s field of the %s table before the date it must follow."),
    plausibleDuringLife(Level.FIELD, "Plausibility", "Temporal", "Verification",
            "The number and percent of records with a date in the %s field of the %s table after the person's death date."),
    plausibleStartBeforeEnd(Level.FIELD, "Plausibility", "Temporal", "Verification",
            "The number and percent of records with a date in the %s field of the %s table after the end date of the record."),
    plausibleAfterBirth(Level.FIELD, "Plausibility", "Temporal", "Verification",
            "The number and percent of records with a date in the %s field of the %s table before the person's birth."),
    plausibleBeforeDeath(Level.FIELD, "Plausibility", "Temporal", "Verification",
            "The number and percent of records with a date in the %s field of the %s table more than 60 days after the person's death."),
    withinVisitDates(Level.FIELD, "Conformance", "", "Verification",
            "The number and percent of records with a date in the %s field of the %s table more than a week outside their visit."),
    plausibleGender(Level.CONCEPT, "Plausibility", "Atemporal", "Validation",
            "The number and percent of records of concept %3$s in the %1$s field of the %2$s table whose person has an implausible gender."),
    plausibleUnitConceptIds(Level.CONCEPT, "Plausibility", "Atemporal", "Verification",
            "The number and percent of records of concept %3$s in the %1$s field of the %2$s table whose unit is not one of the plausible units."),
    msEdssRange(Level.CONCEPT, "Plausibility", "Atemporal", "Validation",
            "The number and percent of EDSS scores (concept %3$s, %1$s of %2$s) that are missing, outside 0 to 10 or not in steps of 0.5."),
    msFunctionalSystemRange(Level.CONCEPT, "Plausibility", "Atemporal", "Validation",
            "The number and percent of functional system scores (concept %3$s, %1$s of %2$s) that are missing, not whole or outside their range."),
    msDmtAfterOnset(Level.CONCEPT, "Plausibility", "Temporal", "Validation",
            "The number and percent of disease-modifying therapy exposures (%1$s of %2$s) that start before the person's first MS diagnosis."),
    msRelapseAfterOnset(Level.CONCEPT, "Plausibility", "Temporal", "Validation",
            "The number and percent of MS relapses (%1$s of %2$s) dated before the person's first MS diagnosis."),
    msEdssAfterDeath(Level.CONCEPT, "Plausibility", "Temporal", "Validation",
            "The number and percent of EDSS scores (concept %3$s, %1$s of %2$s) dated after the person's death.");

    public enum Level { TABLE, FIELD, CONCEPT }

    private final Level level;
    private final String category;
    private final String subcategory;
    private final String context;
    private final String description;

    CheckType(Level level, String category, String subcategory, String context, String description) {
        this.level = level;
        this.category = category;
        this.subcategory = subcategory;
        this.context = context;
        this.description = description;
    }

    public Level level() {
        return level;
    }

    public String category() {
        return category;
    }

    /** DQD's subcategory, empty where DQD has none. */
    public String subcategory() {
        return subcategory;
    }

    public String context() {
        return context;
    }

    /** The description of one instance: field first, table second, concept third (a table check uses only the table). */
    String describe(String table, String field, String concept) {
        return level == Level.TABLE ? description.formatted(table.toUpperCase(java.util.Locale.ROOT)) :
                description.formatted(field.toUpperCase(java.util.Locale.ROOT), table.toUpperCase(java.util.Locale.ROOT), concept);
    }

    static Optional<CheckType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }
}
