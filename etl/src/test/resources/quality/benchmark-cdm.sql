-- A synthetic CDM of :persons persons for the data-quality benchmark, generated in the database (no files).
-- Per person: 1 observation period, 10 visits, 10 conditions, 5 drug exposures, 20 measurements, 5 observations,
-- 1 condition era; 5 % of persons die. Concept ids are those of QualityFixture's test vocabulary.
insert into cdm_bench.person (person_id, gender_concept_id, year_of_birth, month_of_birth, day_of_birth, race_concept_id,
    ethnicity_concept_id, person_source_value, gender_source_value)
select p, case when p % 2 = 0 then 8507 else 8532 end, 1940 + p % 60, 1 + p % 12, 1 + p % 28, 0, 0, 'p' || p,
    case when p % 2 = 0 then 'M' else 'F' end
from generate_series(1, :persons) p;

insert into cdm_bench.observation_period (observation_period_id, person_id, observation_period_start_date,
    observation_period_end_date, period_type_concept_id)
select p, p, date '2004-01-01' + p % 365, date '2024-12-31', 32817 from generate_series(1, :persons) p;

insert into cdm_bench.visit_occurrence (visit_occurrence_id, person_id, visit_concept_id, visit_start_date, visit_end_date,
    visit_type_concept_id, visit_source_value)
select (p - 1) * 10 + k, p, 0, date '2005-01-01' + k * 300 + p % 200, date '2005-01-02' + k * 300 + p % 200, 32817, 'op'
from generate_series(1, :persons) p, generate_series(1, 10) k;

insert into cdm_bench.condition_occurrence (condition_occurrence_id, person_id, condition_concept_id, condition_start_date,
    condition_type_concept_id, visit_occurrence_id, condition_source_value, condition_source_concept_id)
select (p - 1) * 10 + k, p, case k when 1 then 201 when 2 then 500 when 3 then 202 when 4 then 600 else 0 end,
    date '2005-01-01' + k * 300 + p % 200, 32817, (p - 1) * 10 + k, 'c' || k, 0
from generate_series(1, :persons) p, generate_series(1, 10) k;

insert into cdm_bench.drug_exposure (drug_exposure_id, person_id, drug_concept_id, drug_exposure_start_date,
    drug_exposure_end_date, drug_type_concept_id, days_supply, quantity, drug_source_value)
select (p - 1) * 5 + k, p, case when k % 2 = 0 then 400 else 401 end, date '2005-06-01' + k * 400 + p % 200,
    date '2005-07-01' + k * 400 + p % 200, 32817, 30, 1, 'd' || k
from generate_series(1, :persons) p, generate_series(1, 5) k;

insert into cdm_bench.measurement (measurement_id, person_id, measurement_concept_id, measurement_date,
    measurement_type_concept_id, value_as_number, unit_concept_id, visit_occurrence_id, measurement_source_value)
select (p - 1) * 20 + k, p, case when k <= 10 then 300 when k <= 15 then 301 else 700 end,
    date '2005-01-01' + (k % 10 + 1) * 300 + p % 200, 32817,
    case when k <= 10 then (p + k) % 21 / 2.0 when k <= 15 then (p + k) % 6 else 150 + p % 50 end,
    case when k > 15 then 701 end, (p - 1) * 10 + k % 10 + 1, 'm' || k
from generate_series(1, :persons) p, generate_series(1, 20) k;

insert into cdm_bench.observation (observation_id, person_id, observation_concept_id, observation_date,
    observation_type_concept_id, value_as_number, observation_source_value)
select (p - 1) * 5 + k, p, 0, date '2006-01-01' + k * 100 + p % 200, 32817, k, 'o' || k
from generate_series(1, :persons) p, generate_series(1, 5) k;

insert into cdm_bench.death (person_id, death_date, death_type_concept_id)
select p, date '2024-06-01', 32817 from generate_series(1, :persons) p where p % 20 = 0;

insert into cdm_bench.condition_era (condition_era_id, person_id, condition_concept_id, condition_era_start_date,
    condition_era_end_date, condition_occurrence_count)
select p, p, 201, date '2005-01-01' + 300 + p % 200, date '2005-01-01' + 300 + p % 200, 1 from generate_series(1, :persons) p;
