package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.model.Concept;
import org.myelin.cohort.model.ConceptSetSelection;
import org.myelin.cohort.model.DateRange;
import org.myelin.cohort.model.NumericRange;
import org.myelin.cohort.model.RangeOperator;
import org.myelin.cohort.model.TextFilter;

/** The conditions of criteria attributes; every value from a definition becomes a bind value. */
final class Filters {

    private Filters() {
    }

    static Condition numeric(Field<? extends Number> column, @Nullable NumericRange range) {
        if (range == null) {
            return noCondition();
        }
        Field<BigDecimal> value = column.coerce(SQLDataType.NUMERIC);
        return compare(value, range.op(), val(range.value()), range.extent() == null ? null : val(range.extent()));
    }

    static Condition date(Field<LocalDate> column, @Nullable DateRange range) {
        if (range == null) {
            return noCondition();
        }
        return compare(column, range.op(), val(range.value()), range.extent() == null ? null : val(range.extent()));
    }

    private static <T> Condition compare(Field<T> column, RangeOperator op, Field<T> value, @Nullable Field<T> extent) {
        return switch (op) {
            case LT -> column.lt(value);
            case LTE -> column.le(value);
            case EQ -> column.eq(value);
            case NOT_EQ -> column.ne(value);
            case GT -> column.gt(value);
            case GTE -> column.ge(value);
            case BETWEEN -> column.between(value, required(extent));
            case NOT_BETWEEN -> column.notBetween(value, required(extent));
        };
    }

    private static <T> Field<T> required(@Nullable Field<T> extent) {
        if (extent == null) {
            throw new IllegalStateException("a between range without Extent passed the model's validation");
        }
        return extent;
    }

    /** A LIKE match; wildcards in the text are matched literally, as the text is a bound value. */
    static Condition text(Field<String> column, @Nullable TextFilter filter) {
        if (filter == null || filter.text() == null) {
            return noCondition();
        }
        String text = filter.text();
        return switch (filter.op()) {
            case STARTS_WITH -> column.startsWith(val(text));
            case CONTAINS -> column.contains(val(text));
            case ENDS_WITH -> column.endsWith(val(text));
            case NOT_STARTS_WITH -> column.startsWith(val(text)).not();
            case NOT_CONTAINS -> column.contains(val(text)).not();
            case NOT_ENDS_WITH -> column.endsWith(val(text)).not();
        };
    }

    static Condition concepts(Field<Integer> column, List<Concept> concepts) {
        return concepts(column, concepts, false);
    }

    static Condition concepts(Field<Integer> column, List<Concept> concepts, boolean exclude) {
        if (concepts.isEmpty()) {
            return noCondition();
        }
        List<Integer> ids = concepts.stream().map(Concept::conceptId).distinct().toList();
        return exclude ? column.notIn(ids) : column.in(ids);
    }

    static Condition conceptSet(Field<Integer> column, @Nullable ConceptSetSelection selection) {
        if (selection == null) {
            return noCondition();
        }
        Condition member = Codesets.contains(selection.codesetId(), column);
        return selection.isExclusion() ? member.not() : member;
    }

    static Condition codeset(Field<Integer> column, @Nullable Integer codesetId) {
        return codesetId == null ? noCondition() : Codesets.contains(codesetId, column);
    }
}
