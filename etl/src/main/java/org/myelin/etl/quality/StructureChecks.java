package org.myelin.etl.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.myelin.etl.quality.CdmSpecification.FieldSpec;
import org.myelin.etl.quality.CdmSpecification.TableSpec;

/**
 * cdmTable, cdmField and cdmDatatype: whether the checked schema has the tables, columns and column types of the
 * specification, asked of PostgreSQL's information schema, so a missing table is a failed check, not an error.
 */
final class StructureChecks {

    private static final Table<?> TABLES = DSL.table(DSL.name("information_schema", "tables"));
    private static final Table<?> COLUMNS = DSL.table(DSL.name("information_schema", "columns"));
    private static final Field<String> TABLE_SCHEMA = DSL.field(DSL.name("table_schema"), String.class);
    private static final Field<String> TABLE_NAME = DSL.field(DSL.name("table_name"), String.class);
    private static final Field<String> COLUMN_NAME = DSL.field(DSL.name("column_name"), String.class);
    private static final Field<String> DATA_TYPE = DSL.field(DSL.name("data_type"), String.class);
    private static final Field<Integer> MAX_LENGTH = DSL.field(DSL.name("character_maximum_length"), Integer.class);
    private static final Pattern VARCHAR = Pattern.compile("varchar\\((\\d+)\\)");

    private final CheckContext context;

    StructureChecks(CheckContext context) {
        this.context = context;
    }

    List<CheckInstance> instances() {
        List<CheckInstance> instances = new ArrayList<>();
        for (TableSpec table : context.spec().tables()) {
            Condition present = DSL.exists(DSL.selectOne().from(TABLES).where(inSchema(table.name())));
            instances.add(context.instance(CheckType.cdmTable, table.name(), null, oneRow(present.not())));
        }
        for (FieldSpec field : context.spec().fields()) {
            Condition column = inSchema(field.tableName()).and(COLUMN_NAME.eq(field.fieldName()));
            instances.add(context.instance(CheckType.cdmField, field.tableName(), field.fieldName(),
                    oneRow(DSL.notExists(DSL.selectOne().from(COLUMNS).where(column)))));
            // a missing column is cdmField's finding; cdmDatatype judges only the columns that exist
            instances.add(context.instance(CheckType.cdmDatatype, field.tableName(), field.fieldName(), CheckQuery.rows(
                    DSL.selectOne().asTable("structure"), DSL.exists(DSL.selectOne().from(COLUMNS).where(column)),
                    DSL.notExists(DSL.selectOne().from(COLUMNS).where(column.and(hasType(field.datatype())))))));
        }
        return instances;
    }

    private Condition inSchema(String table) {
        return TABLE_SCHEMA.eq(context.schemas().cdm()).and(TABLE_NAME.eq(table));
    }

    /** The PostgreSQL column type that the specification's data type becomes in the CDM's DDL. */
    private static Condition hasType(String datatype) {
        Matcher varchar = VARCHAR.matcher(datatype);
        if (varchar.matches()) {
            return DATA_TYPE.eq("character varying").and(MAX_LENGTH.eq(Integer.valueOf(varchar.group(1))));
        }
        return switch (datatype) {
            case "integer" -> DATA_TYPE.eq("integer");
            case "bigint" -> DATA_TYPE.eq("bigint");
            case "date" -> DATA_TYPE.eq("date");
            case "datetime" -> DATA_TYPE.eq("timestamp without time zone");
            case "float" -> DATA_TYPE.eq("numeric");
            case "varchar(max)" -> DATA_TYPE.eq("text");
            default -> throw new IllegalStateException("the CDM specification has an unknown data type " + datatype);
        };
    }

    /** A yes/no check: one row in the denominator, violated when the condition holds. */
    private static CheckQuery oneRow(Condition violated) {
        return CheckQuery.rows(DSL.selectOne().asTable("structure"), DSL.noCondition(), violated);
    }
}
