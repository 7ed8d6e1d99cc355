package org.myelin.sql.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

@ExtendWith(TestDatabaseExtension.class)
class SchemaMigratorTests {

    @Test
    void secondMigrationChangesNothing(TestDatabase database) {
        Schemas schemas = new Schemas("cdm_twice", "vocab_twice", "results_twice", "myelin_twice");
        SchemaMigrator migrator = new SchemaMigrator(database.dataSource());

        MigrationResult first = migrator.migrate(schemas);
        String before = schemaFingerprint(database.sql(), schemas);
        MigrationResult second = migrator.migrate(schemas);

        assertThat(first.applied()).isGreaterThan(150);
        assertThat(second.applied()).isZero();
        assertThat(schemaFingerprint(database.sql(), schemas)).isEqualTo(before);
    }

    @Test
    void schemaFromAnOlderMyelinGetsOnlyTheNewChangesetsAndKeepsItsRows(TestDatabase database) {
        // given a CDM schema holding only tables, as an earlier release without keys and indexes left it
        SchemaMigrator migrator = new SchemaMigrator(database.dataSource());
        int tables = migrator.migrate(SchemaKind.CDM, "cdm_old", SchemaMigrator.TABLES_ONLY);
        DSLContext old = DSL.using(database.dataSource(), Schemas.dialect(), Schemas.DEFAULT.withCdm("cdm_old").settings());
        old.insertInto(PERSON, PERSON.PERSON_ID, PERSON.GENDER_CONCEPT_ID, PERSON.YEAR_OF_BIRTH,
                PERSON.RACE_CONCEPT_ID, PERSON.ETHNICITY_CONCEPT_ID).values(7, 0, 1980, 0, 0).execute();

        // when the current release migrates it
        int added = migrator.migrate(SchemaKind.CDM, "cdm_old", null);

        // then only the missing changesets ran, and the data is still there
        assertThat(tables).isEqualTo(27);
        assertThat(added).isEqualTo(SchemaMigrator.appliedChangesets(old, "cdm_old") - tables).isPositive();
        assertThat(old.fetchValue(DSL.select(PERSON.YEAR_OF_BIRTH).from(PERSON).where(PERSON.PERSON_ID.eq(7))))
                .isEqualTo(1980);
    }

    @Test
    void schemaHoldingSomeoneElsesTablesIsRefusedAndLeftAlone(TestDatabase database) {
        DSLContext sql = database.sql();
        sql.execute("create schema cdm_foreign");
        sql.execute("create table cdm_foreign.person (id int, name text)");
        sql.execute("insert into cdm_foreign.person values (1, 'kept')");

        assertThatThrownBy(() -> new SchemaMigrator(database.dataSource()).migrate(SchemaKind.CDM, "cdm_foreign", null))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("cdm_foreign").hasMessageContaining("did not create");
        assertThat(sql.fetchValue("select name from cdm_foreign.person")).isEqualTo("kept");
        assertThat(sql.fetchValue("select count(*) from information_schema.tables where table_schema = 'cdm_foreign'"))
                .isEqualTo(1L);
    }

    @Test
    void extraTableInAMyelinSchemaIsRefused(TestDatabase database) {
        SchemaMigrator migrator = new SchemaMigrator(database.dataSource());
        migrator.migrate(SchemaKind.RESULTS, "results_extra", null);
        database.sql().execute("create table results_extra.my_own_table (id int)");

        assertThatThrownBy(() -> migrator.migrate(SchemaKind.RESULTS, "results_extra", null))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("my_own_table");
    }

    @Test
    void generatedModelRendersTheConfiguredSchemaNames() {
        DSLContext sql = DSL.using(Schemas.dialect(), Schemas.DEFAULT.withCdm("cdm_next").settings());

        assertThat(sql.render(DSL.selectFrom(PERSON))).contains("\"cdm_next\".\"person\"");
    }

    private static String schemaFingerprint(DSLContext sql, Schemas schemas) {
        return sql.resultQuery("select string_agg(table_schema || '.' || table_name || '.' || column_name || ':' || data_type, ',' "
                        + "order by table_schema, table_name, column_name) from information_schema.columns "
                        + "where table_schema in ({0}, {1}, {2}, {3})",
                DSL.val(schemas.cdm()), DSL.val(schemas.vocab()), DSL.val(schemas.results()), DSL.val(schemas.myelin()))
                .fetchOne(0, String.class)
                + sql.resultQuery("select string_agg(indexname, ',' order by indexname) from pg_indexes where schemaname in ({0}, {1})",
                        DSL.val(schemas.cdm()), DSL.val(schemas.vocab())).fetchOne(0, String.class);
    }
}
