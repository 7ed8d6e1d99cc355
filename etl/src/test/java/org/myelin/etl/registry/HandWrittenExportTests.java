package org.myelin.etl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.cdm.Tables.CARE_SITE;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.DEATH;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.cdm.Tables.PROCEDURE_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;
import static org.myelin.sql.jooq.myelin.Tables.QUARANTINE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;

/** A small hand-written export lands exactly in the expected CDM rows, column by column. */
@ExtendWith(TestDatabaseExtension.class)
class HandWrittenExportTests {

    private static final int REGISTRY = 32879;

    @TempDir
    static Path export;

    private static DSLContext cdm;
    private static RegistryRunReport report;

    @BeforeAll
    static void load(TestDatabase database) throws IOException {
        database.migrate();
        new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent()).loadStarter();
        write("manifest.json", "{\"registry\": \"DK-TEST\", \"export_date\": \"2026-11-20\", \"format_version\": 1}");
        write("centres.csv", "centre_id,name,city,country,postal_code\nC1,Rigshospitalet,København,DK,2100\n");
        write("patients.csv", """
                patient_id,sex,birth_date,country,centre_id,onset_date,diagnosis_date,initial_course,death_date
                P1,F,1980-05,DK,C1,2004,2006-01-15,RRMS,
                P2,M,1975-02-03,DK,C1,,2010-03-01,CIS,2024-06-30
                P3,F,,DK,C1,,,,
                """);
        write("visits.csv", """
                visit_id,patient_id,visit_date,edss,fs_visual,t25fw_seconds,course
                V1,P1,2020-01-10,2.5,1,5.2,RRMS
                V2,P1,2020-07-01,11,,,
                """);
        write("treatments.csv", """
                treatment_id,patient_id,drug,atc_code,start_date,end_date,dose,dose_unit,route,stop_reason
                T1,P1,Tysabri,,2019-01-01,2020-06-30,300,mg,intravenous,patient_choice
                T2,P1,whatever the registry wrote,L04AA27,2020-07-15,,0.5,mg,oral,
                """);
        write("relapses.csv", "relapse_id,patient_id,onset_date,end_date,severity,steroid_treated\nR1,P2,2015-04-01,2015-05-01,severe,Y\n");
        write("mri.csv", "mri_id,patient_id,exam_date,region,contrast,t2_lesions,gd_lesions\nM1,P1,2020-01-20,brain,Y,12,1\n");
        cdm = database.sql();
        report = new RegistryEtl(database.dataSource(), Schemas.DEFAULT, RunProgress.SILENT).run(export, List.of());
    }

    @Test
    void personsKeepBirthToTheKnownPrecisionSexCentreAndSourceValues() {
        assertThat(rows(PERSON, PERSON.PERSON_SOURCE_VALUE, PERSON.GENDER_CONCEPT_ID, PERSON.YEAR_OF_BIRTH,
                PERSON.MONTH_OF_BIRTH, PERSON.DAY_OF_BIRTH, PERSON.GENDER_SOURCE_VALUE))
                .containsExactly("[P1, 8532, 1980, 5, null, F]", "[P2, 8507, 1975, 2, 3, M]");
        assertThat(cdm.fetchValue(CARE_SITE.CARE_SITE_NAME)).isEqualTo("Rigshospitalet");
        assertThat(cdm.fetchCount(PERSON, PERSON.CARE_SITE_ID.eq(cdm.fetchValue(CARE_SITE.CARE_SITE_ID)))).isEqualTo(2);
        assertThat(rows(DEATH, DEATH.DEATH_DATE, DEATH.DEATH_TYPE_CONCEPT_ID)).containsExactly("[2024-06-30, " + REGISTRY + "]");
    }

    @Test
    void patientWithoutBirthYearAndVisitWithEdss11AreQuarantined() {
        assertThat(report.files().get("patients.csv")).isEqualTo(new RegistryRunReport.FileCounts(3, 2, 1));
        assertThat(report.files().get("visits.csv")).isEqualTo(new RegistryRunReport.FileCounts(2, 1, 1));
        assertThat(cdm.select(QUARANTINE.LOCATOR, QUARANTINE.COLUMN_NAME, QUARANTINE.REASON).from(QUARANTINE)
                .orderBy(QUARANTINE.QUARANTINE_ID).fetch().map(row -> row.intoList().toString()))
                .containsExactly(
                        "[patients.csv:4, birth_date, missing_value: birth_date is empty; the OMOP CDM needs at least the year of birth]",
                        "[visits.csv:3, edss, out_of_range: edss 11 is outside 0 to 10 in steps of 0.5]");
    }

    @Test
    void diagnosesAndRelapsesAreConditionsWithTheirDates() {
        assertThat(rows(CONDITION_OCCURRENCE, CONDITION_OCCURRENCE.CONDITION_CONCEPT_ID, CONDITION_OCCURRENCE.CONDITION_START_DATE,
                CONDITION_OCCURRENCE.CONDITION_END_DATE, CONDITION_OCCURRENCE.CONDITION_TYPE_CONCEPT_ID,
                CONDITION_OCCURRENCE.CONDITION_SOURCE_VALUE))
                .containsExactly(
                        "[374919, 2006-01-15, null, " + REGISTRY + ", MS]",
                        "[2000000004, 2010-03-01, null, " + REGISTRY + ", CIS]",
                        "[2000000010, 2015-04-01, 2015-05-01, " + REGISTRY + ", relapse R1]");
    }

    @Test
    void visitScoresAreMeasurementsLinkedToTheirVisit() {
        assertThat(rows(VISIT_OCCURRENCE, VISIT_OCCURRENCE.VISIT_CONCEPT_ID, VISIT_OCCURRENCE.VISIT_START_DATE,
                VISIT_OCCURRENCE.VISIT_END_DATE, VISIT_OCCURRENCE.VISIT_SOURCE_VALUE))
                .containsExactly("[9202, 2020-01-10, 2020-01-10, V1]");
        int visit = cdm.fetchValue(VISIT_OCCURRENCE.VISIT_OCCURRENCE_ID);
        assertThat(rows(MEASUREMENT.where(MEASUREMENT.VISIT_OCCURRENCE_ID.eq(visit)), MEASUREMENT.MEASUREMENT_CONCEPT_ID,
                MEASUREMENT.MEASUREMENT_DATE, MEASUREMENT.VALUE_AS_NUMBER, MEASUREMENT.UNIT_SOURCE_VALUE,
                MEASUREMENT.MEASUREMENT_SOURCE_VALUE))
                .containsExactly(
                        "[2000000020, 2020-01-10, 2.5, null, edss]",
                        "[2000000026, 2020-01-10, 1, null, fs_visual]",
                        "[2000000030, 2020-01-10, 5.2, s, t25fw_seconds]");
        assertThat(rows(OBSERVATION.where(OBSERVATION.VISIT_OCCURRENCE_ID.eq(visit)), OBSERVATION.OBSERVATION_SOURCE_VALUE,
                OBSERVATION.VALUE_AS_STRING, OBSERVATION.VALUE_AS_CONCEPT_ID))
                .containsExactly("[course, RRMS, 2000000001]");
    }

    @Test
    void treatmentsAreIngredientExposuresWithAtcFirstAndOngoingOnesEndingAtTheExportDate() {
        assertThat(rows(DRUG_EXPOSURE, DRUG_EXPOSURE.DRUG_CONCEPT_ID, DRUG_EXPOSURE.DRUG_EXPOSURE_START_DATE,
                DRUG_EXPOSURE.DRUG_EXPOSURE_END_DATE, DRUG_EXPOSURE.VERBATIM_END_DATE, DRUG_EXPOSURE.STOP_REASON,
                DRUG_EXPOSURE.ROUTE_SOURCE_VALUE, DRUG_EXPOSURE.DRUG_SOURCE_VALUE))
                .containsExactly(
                        "[735843, 2019-01-01, 2020-06-30, 2020-06-30, patient_choice, intravenous, Tysabri]",
                        "[1506270, 2015-04-01, 2015-04-02, null, null, null, methylprednisolone (relapse treatment)]",
                        "[40226579, 2020-07-15, 2026-11-20, null, null, oral, whatever the registry wrote (L04AA27)]");
    }

    @Test
    void mriIsAProcedureWithLesionCountsPointingAtIt() {
        assertThat(rows(PROCEDURE_OCCURRENCE, PROCEDURE_OCCURRENCE.PROCEDURE_CONCEPT_ID, PROCEDURE_OCCURRENCE.PROCEDURE_DATE,
                PROCEDURE_OCCURRENCE.PROCEDURE_SOURCE_VALUE)).containsExactly("[37311324, 2020-01-20, MRI brain with contrast]");
        int exam = cdm.fetchValue(PROCEDURE_OCCURRENCE.PROCEDURE_OCCURRENCE_ID);
        assertThat(rows(MEASUREMENT.where(MEASUREMENT.MEASUREMENT_EVENT_ID.eq(exam)), MEASUREMENT.MEASUREMENT_CONCEPT_ID,
                MEASUREMENT.VALUE_AS_NUMBER)).containsExactly("[2000000040, 12]", "[2000000042, 1]");
    }

    private static List<String> rows(Table<?> table, Field<?>... fields) {
        return cdm.select(fields).from(table).orderBy(fields).fetch().map(row -> row.intoList().toString());
    }

    private static void write(String name, String content) throws IOException {
        Files.writeString(export.resolve(name), content);
    }

}
