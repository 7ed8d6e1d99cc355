package org.myelin.etl.derive;

import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trim;
import static org.myelin.sql.jooq.cdm.Tables.DOSE_ERA;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.vocab.Tables.SOURCE_TO_CONCEPT_MAP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * dose_era where the records allow it: an exposure whose dose is recorded as an amount ({@code quantity}) and a unit
 * ({@code dose_unit_source_value}) mapped to a standard unit concept, rolled up to its ingredient as for drug_era.
 * Exposures of one ingredient at the same dose and unit whose gaps are at most 30 days form an era; a change of dose
 * starts a new one. Registries record the dose of an administration, not a daily dose computed from DRUG_STRENGTH,
 * so {@code dose_value} is the recorded amount; records without a dose or with an unmapped unit make no dose era.
 *
 * <p>Units are mapped by the site's unit rows of the mapping files ({@value #UNIT_SOURCE_VOCABULARY} in
 * {@code source_to_concept_map}), the same rows that give measurements their unit concepts.
 */
public final class DoseEraBuilder {

    /** The source vocabulary of the unit rows in the mapping files, which the registry mapping reads too. */
    public static final String UNIT_SOURCE_VOCABULARY = "MyelinUnit";

    /** Replaces the dose eras of the CDM schema that {@code sql} renders; returns the number written. */
    public int build(DSLContext sql) {
        var exposures = DrugEraBuilder.ingredientExposures(DRUG_EXPOSURE
                        .join(SOURCE_TO_CONCEPT_MAP).on(SOURCE_TO_CONCEPT_MAP.SOURCE_VOCABULARY_ID.eq(UNIT_SOURCE_VOCABULARY)
                                // source codes match as the mapping files match them: trimmed, in any case
                                .and(lower(trim(SOURCE_TO_CONCEPT_MAP.SOURCE_CODE)).eq(lower(trim(DRUG_EXPOSURE.DOSE_UNIT_SOURCE_VALUE))))
                                .and(SOURCE_TO_CONCEPT_MAP.TARGET_CONCEPT_ID.ne(0))),
                        List.of(SOURCE_TO_CONCEPT_MAP.TARGET_CONCEPT_ID.as("unit_concept_id"), DRUG_EXPOSURE.QUANTITY.as("dose_value")))
                .and(DRUG_EXPOSURE.QUANTITY.gt(BigDecimal.ZERO));
        Table<Record> eras = EraCollapse.collapse(exposures, List.of("person_id", "drug_concept_id", "unit_concept_id",
                "dose_value"), DrugEraBuilder.PERSISTENCE_DAYS, List.of());

        Field<Integer> person = EraCollapse.column("person_id", Integer.class);
        Field<Integer> ingredient = EraCollapse.column("drug_concept_id", Integer.class);
        Field<Integer> unit = EraCollapse.column("unit_concept_id", Integer.class);
        Field<BigDecimal> dose = EraCollapse.column("dose_value", BigDecimal.class);
        Field<LocalDate> eraStart = EraCollapse.column("era_start", LocalDate.class);
        Field<LocalDate> eraEnd = EraCollapse.column("era_end", LocalDate.class);
        sql.truncate(DOSE_ERA).execute();
        return sql.insertInto(DOSE_ERA, DOSE_ERA.DOSE_ERA_ID, DOSE_ERA.PERSON_ID, DOSE_ERA.DRUG_CONCEPT_ID,
                        DOSE_ERA.UNIT_CONCEPT_ID, DOSE_ERA.DOSE_VALUE, DOSE_ERA.DOSE_ERA_START_DATE, DOSE_ERA.DOSE_ERA_END_DATE)
                .select(select(rowNumber().over().orderBy(person, ingredient, eraStart, unit, dose).cast(Integer.class),
                        person, ingredient, unit, dose, eraStart, eraEnd)
                        .from(eras))
                .execute();
    }
}
