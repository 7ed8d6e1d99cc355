package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * PostgreSQL date arithmetic that keeps the DATE type (jOOQ's own date + n renders an interval, giving timestamps);
 * public for the outcome phenotypes, which do the same arithmetic.
 */
public final class DateMath {

    private DateMath() {
    }

    public static Field<LocalDate> plusDays(Field<LocalDate> date, int days) {
        return days == 0 ? date : field("({0} + {1})", SQLDataType.LOCALDATE, date, val(days));
    }

    static Field<LocalDate> plusDays(Field<LocalDate> date, Field<Integer> days) {
        return field("({0} + {1})", SQLDataType.LOCALDATE, date, days);
    }

    /** Whole days from {@code start} to {@code end}. */
    public static Field<Integer> daysBetween(Field<LocalDate> start, Field<LocalDate> end) {
        return field("({0} - {1})", SQLDataType.INTEGER, end, start);
    }

    static Field<Integer> year(Field<LocalDate> date) {
        return DSL.extract(date, DatePart.YEAR);
    }

    /** The earlier of two dates. */
    static Field<LocalDate> least(Field<LocalDate> a, Field<LocalDate> b) {
        return DSL.least(a, b);
    }
}
