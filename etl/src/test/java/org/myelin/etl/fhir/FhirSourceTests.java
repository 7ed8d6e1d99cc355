package org.myelin.etl.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.DEATH;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.cdm.Tables.PROCEDURE_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_DETAIL;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;
import static org.myelin.sql.jooq.myelin.Tables.QUARANTINE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.myelin.etl.nightly.CdmChecksum;
import org.myelin.etl.registry.RegistryEtl;
import org.myelin.etl.registry.RegistryRunReport;
import org.myelin.etl.registry.RunProgress;
import org.myelin.mappings.FhirCodeSystems;
import org.myelin.mappings.MappingFileReader;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;

/**
 * Hand-written FHIR resources of every type, as a Bulk NDJSON set and a transaction Bundle with urn:uuid references,
 * loaded with a registry export into one nightly CDM: the rows they give, column by column, the linkage of a
 * registry patient, the quarantine per type, and an identical CDM on a re-run.
 */
@ExtendWith(TestDatabaseExtension.class)
class FhirSourceTests {

    private static final int EHR = 32817;
    private static final String SITE = "urn:myelin:site-concept";
    private static final String CLINIC = "http://example.org/fhir/CodeSystem/ms-clinic";
    private static final int MEASUREMENT_ID_FIELD = 2_000_009_001;
    private static final int OBSERVATION_ID_FIELD = 2_000_009_002;

    @TempDir
    static Path root;

    private static DSLContext cdm;
    private static RegistryRunReport report;
    private static TestDatabase db;
    private static Path registry;
    private static Path ndjson;
    private static Path bundle;
    private static Path siteMappings;

    @BeforeAll
    static void load(TestDatabase database) throws IOException {
        db = database;
        database.migrate();
        new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent()).loadStarter();
        registry = Files.createDirectories(root.resolve("registry"));
        Files.writeString(registry.resolve("manifest.json"), "{\"registry\": \"DK-TEST\", \"export_date\": \"2026-11-20\", \"format_version\": 1}");
        Files.writeString(registry.resolve("patients.csv"), """
                patient_id,sex,birth_date,country,centre_id,onset_date,diagnosis_date,initial_course,death_date
                R1,F,1980-05,DK,,2004,2006-01-15,RRMS,
                """);
        ndjson = Files.createDirectories(root.resolve("bulk"));
        // p1 is the registry's R1; p2 is known to FHIR only; Encounter e2 is part of e1
        Files.writeString(ndjson.resolve("Patient.ndjson"), String.join("\n",
                "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"identifier\":[{\"system\":\"urn:myelin:registry-patient-id\",\"value\":\"R1\"}],\"gender\":\"female\",\"birthDate\":\"1980-05-02\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"p2\",\"gender\":\"male\",\"birthDate\":\"1975\",\"deceasedDateTime\":\"2024-06-30T10:00:00+02:00\"}",
                ""));
        Files.writeString(ndjson.resolve("Encounter.ndjson"), String.join("\n",
                "{\"resourceType\":\"Encounter\",\"id\":\"e1\",\"status\":\"finished\",\"class\":{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"IMP\"},\"subject\":{\"reference\":\"Patient/p2\"},\"period\":{\"start\":\"2020-03-01T08:00:00\",\"end\":\"2020-03-05T12:00:00\"}}",
                "{\"resourceType\":\"Encounter\",\"id\":\"e2\",\"status\":\"finished\",\"class\":{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"IMP\"},\"subject\":{\"reference\":\"Patient/p2\"},\"partOf\":{\"reference\":\"Encounter/e1\"},\"period\":{\"start\":\"2020-03-02T08:00:00\",\"end\":\"2020-03-03T08:00:00\"}}",
                ""));
        Files.writeString(ndjson.resolve("Condition.ndjson"), String.join("\n",
                "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"clinicalStatus\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/condition-clinical\",\"code\":\"active\"}]},\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"G35\"}]},\"subject\":{\"reference\":\"http://example.org/fhir/Patient/p2/_history/3\"},\"encounter\":{\"reference\":\"Encounter/e2\"},\"onsetDateTime\":\"2020-03-02\"}",
                "{\"resourceType\":\"Condition\",\"id\":\"c2\",\"verificationStatus\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/condition-ver-status\",\"code\":\"refuted\"}]},\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"24700007\"}]},\"subject\":{\"reference\":\"Patient/p2\"},\"onsetDateTime\":\"2020-03-02\"}",
                "{\"resourceType\":\"Condition\",\"id\":\"c3\",\"code\":{\"coding\":[{\"code\":\"G35\"}]},\"subject\":{\"reference\":\"Patient/p2\"},\"onsetDateTime\":\"2020-03-02\"}",
                "{\"resourceType\":\"Condition\",\"id\":\"c4\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"24700007\"}]},\"subject\":{\"reference\":\"Patient/nobody\"},\"onsetDateTime\":\"2020-03-02\"}",
                "{\"resourceType\":\"Condition\",\"id\":\"c5\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"24700007\"}]},\"subject\":{\"reference\":\"Patient/p2\"},\"onsetDateTime\":\"1620-03-02\"}",
                "this is not json",
                "{\"resourceType\":\"Condition\",\"id\":\"c6\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"24700007\"}]},\"subject\":{\"reference\":\"Patient/p2\"},\"onsetDateTime\":\"2020-03-02\",\"color\":\"red\"}",
                "{\"resourceType\":\"Spaceship\",\"id\":\"x\"}",
                ""));
        Files.writeString(ndjson.resolve("Observation.ndjson"), String.join("\n",
                "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"" + SITE + "\",\"code\":\"EDSS\"}]},\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"2021-01-10\",\"valueQuantity\":{\"value\":3.5,\"system\":\"http://unitsofmeasure.org\",\"code\":\"1\"},\"referenceRange\":[{\"low\":{\"value\":0},\"high\":{\"value\":10}}]}",
                "{\"resourceType\":\"Observation\",\"id\":\"o2\",\"status\":\"final\",\"code\":{\"text\":\"walking tests\"},\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"2021-01-10\",\"component\":[{\"code\":{\"coding\":[{\"system\":\"" + SITE + "\",\"code\":\"T25FW\"}]},\"valueQuantity\":{\"value\":6.1,\"system\":\"http://unitsofmeasure.org\",\"code\":\"s\"}},{\"code\":{\"coding\":[{\"system\":\"" + SITE + "\",\"code\":\"MS_COURSE\"}]},\"valueString\":\"relapsing\"}]}",
                // o3's components: a measurement and an observation, both results of DiagnosticReport dr2
                "{\"resourceType\":\"Observation\",\"id\":\"o3\",\"status\":\"final\",\"code\":{\"text\":\"relapse review\"},\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"2021-04-10\",\"component\":[{\"code\":{\"coding\":[{\"system\":\"" + SITE + "\",\"code\":\"SDMT\"}]},\"valueQuantity\":{\"value\":48}},{\"code\":{\"coding\":[{\"system\":\"" + SITE + "\",\"code\":\"RELAPSE_SYSTEMS\"}]},\"valueString\":\"pyramidal\"}]}",
                ""));
        Files.writeString(ndjson.resolve("Other.ndjson"), String.join("\n",
                "{\"resourceType\":\"Procedure\",\"id\":\"pr1\",\"status\":\"completed\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"816077007\"}]},\"subject\":{\"reference\":\"Patient/p2\"},\"performedPeriod\":{\"start\":\"2020-03-03T09:00:00\",\"end\":\"2020-03-03T09:40:00\"}}",
                "{\"resourceType\":\"ImagingStudy\",\"id\":\"is1\",\"status\":\"available\",\"subject\":{\"reference\":\"Patient/p2\"},\"started\":\"2020-03-04T10:00:00\",\"procedureCode\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"113091000\"}]}]}",
                "{\"resourceType\":\"Medication\",\"id\":\"m1\",\"code\":{\"coding\":[{\"system\":\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"1876366\"}]}}",
                "{\"resourceType\":\"MedicationRequest\",\"id\":\"mr1\",\"status\":\"active\",\"intent\":\"order\",\"medicationReference\":{\"reference\":\"Medication/m1\"},\"subject\":{\"reference\":\"Patient/p2\"},\"authoredOn\":\"2020-04-01\",\"dispenseRequest\":{\"quantity\":{\"value\":2},\"expectedSupplyDuration\":{\"value\":180,\"unit\":\"days\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"d\"}}}",
                "{\"resourceType\":\"MedicationAdministration\",\"id\":\"ma1\",\"status\":\"completed\",\"contained\":[{\"resourceType\":\"Medication\",\"id\":\"med\",\"code\":{\"coding\":[{\"system\":\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"1876366\"}]}}],\"medicationReference\":{\"reference\":\"#med\"},\"subject\":{\"reference\":\"Patient/p2\"},\"effectiveDateTime\":\"2020-04-15T09:00:00\",\"dosage\":{\"dose\":{\"value\":300,\"unit\":\"mg\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mg\"}}}",
                "{\"resourceType\":\"MedicationStatement\",\"id\":\"ms1\",\"status\":\"entered-in-error\",\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"1876366\"}]},\"subject\":{\"reference\":\"Patient/p2\"},\"effectiveDateTime\":\"2020-04-15\"}",
                "{\"resourceType\":\"MedicationDispense\",\"id\":\"md1\",\"status\":\"completed\",\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"1876366\"}]},\"subject\":{\"reference\":\"Patient/p2\"},\"whenHandedOver\":\"2020-05-01\",\"quantity\":{\"value\":1},\"daysSupply\":{\"value\":30,\"code\":\"d\",\"system\":\"http://unitsofmeasure.org\"}}",
                "{\"resourceType\":\"Immunization\",\"id\":\"im1\",\"status\":\"completed\",\"vaccineCode\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/cvx\",\"code\":\"140\"}]},\"patient\":{\"reference\":\"Patient/p2\"},\"occurrenceDateTime\":\"2020-10-01\",\"lotNumber\":\"L42\"}",
                "{\"resourceType\":\"AllergyIntolerance\",\"id\":\"a1\",\"criticality\":\"high\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"24700007\"}]},\"patient\":{\"reference\":\"Patient/p2\"},\"recordedDate\":\"2019-01-01\"}",
                "{\"resourceType\":\"DiagnosticReport\",\"id\":\"dr1\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"" + SITE + "\",\"code\":\"SERUM_NFL\"}]},\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"2021-02-01\",\"conclusion\":\"raised\",\"result\":[{\"reference\":\"Observation/o1\"}]}",
                // dr2 lists o1 too, but o1 points at dr1, the first report read that lists it; dr2's row is an observation
                "{\"resourceType\":\"DiagnosticReport\",\"id\":\"dr2\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"" + SITE + "\",\"code\":\"RELAPSE_SEVERITY\"}]},\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"2021-04-10\",\"result\":[{\"reference\":\"Observation/o3\"},{\"reference\":\"Observation/o1\"}]}",
                "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"q1\",\"status\":\"completed\",\"subject\":{\"reference\":\"Patient/p1\"},\"authored\":\"2021-03-01T10:00:00\",\"item\":[{\"linkId\":\"msis29-q1\",\"answer\":[{\"valueInteger\":3}]},{\"linkId\":\"MSIS29_PHYSICAL\",\"answer\":[{\"valueDecimal\":42.5}]}]}",
                "{\"resourceType\":\"Practitioner\",\"id\":\"dr\"}",
                ""));
        // a site's own code system, mapped through its mapping folder (not the bundled files)
        Files.writeString(ndjson.resolve("Clinic.ndjson"),
                "{\"resourceType\":\"Condition\",\"id\":\"c7\",\"code\":{\"coding\":[{\"system\":\"" + CLINIC
                        + "\",\"code\":\"MS-DX\"}]},\"subject\":{\"reference\":\"Patient/p1\"},\"onsetDateTime\":\"2019-05-05\"}\n");
        siteMappings = Files.createDirectories(root.resolve("site-mappings"));
        Files.writeString(siteMappings.resolve("fhir-code-systems.csv"), "system_uri,vocabulary_id,mapping_vocabulary_id\n"
                + CLINIC + ",,MsClinic\n");
        Files.writeString(siteMappings.resolve("clinic.csv"), """
                source_vocabulary_id,source_code,source_code_description,target_vocabulary_id,target_concept_code,target_concept_id
                MsClinic,MS-DX,multiple sclerosis in the clinic's codes,SNOMED,24700007,
                CdmField,measurement.measurement_id,the measurement table's id column,CDM,TEST-FIELD-1,
                CdmField,observation.observation_id,the observation table's id column,CDM,TEST-FIELD-2,
                """);
        // the CDM vocabulary's field concept as Athena delivers it (Athena numbers the codes; this one is the test's)
        database.sql().execute("insert into vocab.concept (concept_id, concept_name, domain_id, vocabulary_id, concept_class_id,"
                + " standard_concept, concept_code, valid_start_date, valid_end_date) values (?, 'measurement.measurement_id',"
                + " 'Metadata', 'CDM', 'Field', 'S', ?, date '1970-01-01', date '2099-12-31'), (?, 'observation.observation_id',"
                + " 'Metadata', 'CDM', 'Field', 'S', ?, date '1970-01-01', date '2099-12-31')",
                MEASUREMENT_ID_FIELD, "TEST-FIELD-1", OBSERVATION_ID_FIELD, "TEST-FIELD-2");
        bundle = root.resolve("bundle.json");
        Files.writeString(bundle, """
                {"resourceType": "Bundle", "type": "transaction", "entry": [
                  {"fullUrl": "urn:uuid:0b6c0c3a-1111-4a6e-9f1e-000000000001",
                   "resource": {"resourceType": "Condition", "code": {"coding": [{"system": "http://snomed.info/sct", "code": "66760008"}]},
                     "subject": {"reference": "urn:uuid:0b6c0c3a-1111-4a6e-9f1e-000000000002"}, "onsetDateTime": "2022-02-02"},
                   "request": {"method": "POST", "url": "Condition"}},
                  {"fullUrl": "urn:uuid:0b6c0c3a-1111-4a6e-9f1e-000000000002",
                   "resource": {"resourceType": "Patient", "gender": "female", "birthDate": "1990-01-01"},
                   "request": {"method": "POST", "url": "Patient"}}
                ]}
                """);
        cdm = database.sql();
        report = run();
    }

    private static RegistryRunReport run() {
        return run(ndjson, bundle);
    }

    /** The nightly build of the registry export and FHIR files, with the site's mapping folder. */
    private static RegistryRunReport run(Path... fhir) {
        return new RegistryEtl(db.dataSource(), Schemas.DEFAULT, RunProgress.SILENT).run(registry,
                MappingFileReader.folder(siteMappings), List.of(new FhirSource(List.of(fhir), FhirSource.DEFAULT_LINK_SYSTEM,
                        FhirCodeSystems.withSite(siteMappings))));
    }

    @Test
    void aLinkedPatientIsTheRegistrysPersonAndOthersGetPersonsOfTheirOwn() {
        assertThat(cdm.fetchCount(PERSON)).isEqualTo(3);
        int registryPerson = cdm.select(PERSON.PERSON_ID).from(PERSON).where(PERSON.PERSON_SOURCE_VALUE.eq("R1")).fetchOne(PERSON.PERSON_ID);
        assertThat(cdm.select(MEASUREMENT.PERSON_ID).from(MEASUREMENT).where(MEASUREMENT.MEASUREMENT_SOURCE_VALUE.eq("EDSS"))
                .fetch(MEASUREMENT.PERSON_ID)).containsOnly(registryPerson);
        assertThat(rows(PERSON, PERSON.PERSON_SOURCE_VALUE, PERSON.GENDER_CONCEPT_ID, PERSON.YEAR_OF_BIRTH,
                PERSON.MONTH_OF_BIRTH, PERSON.DAY_OF_BIRTH, PERSON.GENDER_SOURCE_VALUE))
                .containsExactly("[R1, 8532, 1980, 5, null, F]", "[p2, 8507, 1975, null, null, male]",
                        "[urn:uuid:0b6c0c3a-1111-4a6e-9f1e-000000000002, 8532, 1990, 1, 1, female]");
        assertThat(rows(DEATH, DEATH.DEATH_DATE, DEATH.DEATH_TYPE_CONCEPT_ID)).containsExactly("[2024-06-30, " + EHR + "]");
    }

    @Test
    void encountersBecomeVisitsAndTheirPartsVisitDetails() {
        assertThat(rows(VISIT_OCCURRENCE, VISIT_OCCURRENCE.VISIT_CONCEPT_ID, VISIT_OCCURRENCE.VISIT_START_DATE,
                VISIT_OCCURRENCE.VISIT_END_DATE, VISIT_OCCURRENCE.VISIT_TYPE_CONCEPT_ID, VISIT_OCCURRENCE.VISIT_SOURCE_VALUE))
                .containsExactly("[9201, 2020-03-01, 2020-03-05, " + EHR + ", IMP]");
        assertThat(cdm.fetchValue(VISIT_DETAIL.VISIT_OCCURRENCE_ID)).isEqualTo(cdm.fetchValue(VISIT_OCCURRENCE.VISIT_OCCURRENCE_ID));
        assertThat(cdm.fetchValue(VISIT_DETAIL.VISIT_DETAIL_START_DATE)).hasToString("2020-03-02");
    }

    @Test
    void conditionsMapThroughTheVocabularyAndKeepTheirSource() {
        assertThat(rows(CONDITION_OCCURRENCE, CONDITION_OCCURRENCE.CONDITION_CONCEPT_ID, CONDITION_OCCURRENCE.CONDITION_START_DATE,
                CONDITION_OCCURRENCE.CONDITION_SOURCE_VALUE, CONDITION_OCCURRENCE.CONDITION_SOURCE_CONCEPT_ID,
                CONDITION_OCCURRENCE.CONDITION_STATUS_SOURCE_VALUE))
                .contains("[374919, 2020-03-02, G35, 45571794, active]", "[374954, 2022-02-02, 66760008, 374954, null]");
        // an event in a visit detail is in the detail's visit too
        String visits = cdm.select(CONDITION_OCCURRENCE.VISIT_DETAIL_ID, CONDITION_OCCURRENCE.VISIT_OCCURRENCE_ID)
                .from(CONDITION_OCCURRENCE).where(CONDITION_OCCURRENCE.CONDITION_SOURCE_VALUE.eq("G35"))
                .fetchOne(row -> row.intoList().toString());
        assertThat(visits).isEqualTo(List.of(cdm.fetchValue(VISIT_DETAIL.VISIT_DETAIL_ID),
                cdm.fetchValue(VISIT_OCCURRENCE.VISIT_OCCURRENCE_ID)).toString());
    }

    @Test
    void aSitesOwnCodeSystemMapsThroughItsMappingFolder() {
        assertThat(rows(CONDITION_OCCURRENCE, CONDITION_OCCURRENCE.CONDITION_CONCEPT_ID, CONDITION_OCCURRENCE.CONDITION_START_DATE,
                CONDITION_OCCURRENCE.CONDITION_SOURCE_VALUE, CONDITION_OCCURRENCE.CONDITION_SOURCE_CONCEPT_ID))
                .contains("[374919, 2019-05-05, MS-DX, 0]");
    }

    @Test
    void observationsAndTheirComponentsGoWhereTheirConceptsDomainSays() {
        assertThat(rows(MEASUREMENT, MEASUREMENT.MEASUREMENT_CONCEPT_ID, MEASUREMENT.VALUE_AS_NUMBER, MEASUREMENT.UNIT_CONCEPT_ID,
                MEASUREMENT.UNIT_SOURCE_VALUE, MEASUREMENT.RANGE_LOW, MEASUREMENT.RANGE_HIGH, MEASUREMENT.MEASUREMENT_SOURCE_VALUE))
                .contains("[2000000020, 3.5, 2000000085, 1, 0, 10, EDSS]", "[2000000030, 6.1, 2000000080, s, null, null, T25FW]",
                        "[2000000060, 42.5, null, null, null, null, MSIS29_PHYSICAL]", "[0, 3, null, null, null, null, msis29-q1]",
                        "[2000000050, null, null, null, null, null, SERUM_NFL]");
        assertThat(rows(OBSERVATION, OBSERVATION.OBSERVATION_CONCEPT_ID, OBSERVATION.VALUE_AS_STRING, OBSERVATION.OBSERVATION_SOURCE_VALUE))
                .contains("[2000000094, relapsing, MS_COURSE]", "[374919, high, 24700007]");
    }

    @Test
    void aDiagnosticReportsResultsPointAtItsRow() {
        Integer report = cdm.select(MEASUREMENT.MEASUREMENT_ID).from(MEASUREMENT)
                .where(MEASUREMENT.MEASUREMENT_SOURCE_VALUE.eq("SERUM_NFL")).fetchOne(MEASUREMENT.MEASUREMENT_ID);
        // the field concept of measurement.measurement_id, resolved through the site's CdmField mapping row
        assertThat(rows(MEASUREMENT, MEASUREMENT.MEASUREMENT_SOURCE_VALUE, MEASUREMENT.MEASUREMENT_EVENT_ID,
                MEASUREMENT.MEAS_EVENT_FIELD_CONCEPT_ID)).contains("[EDSS, " + report + ", " + MEASUREMENT_ID_FIELD + "]",
                        "[SERUM_NFL, null, null]",
                        "[T25FW, null, null]");
    }

    @Test
    void aReportInTheObservationTablePointsItsResultsInBothTablesAtItsRow() {
        Integer report = cdm.select(OBSERVATION.OBSERVATION_ID).from(OBSERVATION)
                .where(OBSERVATION.OBSERVATION_SOURCE_VALUE.eq("RELAPSE_SEVERITY")).fetchOne(OBSERVATION.OBSERVATION_ID);
        assertThat(rows(MEASUREMENT, MEASUREMENT.MEASUREMENT_SOURCE_VALUE, MEASUREMENT.MEASUREMENT_EVENT_ID,
                MEASUREMENT.MEAS_EVENT_FIELD_CONCEPT_ID)).contains("[SDMT, " + report + ", " + OBSERVATION_ID_FIELD + "]");
        assertThat(rows(OBSERVATION, OBSERVATION.OBSERVATION_SOURCE_VALUE, OBSERVATION.OBSERVATION_EVENT_ID,
                OBSERVATION.OBS_EVENT_FIELD_CONCEPT_ID)).contains("[RELAPSE_SYSTEMS, " + report + ", " + OBSERVATION_ID_FIELD + "]",
                        "[RELAPSE_SEVERITY, null, null]", "[MS_COURSE, null, null]");
    }

    @Test
    void proceduresAndImagingStudiesAreProcedures() {
        assertThat(rows(PROCEDURE_OCCURRENCE, PROCEDURE_OCCURRENCE.PROCEDURE_CONCEPT_ID, PROCEDURE_OCCURRENCE.PROCEDURE_DATE,
                PROCEDURE_OCCURRENCE.PROCEDURE_END_DATE, PROCEDURE_OCCURRENCE.PROCEDURE_SOURCE_VALUE))
                .containsExactly("[37311324, 2020-03-03, 2020-03-03, 816077007]", "[4013636, 2020-03-04, null, 113091000]");
    }

    @Test
    void medicationsAndImmunizationsAreDrugExposures() {
        assertThat(rows(DRUG_EXPOSURE, DRUG_EXPOSURE.DRUG_CONCEPT_ID, DRUG_EXPOSURE.DRUG_EXPOSURE_START_DATE,
                DRUG_EXPOSURE.DRUG_EXPOSURE_END_DATE, DRUG_EXPOSURE.QUANTITY, DRUG_EXPOSURE.DAYS_SUPPLY,
                DRUG_EXPOSURE.DOSE_UNIT_SOURCE_VALUE, DRUG_EXPOSURE.DRUG_SOURCE_VALUE, DRUG_EXPOSURE.LOT_NUMBER))
                .containsExactlyInAnyOrder("[1593457, 2020-04-01, 2020-09-27, 2, 180, null, 1876366, null]",
                        "[1593457, 2020-04-15, 2020-04-15, 300, null, mg, 1876366, null]",
                        "[1593457, 2020-05-01, 2020-05-30, 1, 30, null, 1876366, null]",
                        "[0, 2020-10-01, 2020-10-01, null, null, null, 140, L42]");
    }

    @Test
    void everyResourceIsLoadedQuarantinedOrSkippedByRule() {
        Map<String, RegistryRunReport.FileCounts> files = report.files();
        assertThat(files.get("FHIR Condition")).isEqualTo(new RegistryRunReport.FileCounts(7, 3, 3, 1));
        assertThat(files.get("FHIR (unreadable)")).isEqualTo(new RegistryRunReport.FileCounts(3, 0, 3, 0));
        assertThat(files.get("FHIR MedicationStatement")).isEqualTo(new RegistryRunReport.FileCounts(1, 0, 0, 1));
        assertThat(files.get("FHIR Practitioner")).isEqualTo(new RegistryRunReport.FileCounts(1, 0, 0, 1));
        assertThat(report.skippedByRule()).containsEntry("Condition: verification status refuted", 1L)
                .containsEntry("MedicationStatement: status entered-in-error", 1L);
        assertThat(cdm.select(QUARANTINE.LOCATOR, QUARANTINE.REASON).from(QUARANTINE).orderBy(QUARANTINE.LOCATOR)
                .fetch(row -> row.value1().replace(ndjson.toString(), "") + " " + row.value2().replaceAll(":.*", ":")))
                .contains("/Condition.ndjson:3 Condition/c3 coding without a system at Condition.code.coding[0]",
                        "/Condition.ndjson:4 Condition/c4 reference to a missing patient:",
                        "/Condition.ndjson:5 Condition/c5 impossible date '1620-03-02' at Condition.onset",
                        "/Condition.ndjson:6 not JSON:", "/Condition.ndjson:7 not valid R4:",
                        "/Condition.ndjson:8 unknown resource type 'Spaceship'");
    }

    @Test
    void aRerunGivesTheSameCdm() {
        Map<String, String> before = CdmChecksum.of(cdm);
        run();
        assertThat(CdmChecksum.of(cdm)).isEqualTo(before);
    }

    @Test
    void aZipOfTheSameFilesGivesTheSameCdm() throws IOException {
        Map<String, String> before = CdmChecksum.of(cdm);
        Path zip = root.resolve("fhir.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.list(ndjson)) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("bulk/" + file.getFileName()));
                Files.copy(file, out);
            }
            out.putNextEntry(new ZipEntry("bundle.json"));
            Files.copy(bundle, out);
        }

        run(zip);

        assertThat(CdmChecksum.of(cdm)).isEqualTo(before);
        assertThat(cdm.fetchExists(QUARANTINE, QUARANTINE.LOCATOR.like("%fhir.zip!/bulk/Condition.ndjson:3 Condition/c3"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"collection", "batch", "searchset"})
    void bundlesOfTheOtherTypesLoadAsTheTransactionDoes(String type) throws IOException {
        Map<String, String> before = CdmChecksum.of(cdm);
        Path other = Files.writeString(root.resolve(type + ".json"),
                Files.readString(bundle).replace("\"type\": \"transaction\"", "\"type\": \"" + type + "\""));

        run(ndjson, other);

        assertThat(CdmChecksum.of(cdm)).isEqualTo(before);
    }

    @Test
    void aFileWhoseResourcesAreAllRejectedIsStillFhirAndTheRunGoesOn() throws IOException {
        Map<String, String> before = CdmChecksum.of(cdm);
        Path rejected = Files.writeString(root.resolve("Rejected.ndjson"), String.join("\n",
                "{\"resourceType\":\"Spaceship\",\"id\":\"x\"}",
                "{\"resourceType\":\"Condition\",\"id\":\"c8\",\"color\":\"red\"}",
                ""));

        RegistryRunReport rerun = run(ndjson, bundle, rejected);

        assertThat(rerun.files().get("FHIR (unreadable)")).isEqualTo(new RegistryRunReport.FileCounts(5, 0, 5, 0));
        assertThat(CdmChecksum.of(cdm)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotFhirFailsTheRunAndLeavesTheCdmAsItWas() throws IOException {
        Map<String, String> before = CdmChecksum.of(cdm);
        Path csv = Files.writeString(root.resolve("notes.json"), "[1, 2, 3]");
        assertThatThrownBy(() -> run(ndjson, csv))
                .isInstanceOf(UserError.class).hasMessageContaining("notes.json is not FHIR");
        assertThat(CdmChecksum.of(cdm)).isEqualTo(before);
    }

    private static List<String> rows(Table<?> table, Field<?>... fields) {
        return cdm.select(fields).from(table).orderBy(fields[0].getName().endsWith("_id") ? fields[1] : fields[0])
                .fetch(row -> row.intoList().toString());
    }
}
