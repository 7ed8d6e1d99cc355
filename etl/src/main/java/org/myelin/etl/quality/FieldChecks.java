package org.myelin.etl.quality;

import static org.myelin.etl.quality.CheckContext.untyped;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.myelin.etl.quality.CdmSpecification.FieldSpec;
import org.myelin.sql.jooq.vocab.tables.Concept;

/**
 * The field-level conformance and completeness checks, one instance per field the specification marks:
 * isPrimaryKey, isRequired, isForeignKey, fkDomain, fkClass, isStandardValidConcept, measureValueCompleteness,
 * standardConceptRecordCompleteness, sourceConceptRecordCompleteness and sourceValueCompleteness. An isForeignKey check of
 * a reference to another CDM table (not to the vocabulary) is fatal.
 */
final class FieldChecks {

    private final CheckContext context;

    FieldChecks(CheckContext context) {
        this.context = context;
    }

    List<CheckInstance> instances() {
        List<CheckInstance> instances = new ArrayList<>();
        for (FieldSpec spec : context.spec().fields()) {
            Table<?> table = spec.table();
            Field<Object> field = untyped(spec.field());
            String name = spec.fieldName();
            add(instances, spec, CheckType.measureValueCompleteness, CheckQuery.rows(table, DSL.noCondition(), field.isNull()));
            if (spec.required()) {
                add(instances, spec, CheckType.isRequired, CheckQuery.rows(table, DSL.noCondition(), field.isNull()));
            }
            if (spec.primaryKey()) {
                add(instances, spec, CheckType.isPrimaryKey, proven(context.provenKeys().primaryKey(spec.tableName(), name),
                        table, CheckQuery.duplicates(table, field)), false);
            }
            String fkTable = spec.fkTable();
            if (fkTable != null) {
                // a reference to another CDM table that is not there leaves the CDM's own key unbuilt: never publish it
                boolean referencesCdmTable = context.spec().table(fkTable).isPresent();
                foreignKey(spec).ifPresent(query -> add(instances, spec, CheckType.isForeignKey,
                        proven(context.provenKeys().foreignKey(spec.tableName(), name, fkTable), table, query),
                        referencesCdmTable));
            }
            if (spec.refersToConcept() && spec.fkDomain() != null) {
                List<String> domains = Arrays.stream(spec.fkDomain().split(",")).map(String::trim).toList();
                add(instances, spec, CheckType.fkDomain, conceptCheck(spec, concept -> concept.DOMAIN_ID.notIn(domains)));
            }
            if (spec.refersToConcept() && spec.fkClass() != null) {
                add(instances, spec, CheckType.fkClass,
                        conceptCheck(spec, concept -> concept.CONCEPT_CLASS_ID.ne(spec.fkClass())));
            }
            if (spec.refersToConcept() && !name.endsWith("_source_concept_id")) {
                add(instances, spec, CheckType.isStandardValidConcept, conceptCheck(spec,
                        concept -> concept.STANDARD_CONCEPT.isDistinctFrom("S").or(concept.INVALID_REASON.isNotNull())));
                add(instances, spec, CheckType.standardConceptRecordCompleteness,
                        CheckQuery.rows(table, DSL.noCondition(), field.eq(0)));
            }
            if (spec.refersToConcept() && name.endsWith("_source_concept_id")) {
                add(instances, spec, CheckType.sourceConceptRecordCompleteness,
                        CheckQuery.rows(table, DSL.noCondition(), field.eq(0)));
            }
            if (name.endsWith("_source_value")) {
                context.spec().field(spec.tableName(), name.replace("_source_value", "_concept_id")).ifPresent(concept ->
                        add(instances, spec, CheckType.sourceValueCompleteness, CheckQuery.distinctValues(table, field,
                                untyped(concept.field()), conceptId -> conceptId.eq(0))));
            }
        }
        return instances;
    }

    private void add(List<CheckInstance> instances, FieldSpec spec, CheckType type, CheckQuery query) {
        add(instances, spec, type, query, false);
    }

    /** As {@link #add(List, FieldSpec, CheckType, CheckQuery)}, blocking publishing when {@code alwaysFatal}. */
    private void add(List<CheckInstance> instances, FieldSpec spec, CheckType type, CheckQuery query, boolean alwaysFatal) {
        instances.add(context.instance(type, spec.tableName(), spec.fieldName(), query, alwaysFatal));
    }

    /** The check's query, answered by the table's validated key instead when {@code byKey}. */
    private static CheckQuery proven(boolean byKey, Table<?> table, CheckQuery query) {
        return byKey ? CheckQuery.provenByKey(table, query) : query;
    }

    /** Values that the referenced table does not hold; a NULL refers to nothing and is no violation. */
    private static Optional<CheckQuery> foreignKey(FieldSpec spec) {
        if (spec.fkTable() == null || spec.fkField() == null) {
            return Optional.empty();
        }
        return CheckContext.referencedTable(spec.fkTable()).map(referenced -> {
            Table<?> target = referenced.as("fk_target");
            Field<?> key = target.field(spec.fkField());
            if (key == null) {
                throw new IllegalStateException("the CDM specification refers to " + spec.fkTable() + "." + spec.fkField()
                        + ", which the generated model does not have");
            }
            Field<Object> field = untyped(spec.field());
            Function<Field<Object>, Condition> missing = value -> value.isNotNull()
                    .and(DSL.notExists(DSL.selectOne().from(target).where(untyped(key).eq(value))));
            // a concept column holds a few hundred distinct ids, another table's key as many as the rows
            return spec.refersToConcept() ? CheckQuery.valueLookup(spec.table(), field, missing)
                    : CheckQuery.lookup(spec.table(), DSL.noCondition(), missing.apply(field));
        });
    }

    /** Records whose concept (other than 0, "no matching concept") has a property it should not have. */
    private static CheckQuery conceptCheck(FieldSpec spec, Function<Concept, Condition> wrong) {
        Concept concept = CONCEPT.as("referenced_concept");
        return CheckQuery.valueLookup(spec.table(), untyped(spec.field()), value -> DSL.exists(DSL.selectOne().from(concept)
                .where(untyped(concept.CONCEPT_ID).eq(value).and(concept.CONCEPT_ID.ne(0)).and(wrong.apply(concept)))));
    }
}
