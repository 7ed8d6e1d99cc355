package org.myelin.etl.derive;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_ERA;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * condition_era by OHDSI's standard algorithm: the occurrences of one condition concept of one person whose
 * gaps are at most 30 days form an era; an occurrence without an end date ends the day after it starts;
 * concept 0 gets no era.
 */
public final class ConditionEraBuilder {

    public static final int PERSISTENCE_DAYS = 30;

    /** Replaces the condition eras of the CDM schema that {@code sql} renders; returns the number written. */
    public int build(DSLContext sql) {
        var intervals = select(
                CONDITION_OCCURRENCE.PERSON_ID.as("person_id"),
                CONDITION_OCCURRENCE.CONDITION_CONCEPT_ID.as("condition_concept_id"),
                CONDITION_OCCURRENCE.CONDITION_START_DATE.as(EraCollapse.START),
                coalesce(CONDITION_OCCURRENCE.CONDITION_END_DATE, CONDITION_OCCURRENCE.CONDITION_START_DATE.plus(1))
                        .as(EraCollapse.END))
                .from(CONDITION_OCCURRENCE)
                .where(CONDITION_OCCURRENCE.CONDITION_CONCEPT_ID.ne(0));
        Table<Record> eras = EraCollapse.collapse(intervals, List.of("person_id", "condition_concept_id"),
                PERSISTENCE_DAYS, List.of());
        Field<Integer> person = EraCollapse.column("person_id", Integer.class);
        Field<Integer> concept = EraCollapse.column("condition_concept_id", Integer.class);
        Field<LocalDate> start = EraCollapse.column("era_start", LocalDate.class);
        sql.truncate(CONDITION_ERA).execute();
        return sql.insertInto(CONDITION_ERA, CONDITION_ERA.CONDITION_ERA_ID, CONDITION_ERA.PERSON_ID,
                        CONDITION_ERA.CONDITION_CONCEPT_ID, CONDITION_ERA.CONDITION_ERA_START_DATE,
                        CONDITION_ERA.CONDITION_ERA_END_DATE, CONDITION_ERA.CONDITION_OCCURRENCE_COUNT)
                .select(select(rowNumber().over().orderBy(person, concept, start).cast(Integer.class), person, concept, start,
                        EraCollapse.column("era_end", LocalDate.class),
                        EraCollapse.column("interval_count", Integer.class))
                        .from(eras))
                .execute();
    }
}
