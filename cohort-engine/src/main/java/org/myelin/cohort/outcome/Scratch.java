package org.myelin.cohort.outcome;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The session's temporary tables of the outcome SQL, dropped at commit: {@code outcome_edss} (the usable EDSS, one
 * per person and day), {@code outcome_baseline} (each person's current baseline) and {@code outcome_worsening} (the
 * confirmed events), and their columns, qualified by an alias where a query reads a table twice.
 */
final class Scratch {

    static final Table<?> EDSS = table(name("outcome_edss"));
    static final Table<?> BASELINE = table(name("outcome_baseline"));
    static final Table<?> WORSENING = table(name("outcome_worsening"));

    static final Field<Integer> PERSON_ID = field(name("person_id"), SQLDataType.INTEGER);
    static final Field<LocalDate> EDSS_DATE = field(name("edss_date"), SQLDataType.LOCALDATE);
    static final Field<BigDecimal> SCORE = field(name("score"), SQLDataType.NUMERIC);
    static final Field<LocalDate> BASELINE_DATE = field(name("baseline_date"), SQLDataType.LOCALDATE);
    static final Field<BigDecimal> BASELINE_SCORE = field(name("baseline_score"), SQLDataType.NUMERIC);
    static final Field<LocalDate> EVENT_DATE = field(name("event_date"), SQLDataType.LOCALDATE);
    static final Field<BigDecimal> EVENT_SCORE = field(name("event_score"), SQLDataType.NUMERIC);
    static final Field<LocalDate> CONFIRMED_DATE = field(name("confirmed_date"), SQLDataType.LOCALDATE);
    static final Field<BigDecimal> CONFIRMED_SCORE = field(name("confirmed_score"), SQLDataType.NUMERIC);
    static final Field<BigDecimal> REQUIRED = field(name("required"), SQLDataType.NUMERIC);
    static final Field<LocalDate> NEXT_DROP = field(name("next_drop"), SQLDataType.LOCALDATE);
    static final Field<Integer> ROUND = field(name("round"), SQLDataType.INTEGER);

    private Scratch() {
    }

    /** The column as read through the table alias {@code alias}. */
    static <T> Field<T> of(String alias, Field<T> column) {
        return field(name(alias, column.getName()), column.getDataType());
    }
}
