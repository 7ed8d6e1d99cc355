package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import java.time.LocalDate;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * The columns every criteria query and event table share, by name: a criteria query selects
 * {@code person_id, event_id, start_date, end_date, visit_occurrence_id, sort_date, concept_id}; event tables
 * (primary, qualified, included events) add the observation period as {@code op_start_date, op_end_date}.
 */
final class Events {

    static final Field<Integer> PERSON_ID = field(name("person_id"), SQLDataType.INTEGER);
    static final Field<Integer> EVENT_ID = field(name("event_id"), SQLDataType.INTEGER);
    static final Field<LocalDate> START_DATE = field(name("start_date"), SQLDataType.LOCALDATE);
    static final Field<LocalDate> END_DATE = field(name("end_date"), SQLDataType.LOCALDATE);
    static final Field<Integer> VISIT_OCCURRENCE_ID = field(name("visit_occurrence_id"), SQLDataType.INTEGER);
    static final Field<LocalDate> SORT_DATE = field(name("sort_date"), SQLDataType.LOCALDATE);
    static final Field<Integer> CONCEPT_ID = field(name("concept_id"), SQLDataType.INTEGER);
    static final Field<LocalDate> OP_START_DATE = field(name("op_start_date"), SQLDataType.LOCALDATE);
    static final Field<LocalDate> OP_END_DATE = field(name("op_end_date"), SQLDataType.LOCALDATE);

    private Events() {
    }

    /** A column of the table or derived table aliased {@code alias}. */
    static <T> Field<T> of(String alias, Field<T> column) {
        return field(name(alias, column.getName()), column.getDataType());
    }
}
