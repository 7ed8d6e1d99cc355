package org.myelin.etl.quality;

import static org.myelin.etl.quality.CheckContext.untyped;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.quality.CdmSpecification.FieldSpec;
import org.myelin.etl.quality.QualityConfiguration.ConceptCode;
import org.myelin.etl.quality.QualityConfiguration.Row;
import org.myelin.sql.UserError;

/**
 * The checks whose values come from the thresholds file: plausibleValueLow and plausibleValueHigh (of a field, or of
 * value_as_number for one measurement concept), plausibleGender and plausibleUnitConceptIds.
 */
final class ConceptChecks {

    private final CheckContext context;

    ConceptChecks(CheckContext context) {
        this.context = context;
    }

    List<CheckInstance> instances() {
        List<CheckInstance> instances = new ArrayList<>();
        for (CheckType type : List.of(CheckType.plausibleValueLow, CheckType.plausibleValueHigh)) {
            boolean low = type == CheckType.plausibleValueLow;
            for (Row row : context.configuration().fieldRows(type)) {
                FieldSpec spec = field(row);
                Field<Object> field = untyped(spec.field());
                Object bound = bound(row, spec, low);
                instances.add(context.instance(type, row.table(), row.field(), CheckQuery.rows(spec.table(), field.isNotNull(),
                        low ? field.lt(bound) : field.gt(bound))));
            }
            for (Row row : context.configuration().conceptRows(type.name())) {
                instances.add(measurementValue(type, row, low));
            }
        }
        for (Row row : context.configuration().conceptRows(CheckType.plausibleGender.name())) {
            instances.add(gender(row));
        }
        Map<List<Object>, List<Row>> unitsByConcept = new LinkedHashMap<>();
        for (Row row : context.configuration().conceptRows(CheckType.plausibleUnitConceptIds.name())) {
            unitsByConcept.computeIfAbsent(List.of(row.table(), row.field(), row.concept()), key -> new ArrayList<>()).add(row);
        }
        unitsByConcept.values().forEach(rows -> instances.add(units(rows)));
        return instances;
    }

    /** value_as_number of the records of one concept (and unit, when the row names one) against a bound. */
    private CheckInstance measurementValue(CheckType type, Row row, boolean low) {
        FieldSpec spec = field(row);
        Field<Object> value = valueAsNumber(row, spec.table());
        Object bound = bound(row, context.spec().field(row.table(), "value_as_number").orElseThrow(), low);
        Optional<Integer> concept = context.concepts().id(row.concept());
        Optional<Integer> unit = row.unit() == null ? Optional.empty() : context.concepts().id(row.unit());
        String label = label(row.concept(), concept);
        if (concept.isEmpty() || (row.unit() != null && unit.isEmpty())) {
            return context.conceptInstance(type, row, concept.orElse(null), unit.orElse(null), label, null,
                    unresolved(concept.isEmpty() ? row.concept() : row.unit()));
        }
        Condition denominator = untyped(spec.field()).eq(concept.get()).and(value.isNotNull());
        if (unit.isPresent()) {
            denominator = denominator.and(untyped(spec.table().field("unit_concept_id")).eq(unit.get()));
        }
        return context.conceptInstance(type, row, concept.get(), unit.orElse(null), label,
                CheckQuery.rows(spec.table(), denominator, low ? value.lt(bound) : value.gt(bound)), null);
    }

    private CheckInstance gender(Row row) {
        FieldSpec spec = field(row);
        if (row.gender() == null) {
            throw new UserError(row.where() + ": plausibleGender needs a gender (F or M)");
        }
        Optional<Integer> concept = context.concepts().id(row.concept());
        ConceptCode genderCode = new ConceptCode(QualityConfiguration.GENDER_VOCABULARY, row.gender());
        Optional<Integer> gender = context.concepts().id(genderCode);
        String label = label(row.concept(), concept);
        if (concept.isEmpty() || gender.isEmpty()) {
            return context.conceptInstance(CheckType.plausibleGender, row, concept.orElse(null), null, label, null,
                    unresolved(concept.isEmpty() ? row.concept() : genderCode));
        }
        Field<?> personId = context.field(context.spec().table(row.table()).orElseThrow(), "person_id").orElseThrow(
                () -> new UserError(row.where() + ": " + row.table() + " has no person_id"));
        Table<?> withPerson = spec.table().join(PERSON).on(untyped(PERSON.PERSON_ID).eq(untyped(personId)));
        return context.conceptInstance(CheckType.plausibleGender, row, concept.get(), null, label, CheckQuery.rows(withPerson,
                untyped(spec.field()).eq(concept.get()), PERSON.GENDER_CONCEPT_ID.ne(gender.get())), null);
    }

    /** The records of one concept whose unit is none of the plausible units of the rows naming that concept. */
    private CheckInstance units(List<Row> rows) {
        Row first = rows.get(0);
        FieldSpec spec = field(first);
        Optional<Integer> concept = context.concepts().id(first.concept());
        String label = label(first.concept(), concept);
        List<Integer> units = rows.stream().map(Row::unit).filter(unit -> unit != null)
                .flatMap(unit -> context.concepts().id(unit).stream()).toList();
        Field<?> unitField = spec.table().field("unit_concept_id");
        if (unitField == null) {
            throw new UserError(first.where() + ": " + first.table() + " has no unit_concept_id");
        }
        if (concept.isEmpty() || units.isEmpty()) {
            return context.conceptInstance(CheckType.plausibleUnitConceptIds, first, concept.orElse(null), null, label, null,
                    concept.isEmpty() ? unresolved(first.concept()) : "none of the plausible units of " + label
                            + " is in the vocabulary schema's concept table");
        }
        Condition implausible = untyped(unitField).isNull().or(untyped(unitField).notIn(units));
        return context.conceptInstance(CheckType.plausibleUnitConceptIds, first, concept.get(), null, label,
                CheckQuery.rows(spec.table(), untyped(spec.field()).eq(concept.get()), implausible), null);
    }

    private FieldSpec field(Row row) {
        if (row.table() == null || row.field() == null) {
            throw new UserError(row.where() + ": " + row.check() + " needs cdm_table and cdm_field");
        }
        return context.spec().field(row.table(), row.field()).orElseThrow();
    }

    private static Field<Object> valueAsNumber(Row row, Table<?> table) {
        Field<?> value = table.field("value_as_number");
        if (value == null) {
            throw new UserError(row.where() + ": " + row.table() + " has no value_as_number for a concept's plausible value");
        }
        return untyped(value);
    }

    /** The low or high value of a row, as a date for a date field and a number otherwise; a bind value either way. */
    private static Object bound(Row row, FieldSpec field, boolean low) {
        String text = low ? row.low() : row.high();
        if (text == null) {
            throw new UserError(row.where() + ": " + row.check() + " needs a " + (low ? "low" : "high") + " value");
        }
        try {
            return field.datatype().equals("date") ? LocalDate.parse(text) : new BigDecimal(text);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new UserError(row.where() + ": '" + text + "' is not a " + (field.datatype().equals("date")
                    ? "date (yyyy-mm-dd)" : "number") + " for " + row.table() + "." + row.field());
        }
    }

    static String label(@Nullable ConceptCode code, Optional<Integer> id) {
        return code + id.map(conceptId -> " (" + conceptId + ")").orElse("");
    }

    static String unresolved(@Nullable ConceptCode code) {
        return "concept " + code + " is not in the vocabulary schema's concept table";
    }
}
