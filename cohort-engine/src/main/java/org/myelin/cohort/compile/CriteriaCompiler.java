package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.select;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION_PERIOD;

import java.util.List;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.myelin.cohort.model.ConditionEra;
import org.myelin.cohort.model.ConditionOccurrence;
import org.myelin.cohort.model.Criteria;
import org.myelin.cohort.model.CriteriaGroup;
import org.myelin.cohort.model.Death;
import org.myelin.cohort.model.DeviceExposure;
import org.myelin.cohort.model.DoseEra;
import org.myelin.cohort.model.DrugEra;
import org.myelin.cohort.model.DrugExposure;
import org.myelin.cohort.model.LocationRegion;
import org.myelin.cohort.model.Measurement;
import org.myelin.cohort.model.Observation;
import org.myelin.cohort.model.ObservationPeriod;
import org.myelin.cohort.model.PayerPlanPeriod;
import org.myelin.cohort.model.ProcedureOccurrence;
import org.myelin.cohort.model.Specimen;
import org.myelin.cohort.model.VisitDetail;
import org.myelin.cohort.model.VisitOccurrence;
import org.myelin.sql.UserError;

/**
 * Compiles any criteria to its query ({@link Events} columns) and, when the criteria has correlated criteria of its
 * own, keeps only the records that meet them:
 *
 * <pre>
 * select pe.* from (criteria) pe
 * join (group over (criteria joined to its observation period)) ac on ac.person_id = pe.person_id and ac.event_id = pe.event_id
 * </pre>
 */
final class CriteriaCompiler {

    private final CriteriaGroupCompiler groups = new CriteriaGroupCompiler(this);
    private final DomainRows rows;

    CriteriaCompiler(DomainRows rows) {
        this.rows = rows;
    }

    DomainRows rows() {
        return rows;
    }

    CriteriaGroupCompiler groups() {
        return groups;
    }

    Select<Record> compile(Criteria criteria) {
        Select<Record> query = switch (criteria) {
            case ConditionOccurrence c -> new ConditionOccurrenceCompiler().compile(c, rows);
            case ConditionEra c -> new ConditionEraCompiler().compile(c, rows);
            case DrugExposure c -> new DrugExposureCompiler().compile(c, rows);
            case DrugEra c -> new DrugEraCompiler().compile(c, rows);
            case DoseEra c -> new DoseEraCompiler().compile(c, rows);
            case ProcedureOccurrence c -> new ProcedureOccurrenceCompiler().compile(c, rows);
            case Observation c -> new ObservationCompiler().compile(c, rows);
            case Measurement c -> new MeasurementCompiler().compile(c, rows);
            case VisitOccurrence c -> new VisitOccurrenceCompiler().compile(c, rows);
            case VisitDetail c -> new VisitDetailCompiler().compile(c, rows);
            case DeviceExposure c -> new DeviceExposureCompiler().compile(c, rows);
            case Specimen c -> new SpecimenCompiler().compile(c, rows);
            case Death c -> new DeathCompiler().compile(c, rows);
            case ObservationPeriod c -> new ObservationPeriodCompiler().compile(c, rows);
            case PayerPlanPeriod c -> new PayerPlanPeriodCompiler().compile(c, rows);
            case LocationRegion c -> throw new UserError("LocationRegion criteria need the location_history table of "
                    + "CDM 6.1, which OMOP CDM v5.4 lacks; remove them from the definition");
        };
        CriteriaGroup correlated = criteria.correlatedCriteria();
        if (correlated == null || correlated.isEmpty()) {
            return query;
        }
        Table<?> records = query.asTable("pe");
        Table<?> matching = groups.compile(correlated, alias -> withObservationPeriod(query).asTable(alias)).asTable("ac");
        return select(eventColumns("pe"))
                .from(records)
                .join(matching).on(Events.of("ac", Events.PERSON_ID).eq(Events.of("pe", Events.PERSON_ID))
                        .and(Events.of("ac", Events.EVENT_ID).eq(Events.of("pe", Events.EVENT_ID))));
    }

    /** The criteria query's columns under an alias. */
    static List<SelectField<?>> eventColumns(String alias) {
        return List.of(Events.of(alias, Events.PERSON_ID), Events.of(alias, Events.EVENT_ID),
                Events.of(alias, Events.START_DATE), Events.of(alias, Events.END_DATE),
                Events.of(alias, Events.VISIT_OCCURRENCE_ID), Events.of(alias, Events.SORT_DATE),
                Events.of(alias, Events.CONCEPT_ID));
    }

    /** Criteria records with the observation period that contains their start, as an event table. */
    private static Select<Record> withObservationPeriod(Select<Record> query) {
        var op = OBSERVATION_PERIOD.as("op");
        Table<?> q = query.asTable("q");
        Select<Record> events = select(eventColumns("q")).select(
                        op.OBSERVATION_PERIOD_START_DATE.as(Events.OP_START_DATE.getName()),
                        op.OBSERVATION_PERIOD_END_DATE.as(Events.OP_END_DATE.getName()))
                .from(q)
                .join(op).on(op.PERSON_ID.eq(Events.of("q", Events.PERSON_ID))
                        .and(op.OBSERVATION_PERIOD_START_DATE.le(Events.of("q", Events.START_DATE)))
                        .and(op.OBSERVATION_PERIOD_END_DATE.ge(Events.of("q", Events.START_DATE))));
        return events;
    }
}
