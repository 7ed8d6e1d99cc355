package org.myelin.cohort.study;

import org.jooq.DSLContext;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;

/**
 * A CDM of ten persons (ids 900001 to 900010) on the MS starter vocabulary, with a target cohort 101 entered on
 * 2020-01-01 and an outcome cohort 201 written directly into the results tables, so that every analysis can be
 * computed by hand (see {@link StudyAnalysesTests}). Concepts are looked up by vocabulary and code or name.
 */
final class HandBuiltCdm {

    static final int TARGET = 101;
    static final int OUTCOME = 201;

    private HandBuiltCdm() {
    }

    static void load(TestDatabase database) {
        database.migrate();
        new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent()).loadStarter();
        DSLContext sql = database.sql();
        // persons 1-6 women born 1980 (40 at index), 7-10 men born 1960 (60 at index)
        sql.execute("""
                insert into cdm.person (person_id, gender_concept_id, year_of_birth, race_concept_id, ethnicity_concept_id)
                select 900000 + g, (select concept_id from vocab.concept where vocabulary_id = 'Gender'
                  and concept_code = case when g <= 6 then 'F' else 'M' end), case when g <= 6 then 1980 else 1960 end, 0, 0
                from generate_series(1, 10) g""");
        sql.execute("""
                insert into cdm.observation_period select g, 900000 + g, date '2005-01-01', date '2024-12-31', 0
                from generate_series(1, 10) g""");
        condition(sql, 1, 1, "SNOMED", "24700007", "2010-01-01");
        condition(sql, 2, 2, "SNOMED", "24700007", "2016-01-01");
        sql.execute("insert into cdm.observation (observation_id, person_id, observation_concept_id, observation_date, "
                + "observation_type_concept_id) values (1, 900002, " + concept("Myelin", "MS_ONSET") + ", "
                + "date '2015-01-01', 0)");
        // relapses: person 1 twice in the year before index, person 2 before that year, person 3 the day before
        condition(sql, 3, 1, "Myelin", "RELAPSE", "2019-03-01");
        condition(sql, 4, 1, "Myelin", "RELAPSE", "2019-10-01");
        condition(sql, 5, 2, "Myelin", "RELAPSE", "2018-12-01");
        condition(sql, 6, 3, "Myelin", "RELAPSE", "2019-12-31");
        // EDSS: person 1 latest 3.5, person 2 6.0, person 3 only more than a year before, person 4 on the index day
        edss(sql, 1, 1, "2019-06-01", 2.0);
        edss(sql, 2, 1, "2019-12-01", 3.5);
        edss(sql, 3, 2, "2019-12-31", 6.0);
        edss(sql, 4, 3, "2018-01-01", 1.0);
        edss(sql, 5, 4, "2020-01-01", 4.0);
        // DMTs: 1 natalizumab then fingolimod; 2 natalizumab twice; 3 natalizumab after index;
        // 4 fingolimod, natalizumab, then ocrelizumab after index
        drug(sql, 1, 1, "natalizumab", "2018-01-01");
        drug(sql, 2, 1, "fingolimod", "2019-01-01");
        drug(sql, 3, 2, "natalizumab", "2019-01-01");
        drug(sql, 4, 2, "natalizumab", "2019-06-01");
        drug(sql, 5, 3, "natalizumab", "2021-01-01");
        drug(sql, 6, 4, "fingolimod", "2017-01-01");
        drug(sql, 7, 4, "natalizumab", "2018-01-01");
        drug(sql, 8, 4, "ocrelizumab", "2021-01-01");
        sql.execute("insert into cdm.cdm_source (cdm_source_name, cdm_source_abbreviation, cdm_holder, "
                + "source_release_date, cdm_release_date, cdm_version, cdm_version_concept_id, vocabulary_version) "
                + "values ('Hand-built test CDM', 'HAND', 'Myelin tests', date '2026-01-01', date '2026-01-02', "
                + "'v5.4', 0, 'starter')");
        // target: everyone from 2020-01-01 for two years, person 6 leaves on day 150
        sql.execute("""
                insert into results.cohort select 101, 900000 + g, date '2020-01-01',
                  case when g = 6 then date '2020-05-30' else date '2022-01-01' end from generate_series(1, 10) g""");
        // outcome: persons 1, 2, 3 on days 100, 200 and 366; person 4 before index, person 5 after the period
        sql.execute("""
                insert into results.cohort values (201, 900001, date '2020-04-10', date '2020-04-10'),
                  (201, 900002, date '2020-07-19', date '2020-07-19'), (201, 900003, date '2021-01-01', date '2021-01-01'),
                  (201, 900004, date '2019-06-01', date '2019-06-01'), (201, 900005, date '2023-01-01', date '2023-01-01')""");
        for (int cohort : new int[] {TARGET, OUTCOME}) {
            sql.execute("insert into results.cohort_definition (cohort_definition_id, cohort_definition_name, "
                    + "definition_type_concept_id, subject_concept_id) values (" + cohort + ", 'hand-built " + cohort
                    + "', 0, 0)");
        }
    }

    private static String concept(String vocabulary, String code) {
        return "(select concept_id from vocab.concept where vocabulary_id = '" + vocabulary + "' and concept_code = '"
                + code + "')";
    }

    private static void condition(DSLContext sql, int id, int person, String vocabulary, String code, String date) {
        sql.execute("insert into cdm.condition_occurrence (condition_occurrence_id, person_id, condition_concept_id, "
                + "condition_start_date, condition_type_concept_id) values (" + id + ", " + (900000 + person) + ", "
                + concept(vocabulary, code) + ", date '" + date + "', 0)");
    }

    private static void edss(DSLContext sql, int id, int person, String date, double score) {
        sql.execute("insert into cdm.measurement (measurement_id, person_id, measurement_concept_id, measurement_date, "
                + "measurement_type_concept_id, value_as_number) values (" + id + ", " + (900000 + person) + ", "
                + concept("Myelin", "EDSS") + ", date '" + date + "', 0, " + score + ")");
    }

    private static void drug(DSLContext sql, int id, int person, String ingredient, String date) {
        sql.execute("insert into cdm.drug_exposure (drug_exposure_id, person_id, drug_concept_id, "
                + "drug_exposure_start_date, drug_exposure_end_date, drug_type_concept_id) values (" + id + ", "
                + (900000 + person) + ", (select concept_id from vocab.concept where vocabulary_id = 'RxNorm' "
                + "and concept_name = '" + ingredient + "'), date '" + date + "', date '" + date + "' + 30, 0)");
    }
}
