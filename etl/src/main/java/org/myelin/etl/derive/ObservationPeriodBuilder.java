package org.myelin.etl.derive;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.DEATH;
import static org.myelin.sql.jooq.cdm.Tables.DEVICE_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION_PERIOD;
import static org.myelin.sql.jooq.cdm.Tables.PROCEDURE_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.SPECIMEN;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.Table;

/**
 * observation_period from the data itself, as for a registry that follows its patients continuously: one
 * period per person from the first to the last date of any clinical record (visits, conditions, drugs,
 * procedures, devices, measurements, observations, specimens, death). A person without records gets none.
 */
public final class ObservationPeriodBuilder {

    /** Replaces the observation periods of the CDM schema that {@code sql} renders; returns the number written. */
    public int build(DSLContext sql, int periodTypeConceptId) {
        Table<?> dates = recordDates().asTable("dates");
        Field<Integer> person = field(name("dates", "person_id"), Integer.class);
        Field<LocalDate> first = min(field(name("dates", "first_date"), LocalDate.class));
        Field<LocalDate> last = max(field(name("dates", "last_date"), LocalDate.class));
        sql.truncate(OBSERVATION_PERIOD).execute();
        return sql.insertInto(OBSERVATION_PERIOD, OBSERVATION_PERIOD.OBSERVATION_PERIOD_ID, OBSERVATION_PERIOD.PERSON_ID,
                        OBSERVATION_PERIOD.OBSERVATION_PERIOD_START_DATE, OBSERVATION_PERIOD.OBSERVATION_PERIOD_END_DATE,
                        OBSERVATION_PERIOD.PERIOD_TYPE_CONCEPT_ID)
                .select(select(rowNumber().over().orderBy(person).cast(Integer.class), person, first, last, val(periodTypeConceptId))
                        .from(dates).groupBy(person))
                .execute();
    }

    private static Select<Record3<Integer, LocalDate, LocalDate>> recordDates() {
        return span(VISIT_OCCURRENCE.PERSON_ID, VISIT_OCCURRENCE.VISIT_START_DATE, VISIT_OCCURRENCE.VISIT_END_DATE, VISIT_OCCURRENCE)
                .unionAll(span(CONDITION_OCCURRENCE.PERSON_ID, CONDITION_OCCURRENCE.CONDITION_START_DATE,
                        CONDITION_OCCURRENCE.CONDITION_END_DATE, CONDITION_OCCURRENCE))
                .unionAll(span(DRUG_EXPOSURE.PERSON_ID, DRUG_EXPOSURE.DRUG_EXPOSURE_START_DATE,
                        DRUG_EXPOSURE.DRUG_EXPOSURE_END_DATE, DRUG_EXPOSURE))
                .unionAll(span(PROCEDURE_OCCURRENCE.PERSON_ID, PROCEDURE_OCCURRENCE.PROCEDURE_DATE,
                        PROCEDURE_OCCURRENCE.PROCEDURE_END_DATE, PROCEDURE_OCCURRENCE))
                .unionAll(span(DEVICE_EXPOSURE.PERSON_ID, DEVICE_EXPOSURE.DEVICE_EXPOSURE_START_DATE,
                        DEVICE_EXPOSURE.DEVICE_EXPOSURE_END_DATE, DEVICE_EXPOSURE))
                .unionAll(span(MEASUREMENT.PERSON_ID, MEASUREMENT.MEASUREMENT_DATE, MEASUREMENT.MEASUREMENT_DATE, MEASUREMENT))
                .unionAll(span(OBSERVATION.PERSON_ID, OBSERVATION.OBSERVATION_DATE, OBSERVATION.OBSERVATION_DATE, OBSERVATION))
                .unionAll(span(SPECIMEN.PERSON_ID, SPECIMEN.SPECIMEN_DATE, SPECIMEN.SPECIMEN_DATE, SPECIMEN))
                .unionAll(span(DEATH.PERSON_ID, DEATH.DEATH_DATE, DEATH.DEATH_DATE, DEATH));
    }

    /** The first and last date of each person's records in one table (an open end counts as the start). */
    private static Select<Record3<Integer, LocalDate, LocalDate>> span(Field<Integer> person, Field<LocalDate> start,
            Field<LocalDate> end, Table<?> table) {
        return select(person.as("person_id"), min(start).as("first_date"), max(coalesce(end, start)).as("last_date"))
                .from(table).groupBy(person);
    }
}
