package org.myelin.cohort.run;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.Schemas;
import org.myelin.sql.migrate.SchemaMigrator;

/** The benchmark's CDM and definitions, also used at a small size by the batch tests. */
final class BenchmarkCdm {

    private BenchmarkCdm() {
    }

    /**
     * Synthetic CDM rows for {@code persons} persons by set-based SQL into the given schemas: conditions, drugs, visits
     * and measurements spread over 2006 to 2019, then the CDM indexes and statistics.
     */
    static void generate(DataSource dataSource, Schemas schemas, int persons) {
        SchemaMigrator migrator = new SchemaMigrator(dataSource);
        migrator.migrate(SchemaKind.CDM, schemas.cdm(), SchemaMigrator.TABLES_ONLY);
        migrator.migrate(SchemaKind.VOCAB, schemas.vocab(), SchemaMigrator.TABLES_ONLY);
        migrator.migrate(SchemaKind.RESULTS, schemas.results(), null);
        DSLContext sql = DSL.using(dataSource, Schemas.dialect());
        String cdm = schemas.cdm();
        String vocab = schemas.vocab();
        sql.execute("insert into " + vocab + ".concept select g, 'concept ' || g, 'Condition', 'Bench', 'Bench', 'S', 'b' || g, "
                + "date '2000-01-01', date '2099-12-31', null from generate_series(1, 3000) g");
        sql.execute("insert into " + vocab + ".concept_ancestor select a * 100 + 1, a * 100 + d, 1, 1 "
                + "from generate_series(0, 9) a, generate_series(2, 30) d");
        sql.execute("insert into " + cdm + ".person (person_id, gender_concept_id, year_of_birth, race_concept_id, ethnicity_concept_id) "
                + "select g, 8507 + (g % 2) * 25, 1940 + g % 60, 0, 0 from generate_series(1, " + persons + ") g");
        sql.execute("insert into " + cdm + ".observation_period select g, g, date '2005-01-01' + g % 1000, date '2020-12-31', 0 "
                + "from generate_series(1, " + persons + ") g");
        sql.execute("insert into " + cdm + ".condition_occurrence (condition_occurrence_id, person_id, condition_concept_id, "
                + "condition_start_date, condition_type_concept_id) select g, 1 + g % " + persons + ", 1 + " + draw("c", 1000) + ", "
                + "date '2006-01-01' + " + draw("cd", 5000) + ", 0 from generate_series(1, " + 15 * persons + ") g");
        sql.execute("insert into " + cdm + ".drug_exposure (drug_exposure_id, person_id, drug_concept_id, drug_exposure_start_date, "
                + "drug_exposure_end_date, drug_type_concept_id) select g, 1 + g % " + persons + ", 2000 + " + draw("d", 100) + ", "
                + "date '2006-01-01' + " + draw("dd", 5000) + ", date '2006-01-01' + " + draw("dd", 5000) + " + 30, 0 "
                + "from generate_series(1, " + 8 * persons + ") g");
        sql.execute("insert into " + cdm + ".visit_occurrence (visit_occurrence_id, person_id, visit_concept_id, visit_start_date, "
                + "visit_end_date, visit_type_concept_id) select g, 1 + g % " + persons + ", 2500 + g % 3, "
                + "date '2006-01-01' + " + draw("vd", 5000) + ", date '2006-01-01' + " + draw("vd", 5000) + " + 2, 0 "
                + "from generate_series(1, " + 5 * persons + ") g");
        sql.execute("insert into " + cdm + ".measurement (measurement_id, person_id, measurement_concept_id, measurement_date, "
                + "measurement_type_concept_id, value_as_number) select g, 1 + g % " + persons + ", 2600 + g % 10, "
                + "date '2006-01-01' + " + draw("md", 5000) + ", 0, " + draw("mv", 100) + " / 10.0 from generate_series(1, " + 5 * persons + ") g");
        migrator.migrate(SchemaKind.CDM, cdm, "indexes");
        migrator.migrate(SchemaKind.VOCAB, vocab, null);
        sql.execute("analyze");
    }

    /** A reproducible draw in [0, bound) per row g, from PostgreSQL's text hash salted per column. */
    private static String draw(String salt, int bound) {
        return "(abs(hashtext('" + salt + "' || g)) % " + bound + ")";
    }

    /** Twenty MS-study shapes: diagnosis, treatment, relapse-visit and lab cohorts with rules, eras and censoring. */
    static String definition(int i) {
        int family = i % 10 * 100 + 1;
        int drug = 2000 + i * 3;
        String sets = """
                [{"id": 0, "name": "diagnosis", "expression": {"items": [{"concept": {"CONCEPT_ID": %d}, "includeDescendants": true}]}},
                 {"id": 1, "name": "treatment", "expression": {"items": [{"concept": {"CONCEPT_ID": %d}}, {"concept": {"CONCEPT_ID": %d}}]}},
                 {"id": 2, "name": "visit", "expression": {"items": [{"concept": {"CONCEPT_ID": 2500}}]}},
                 {"id": 3, "name": "lab", "expression": {"items": [{"concept": {"CONCEPT_ID": %d}}]}}]"""
                .formatted(family, drug, drug + 1, 2600 + i % 10);
        return switch (i % 4) {
            case 0 -> """
                    {"ConceptSets": %s,
                     "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0, "First": true}}],
                       "ObservationWindow": {"PriorDays": 365, "PostDays": 0}},
                     "InclusionRules": [
                       {"name": "treated within a year", "expression": {"Type": "ALL", "CriteriaList": [{"Criteria": {"DrugExposure": {"CodesetId": 1}},
                         "StartWindow": {"Start": {"Days": 0, "Coeff": 1}, "End": {"Days": 365, "Coeff": 1}}, "Occurrence": {"Type": 2, "Count": 1}}]}},
                       {"name": "adult", "expression": {"Type": "ALL", "DemographicCriteriaList": [{"Age": {"Value": 18, "Op": "gte"}}]}}]}"""
                    .formatted(sets);
            case 1 -> """
                    {"ConceptSets": %s,
                     "PrimaryCriteria": {"CriteriaList": [{"DrugExposure": {"CodesetId": 1}}], "PrimaryCriteriaLimit": {"Type": "All"}},
                     "AdditionalCriteria": {"Type": "ALL", "CriteriaList": [{"Criteria": {"ConditionOccurrence": {"CodesetId": 0}},
                       "StartWindow": {"Start": {"Coeff": -1}, "End": {"Days": 0, "Coeff": 1}}, "Occurrence": {"Type": 2, "Count": 1}}]},
                     "QualifiedLimit": {"Type": "All"}, "ExpressionLimit": {"Type": "All"},
                     "EndStrategy": {"CustomEra": {"DrugCodesetId": 1, "GapDays": 30, "Offset": 0}},
                     "CollapseSettings": {"CollapseType": "ERA", "EraPad": 0}}"""
                    .formatted(sets);
            case 2 -> """
                    {"ConceptSets": %s,
                     "PrimaryCriteria": {"CriteriaList": [{"VisitOccurrence": {"CodesetId": 2}}], "PrimaryCriteriaLimit": {"Type": "All"}},
                     "AdditionalCriteria": {"Type": "ANY", "CriteriaList": [
                       {"Criteria": {"ConditionOccurrence": {"CodesetId": 0}}, "StartWindow": {"Start": {"Days": 7, "Coeff": -1},
                         "End": {"Days": 7, "Coeff": 1}}, "Occurrence": {"Type": 2, "Count": 1}},
                       {"Criteria": {"DrugExposure": {"CodesetId": 1}}, "StartWindow": {"Start": {"Days": 7, "Coeff": -1},
                         "End": {"Days": 7, "Coeff": 1}}, "Occurrence": {"Type": 2, "Count": 1}}]},
                     "QualifiedLimit": {"Type": "All"}, "ExpressionLimit": {"Type": "All"},
                     "EndStrategy": {"DateOffset": {"DateField": "EndDate", "Offset": 30}},
                     "CollapseSettings": {"CollapseType": "ERA", "EraPad": 90}}"""
                    .formatted(sets);
            default -> """
                    {"ConceptSets": %s,
                     "PrimaryCriteria": {"CriteriaList": [{"Measurement": {"CodesetId": 3, "ValueAsNumber": {"Value": 5, "Op": "gt"}}}],
                       "PrimaryCriteriaLimit": {"Type": "First"}},
                     "InclusionRules": [{"name": "diagnosed before", "expression": {"Type": "ALL", "CriteriaList": [
                       {"Criteria": {"ConditionOccurrence": {"CodesetId": 0}}, "StartWindow": {"Start": {"Coeff": -1},
                         "End": {"Days": 1, "Coeff": -1}}, "Occurrence": {"Type": 2, "Count": 1}}]}}],
                     "CensoringCriteria": [{"DrugExposure": {"CodesetId": 1}}]}"""
                    .formatted(sets);
        };
    }
}
