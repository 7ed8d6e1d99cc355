package org.myelin.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.cdm.Tables.DEATH;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;

import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.myelin.sql.Schemas;

/** Which checks share a statement: only those on the very same rows, joins and looked-up values included. */
class SharedScansTests {

    @Test
    void checksShareAScanOnlyWhenTheirWholeFromClauseIsTheSame() {
        List<CheckInstance> instances = List.of(
                check(CheckQuery.rows(MEASUREMENT, DSL.noCondition(), MEASUREMENT.VALUE_AS_NUMBER.isNull())),
                check(CheckQuery.rows(MEASUREMENT.join(DEATH).on(DEATH.PERSON_ID.eq(MEASUREMENT.PERSON_ID)), DSL.noCondition(),
                        MEASUREMENT.MEASUREMENT_DATE.gt(DEATH.DEATH_DATE))),
                check(CheckQuery.rows(MEASUREMENT, DSL.noCondition(), MEASUREMENT.UNIT_CONCEPT_ID.isNull())),
                check(CheckQuery.rows(bornAfter(1900), DSL.noCondition(), MEASUREMENT.VALUE_AS_NUMBER.isNull())),
                check(CheckQuery.rows(bornAfter(1950), DSL.noCondition(), MEASUREMENT.VALUE_AS_NUMBER.isNull())),
                check(CheckQuery.rows(MEASUREMENT.join(DEATH).on(DEATH.PERSON_ID.eq(MEASUREMENT.PERSON_ID)), DSL.noCondition(),
                        MEASUREMENT.MEASUREMENT_DATE.gt(DEATH.DEATH_DATE.plus(60)))),
                check(null));

        List<List<Integer>> units = SharedScans.units(DSL.using(Schemas.dialect(), Schemas.DEFAULT.settings()), instances);

        assertThat(units).containsExactlyInAnyOrder(List.of(0, 2), List.of(1, 5), List.of(3), List.of(4), List.of(6));
    }

    @Test
    void valueChecksOfATableShareOneGroupingAndDistinctSourceValuesGroupByTheirOwnFields() {
        var concept = CheckContext.untyped(MEASUREMENT.MEASUREMENT_CONCEPT_ID);
        var unit = CheckContext.untyped(MEASUREMENT.UNIT_CONCEPT_ID);
        var source = CheckContext.untyped(MEASUREMENT.MEASUREMENT_SOURCE_VALUE);
        var unitSource = CheckContext.untyped(MEASUREMENT.UNIT_SOURCE_VALUE);
        List<CheckInstance> instances = List.of(
                check(CheckQuery.valueLookup(MEASUREMENT, concept, value -> value.eq(0))),
                check(CheckQuery.distinctValues(MEASUREMENT, source, concept, value -> value.eq(0))),
                check(CheckQuery.valueLookup(MEASUREMENT, unit, value -> value.isNull())),
                check(CheckQuery.distinctValues(MEASUREMENT, unitSource, unit, value -> value.eq(0))),
                check(CheckQuery.valueLookup(DEATH, CheckContext.untyped(DEATH.CAUSE_CONCEPT_ID), value -> value.eq(0))),
                check(CheckQuery.rows(MEASUREMENT, DSL.noCondition(), MEASUREMENT.VALUE_AS_NUMBER.isNull())));

        List<List<Integer>> units = SharedScans.units(DSL.using(Schemas.dialect(), Schemas.DEFAULT.settings()), instances);

        assertThat(units).containsExactlyInAnyOrder(List.of(0, 2), List.of(1), List.of(3), List.of(4), List.of(5));
    }

    /** Measurements joined to a derived table whose only difference from another is a value in its WHERE. */
    private static org.jooq.Table<?> bornAfter(int year) {
        org.jooq.Table<?> born = DSL.select(PERSON.PERSON_ID).from(PERSON).where(PERSON.YEAR_OF_BIRTH.gt(year)).asTable("born");
        return MEASUREMENT.join(born).on(born.field(PERSON.PERSON_ID).eq(MEASUREMENT.PERSON_ID));
    }

    private static CheckInstance check(CheckQuery query) {
        return new CheckInstance(CheckType.measureValueCompleteness, "measurement", "value_as_number", null, null, "", "",
                0, false, query, query == null ? "not applicable" : null);
    }
}
