package org.myelin.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.cdm.Tables.CARE_SITE;
import static org.myelin.sql.jooq.myelin.Tables.QUARANTINE;
import static org.myelin.sql.jooq.myelin.Tables.RUN_LOG;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.etl.nightly.CdmChecksum;
import org.myelin.etl.nightly.RunLog;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.Schemas;
import org.myelin.sql.migrate.SchemaMigrator;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

@ExtendWith(TestDatabaseExtension.class)
class LoadTests {

    private static TestDatabase database;

    @BeforeAll
    static void migrate(TestDatabase testDatabase) {
        database = testDatabase;
        database.migrate();
    }

    @Test
    void copyWriterKeepsNullsEmptyStringsQuotesAndNonAscii() {
        try (CopyWriter writer = new CopyWriter(database.dataSource(), Schemas.DEFAULT, CARE_SITE,
                List.of(CARE_SITE.CARE_SITE_ID, CARE_SITE.CARE_SITE_NAME, CARE_SITE.CARE_SITE_SOURCE_VALUE))) {
            writer.write(1, "Rigshospitalet \"Glostrup\", Kø,benhavn", null);
            writer.write(2, "", "line\nbreak");
        }

        List<? extends Record> rows = database.sql().select(CARE_SITE.CARE_SITE_NAME, CARE_SITE.CARE_SITE_SOURCE_VALUE)
                .from(CARE_SITE).orderBy(CARE_SITE.CARE_SITE_ID).fetch();
        assertThat(rows.get(0).get(CARE_SITE.CARE_SITE_NAME)).isEqualTo("Rigshospitalet \"Glostrup\", Kø,benhavn");
        assertThat(rows.get(0).get(CARE_SITE.CARE_SITE_SOURCE_VALUE)).isNull();
        assertThat(rows.get(1).get(CARE_SITE.CARE_SITE_NAME)).isEmpty();
        assertThat(rows.get(1).get(CARE_SITE.CARE_SITE_SOURCE_VALUE)).isEqualTo("line\nbreak");
    }

    @Test
    void idsStayTheSameAcrossRunsAndNewOnesContinueAfterTheHighest() {
        IdMap first = IdMap.load(database.dataSource(), Schemas.DEFAULT, "person", "registry");
        long a = first.idFor("DK-001");
        long b = first.idFor("DK-002");
        assertThat(first.idFor("DK-001")).isEqualTo(a);
        first.save();

        IdMap second = IdMap.load(database.dataSource(), Schemas.DEFAULT, "person", "registry");
        long c = second.idFor("DK-003");
        IdMap otherSource = IdMap.load(database.dataSource(), Schemas.DEFAULT, "person", "fhir");

        assertThat(second.idFor("DK-002")).isEqualTo(b);
        assertThat(second.idFor("DK-001")).isEqualTo(a);
        assertThat(c).isEqualTo(Math.max(a, b) + 1);
        assertThat(otherSource.idFor("Patient/9")).isEqualTo(Math.max(a, b) + 1);
        assertThat(otherSource.contains("DK-001")).isFalse();
    }

    @Test
    void quarantineKeepsEveryRejectedRecordWithItsLocatorAndCountsThem() {
        long runId = new RunLog(database.dataSource(), Schemas.DEFAULT).start("registry", "export");
        try (Quarantine quarantine = new Quarantine(database.dataSource(), Schemas.DEFAULT, runId)) {
            quarantine.reject("visits.csv", "visits.csv:12", "edss", "EDSS 11 is outside 0 to 10", "P1,2020-01-01,11");
            quarantine.reject("visits.csv", "visits.csv:40", "visit_date", "not a date: 2020-13-01", "P2,2020-13-01,3");
            quarantine.reject("patients.csv", "patients.csv:3", "patient_id", "duplicate patient_id P1", "P1,F");
            assertThat(quarantine.countsBySource()).isEqualTo(Map.of("visits.csv", 2L, "patients.csv", 1L));
        }

        assertThat(database.sql().fetchCount(QUARANTINE, QUARANTINE.RUN_ID.eq(runId))).isEqualTo(3);
        assertThat(database.sql().select(QUARANTINE.LOCATOR, QUARANTINE.COLUMN_NAME, QUARANTINE.RAW_RECORD)
                .from(QUARANTINE).where(QUARANTINE.RUN_ID.eq(runId), QUARANTINE.REASON.startsWith("EDSS")).fetchOne())
                .satisfies(row -> assertThat(row.intoList()).containsExactly("visits.csv:12", "edss", "P1,2020-01-01,11"));
        assertThat(database.sql().select(RUN_LOG.STARTED_AT).from(RUN_LOG).where(RUN_LOG.RUN_ID.eq(runId)).fetchOne(RUN_LOG.STARTED_AT))
                .isBefore(LocalDateTime.now().plusSeconds(1));
    }

    @Test
    void checksumIsEqualForEqualContentAndDiffersWhenOneValueDiffers() {
        for (String schema : List.of("cdm_a", "cdm_b")) {
            new SchemaMigrator(database.dataSource()).migrate(SchemaKind.CDM, schema, SchemaMigrator.TABLES_ONLY);
            database.sql().execute("insert into " + schema + ".location (location_id, city) values (2, 'Brno'), (1, 'Aarhus')");
        }
        Map<String, String> a = CdmChecksum.of(cdm("cdm_a"));
        Map<String, String> b = CdmChecksum.of(cdm("cdm_b"));
        assertThat(a).hasSize(27).isEqualTo(b);

        database.sql().execute("update cdm_b.location set city = 'Praha' where location_id = 2");
        Map<String, String> changed = CdmChecksum.of(cdm("cdm_b"));
        assertThat(changed.get("location")).isNotEqualTo(a.get("location"));
        assertThat(changed.get("person")).isEqualTo(a.get("person"));
    }

    private static DSLContext cdm(String schema) {
        return DSL.using(database.dataSource(), Schemas.dialect(), Schemas.DEFAULT.withCdm(schema).settings());
    }
}
