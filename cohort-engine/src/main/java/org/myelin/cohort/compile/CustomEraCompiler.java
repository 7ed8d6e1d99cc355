package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.myelin.cohort.model.CustomEraStrategy;

/**
 * The continuous-exposure end strategy: the cohort persons' exposures to the drug concept set (by drug or source
 * concept) in {@code drug_target}, built into eras that bridge gaps of up to GapDays; an event ends where the era
 * containing its start ends, plus the offset.
 */
final class CustomEraCompiler {

    static final Table<?> DRUG_TARGET = table(name("drug_target"));
    private static final Field<LocalDate> EVENT_DATE = field(name("event_date"), SQLDataType.LOCALDATE);
    private static final Field<Integer> EVENT_TYPE = field(name("event_type"), SQLDataType.INTEGER);
    private static final Field<Long> START_ORDINAL = field(name("start_ordinal"), SQLDataType.BIGINT);
    private static final Field<Long> OVERALL_ORDINAL = field(name("overall_ordinal"), SQLDataType.BIGINT);
    private static final Field<LocalDate> ERA_START = field(name("era_start_date"), SQLDataType.LOCALDATE);
    private static final Field<LocalDate> ERA_END = field(name("era_end_date"), SQLDataType.LOCALDATE);

    private final CustomEraStrategy strategy;

    CustomEraCompiler(CustomEraStrategy strategy) {
        this.strategy = strategy;
    }

    /** The exposures, read by drug and by source concept through {@code rows} (a batch's shared copies where it has them). */
    Select<Record> drugTarget(DomainRows rows) {
        var de = DRUG_EXPOSURE.as(DRUG_EXPOSURE.getName());
        Field<LocalDate> end = strategy.daysSupplyOverride() == null ? DrugExposureCompiler.endDate(de)
                : DateMath.plusDays(de.DRUG_EXPOSURE_START_DATE, strategy.daysSupplyOverride());
        Select<Record1<Integer>> persons = selectDistinct(Events.PERSON_ID).from(EntryEventsCompiler.INCLUDED_EVENTS);
        List<SelectField<?>> columns = List.of(de.PERSON_ID, de.DRUG_EXPOSURE_START_DATE.as(Events.START_DATE.getName()),
                end.as(Events.END_DATE.getName()));
        DomainRows.Selection byDrug = rows.select(de, de.DRUG_CONCEPT_ID, strategy.drugCodesetId());
        DomainRows.Selection bySource = rows.select(de, de.DRUG_SOURCE_CONCEPT_ID, strategy.drugCodesetId());
        return select(columns).from(byDrug.from())
                .where(de.PERSON_ID.in(persons)).and(byDrug.where())
                .unionAll(select(columns).from(bySource.from())
                        .where(de.PERSON_ID.in(persons)).and(bySource.where()));
    }

    Select<Record> strategyEnds() {
        int gap = strategy.gapDays();
        Table<?> raw = select(List.<SelectField<?>>of(Events.of("d", Events.PERSON_ID),
                        Events.of("d", Events.START_DATE).as(EVENT_DATE.getName()), inline(0).as(EVENT_TYPE.getName()),
                        rowNumber().over().partitionBy(Events.of("d", Events.PERSON_ID)).orderBy(Events.of("d", Events.START_DATE))
                                .as(START_ORDINAL.getName())))
                .from(DRUG_TARGET.as("d"))
                .unionAll(select(List.<SelectField<?>>of(Events.of("d", Events.PERSON_ID),
                        DateMath.plusDays(Events.of("d", Events.END_DATE), gap).as(EVENT_DATE.getName()),
                        inline(1).as(EVENT_TYPE.getName()), castNull(SQLDataType.BIGINT).as(START_ORDINAL.getName())))
                        .from(DRUG_TARGET.as("d")))
                .asTable("raw");
        Table<?> numbered = select(List.<SelectField<?>>of(Events.of("raw", Events.PERSON_ID), Events.of("raw", EVENT_DATE),
                        max(Events.of("raw", START_ORDINAL)).over().partitionBy(Events.of("raw", Events.PERSON_ID))
                                .orderBy(Events.of("raw", EVENT_DATE), Events.of("raw", EVENT_TYPE)).rowsUnboundedPreceding()
                                .as(START_ORDINAL.getName()),
                        rowNumber().over().partitionBy(Events.of("raw", Events.PERSON_ID))
                                .orderBy(Events.of("raw", EVENT_DATE), Events.of("raw", EVENT_TYPE)).as(OVERALL_ORDINAL.getName())))
                .from(raw)
                .asTable("n");
        // An end marker closes an era when every start so far has been matched by an end.
        Table<?> endDates = select(List.<SelectField<?>>of(Events.of("n", Events.PERSON_ID),
                        DateMath.plusDays(Events.of("n", EVENT_DATE), -gap).as(Events.END_DATE.getName())))
                .from(numbered)
                .where(val(2L).mul(Events.of("n", START_ORDINAL)).minus(Events.of("n", OVERALL_ORDINAL)).eq(0L))
                .asTable("e");
        Table<?> ends = select(List.<SelectField<?>>of(Events.of("d", Events.PERSON_ID), Events.of("d", Events.START_DATE),
                        min(Events.of("e", Events.END_DATE)).as(ERA_END.getName())))
                .from(DRUG_TARGET.as("d"))
                .join(endDates).on(Events.of("e", Events.PERSON_ID).eq(Events.of("d", Events.PERSON_ID))
                        .and(Events.of("e", Events.END_DATE).ge(Events.of("d", Events.START_DATE))))
                .groupBy(Events.of("d", Events.PERSON_ID), Events.of("d", Events.START_DATE))
                .asTable("ends");
        Table<?> eras = select(List.<SelectField<?>>of(Events.of("ends", Events.PERSON_ID),
                        min(Events.of("ends", Events.START_DATE)).as(ERA_START.getName()),
                        DateMath.plusDays(Events.of("ends", ERA_END), strategy.offset()).as(ERA_END.getName())))
                .from(ends)
                .groupBy(Events.of("ends", Events.PERSON_ID), Events.of("ends", ERA_END))
                .asTable("eras");
        return select(List.<SelectField<?>>of(Events.of("i", Events.EVENT_ID), Events.of("i", Events.PERSON_ID),
                        Events.of("eras", ERA_END).as(Events.END_DATE.getName())))
                .from(EntryEventsCompiler.INCLUDED_EVENTS.as("i"))
                .join(eras).on(Events.of("eras", Events.PERSON_ID).eq(Events.of("i", Events.PERSON_ID)))
                .where(Events.of("i", Events.START_DATE).between(Events.of("eras", ERA_START), Events.of("eras", ERA_END)));
    }
}
