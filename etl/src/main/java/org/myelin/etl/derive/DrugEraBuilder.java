package org.myelin.etl.derive;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.localDateDiff;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_ERA;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_ANCESTOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.TableLike;

/**
 * drug_era by OHDSI's standard algorithm: exposures are rolled up to their ingredients through
 * concept_ancestor; an exposure ends at its end date, else after its days supply, else the day after it
 * starts; overlapping exposures of one ingredient first merge into sub-exposures, and sub-exposures whose
 * gaps are at most 30 days form an era. gap_days counts the days of an era not covered by any exposure.
 */
public final class DrugEraBuilder {

    public static final int PERSISTENCE_DAYS = 30;
    static final String INGREDIENT = "Ingredient";

    /**
     * Mapped exposures rolled up to their ingredients as era intervals: person_id, drug_concept_id (the ingredient), the
     * given columns, and the interval from the start to the end date, else the end of the days supply, else the next
     * day. {@code from} is DRUG_EXPOSURE, or DRUG_EXPOSURE joined to what the columns need.
     */
    static SelectConditionStep<Record> ingredientExposures(TableLike<?> from, List<? extends SelectField<?>> columns) {
        Field<LocalDate> start = DRUG_EXPOSURE.DRUG_EXPOSURE_START_DATE;
        List<SelectField<?>> select = new ArrayList<>();
        select.add(DRUG_EXPOSURE.PERSON_ID.as("person_id"));
        select.add(CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID.as("drug_concept_id"));
        select.addAll(columns);
        select.add(start.as(EraCollapse.START));
        select.add(coalesce(DRUG_EXPOSURE.DRUG_EXPOSURE_END_DATE, start.plus(DRUG_EXPOSURE.DAYS_SUPPLY), start.plus(1))
                .as(EraCollapse.END));
        return select(select)
                .from(from)
                .join(CONCEPT_ANCESTOR).on(CONCEPT_ANCESTOR.DESCENDANT_CONCEPT_ID.eq(DRUG_EXPOSURE.DRUG_CONCEPT_ID))
                .join(CONCEPT).on(CONCEPT.CONCEPT_ID.eq(CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID))
                .where(CONCEPT.CONCEPT_CLASS_ID.eq(INGREDIENT))
                .and(DRUG_EXPOSURE.DRUG_CONCEPT_ID.ne(0));
    }

    /** Replaces the drug eras of the CDM schema that {@code sql} renders; returns the number written. */
    public int build(DSLContext sql) {
        var exposures = ingredientExposures(DRUG_EXPOSURE, List.of());
        List<String> keys = List.of("person_id", "drug_concept_id");

        // sub-exposures: overlapping or touching exposures of one ingredient, with their exposed days
        Table<Record> subExposures = EraCollapse.collapse(exposures, keys, 0, List.of());
        var subIntervals = select(
                EraCollapse.column("person_id", Object.class).as("person_id"),
                EraCollapse.column("drug_concept_id", Object.class).as("drug_concept_id"),
                EraCollapse.column("era_start", LocalDate.class).as(EraCollapse.START),
                EraCollapse.column("era_end", LocalDate.class).as(EraCollapse.END),
                EraCollapse.column("interval_count", Integer.class).as("exposure_count"),
                localDateDiff(EraCollapse.column("era_end", LocalDate.class), EraCollapse.column("era_start", LocalDate.class))
                        .as("exposed_days"))
                .from(subExposures);
        Table<Record> eras = EraCollapse.collapse(subIntervals, keys, PERSISTENCE_DAYS, List.of("exposure_count", "exposed_days"));

        Field<Integer> person = EraCollapse.column("person_id", Integer.class);
        Field<Integer> ingredient = EraCollapse.column("drug_concept_id", Integer.class);
        Field<LocalDate> eraStart = EraCollapse.column("era_start", LocalDate.class);
        Field<LocalDate> eraEnd = EraCollapse.column("era_end", LocalDate.class);
        sql.truncate(DRUG_ERA).execute();
        return sql.insertInto(DRUG_ERA, DRUG_ERA.DRUG_ERA_ID, DRUG_ERA.PERSON_ID, DRUG_ERA.DRUG_CONCEPT_ID,
                        DRUG_ERA.DRUG_ERA_START_DATE, DRUG_ERA.DRUG_ERA_END_DATE, DRUG_ERA.DRUG_EXPOSURE_COUNT, DRUG_ERA.GAP_DAYS)
                .select(select(rowNumber().over().orderBy(person, ingredient, eraStart).cast(Integer.class), person, ingredient,
                        eraStart, eraEnd, EraCollapse.column("exposure_count", Integer.class),
                        localDateDiff(eraEnd, eraStart).minus(EraCollapse.column("exposed_days", Integer.class)))
                        .from(eras))
                .execute();
    }
}
