--liquibase formatted sql

--changeset myelin:cdm-person-gender_concept_id-idx labels:indexes
create index idx_person_gender_concept_id on person (gender_concept_id);

--changeset myelin:cdm-observation_period-person_id-idx labels:indexes
create index idx_observation_period_person_id on observation_period (person_id);

--changeset myelin:cdm-visit_occurrence-person_id-idx labels:indexes
create index idx_visit_occurrence_person_id on visit_occurrence (person_id);

--changeset myelin:cdm-visit_detail-person_id-idx labels:indexes
create index idx_visit_detail_person_id on visit_detail (person_id);

--changeset myelin:cdm-condition_occurrence-person_id-idx labels:indexes
create index idx_condition_occurrence_person_id on condition_occurrence (person_id);

--changeset myelin:cdm-drug_exposure-person_id-idx labels:indexes
create index idx_drug_exposure_person_id on drug_exposure (person_id);

--changeset myelin:cdm-procedure_occurrence-person_id-idx labels:indexes
create index idx_procedure_occurrence_person_id on procedure_occurrence (person_id);

--changeset myelin:cdm-device_exposure-person_id-idx labels:indexes
create index idx_device_exposure_person_id on device_exposure (person_id);

--changeset myelin:cdm-measurement-person_id-idx labels:indexes
create index idx_measurement_person_id on measurement (person_id);

--changeset myelin:cdm-observation-person_id-idx labels:indexes
create index idx_observation_person_id on observation (person_id);

--changeset myelin:cdm-death-person_id-idx labels:indexes
create index idx_death_person_id on death (person_id);

--changeset myelin:cdm-note-person_id-idx labels:indexes
create index idx_note_person_id on note (person_id);

--changeset myelin:cdm-specimen-person_id-idx labels:indexes
create index idx_specimen_person_id on specimen (person_id);

--changeset myelin:cdm-payer_plan_period-person_id-idx labels:indexes
create index idx_payer_plan_period_person_id on payer_plan_period (person_id);

--changeset myelin:cdm-drug_era-person_id-idx labels:indexes
create index idx_drug_era_person_id on drug_era (person_id);

--changeset myelin:cdm-dose_era-person_id-idx labels:indexes
create index idx_dose_era_person_id on dose_era (person_id);

--changeset myelin:cdm-condition_era-person_id-idx labels:indexes
create index idx_condition_era_person_id on condition_era (person_id);

--changeset myelin:cdm-episode-person_id-idx labels:indexes
create index idx_episode_person_id on episode (person_id);

--changeset myelin:cdm-visit_occurrence-visit_concept_id-idx labels:indexes
create index idx_visit_occurrence_visit_concept_id on visit_occurrence (visit_concept_id);

--changeset myelin:cdm-visit_detail-visit_detail_concept_id-idx labels:indexes
create index idx_visit_detail_visit_detail_concept_id on visit_detail (visit_detail_concept_id);

--changeset myelin:cdm-condition_occurrence-condition_concept_id-idx labels:indexes
create index idx_condition_occurrence_condition_concept_id on condition_occurrence (condition_concept_id);

--changeset myelin:cdm-drug_exposure-drug_concept_id-idx labels:indexes
create index idx_drug_exposure_drug_concept_id on drug_exposure (drug_concept_id);

--changeset myelin:cdm-procedure_occurrence-procedure_concept_id-idx labels:indexes
create index idx_procedure_occurrence_procedure_concept_id on procedure_occurrence (procedure_concept_id);

--changeset myelin:cdm-device_exposure-device_concept_id-idx labels:indexes
create index idx_device_exposure_device_concept_id on device_exposure (device_concept_id);

--changeset myelin:cdm-measurement-measurement_concept_id-idx labels:indexes
create index idx_measurement_measurement_concept_id on measurement (measurement_concept_id);

--changeset myelin:cdm-observation-observation_concept_id-idx labels:indexes
create index idx_observation_observation_concept_id on observation (observation_concept_id);

--changeset myelin:cdm-note_nlp-note_nlp_concept_id-idx labels:indexes
create index idx_note_nlp_note_nlp_concept_id on note_nlp (note_nlp_concept_id);

--changeset myelin:cdm-specimen-specimen_concept_id-idx labels:indexes
create index idx_specimen_specimen_concept_id on specimen (specimen_concept_id);

--changeset myelin:cdm-drug_era-drug_concept_id-idx labels:indexes
create index idx_drug_era_drug_concept_id on drug_era (drug_concept_id);

--changeset myelin:cdm-condition_era-condition_concept_id-idx labels:indexes
create index idx_condition_era_condition_concept_id on condition_era (condition_concept_id);

--changeset myelin:cdm-episode-episode_concept_id-idx labels:indexes
create index idx_episode_episode_concept_id on episode (episode_concept_id);

--changeset myelin:cdm-metadata-metadata_concept_id-idx labels:indexes
create index idx_metadata_metadata_concept_id on metadata (metadata_concept_id);

--changeset myelin:cdm-condition_occurrence-visit_occurrence_id-idx labels:indexes
create index idx_condition_occurrence_visit_occurrence_id on condition_occurrence (visit_occurrence_id);

--changeset myelin:cdm-drug_exposure-visit_occurrence_id-idx labels:indexes
create index idx_drug_exposure_visit_occurrence_id on drug_exposure (visit_occurrence_id);

--changeset myelin:cdm-procedure_occurrence-visit_occurrence_id-idx labels:indexes
create index idx_procedure_occurrence_visit_occurrence_id on procedure_occurrence (visit_occurrence_id);

--changeset myelin:cdm-device_exposure-visit_occurrence_id-idx labels:indexes
create index idx_device_exposure_visit_occurrence_id on device_exposure (visit_occurrence_id);

--changeset myelin:cdm-measurement-visit_occurrence_id-idx labels:indexes
create index idx_measurement_visit_occurrence_id on measurement (visit_occurrence_id);

--changeset myelin:cdm-observation-visit_occurrence_id-idx labels:indexes
create index idx_observation_visit_occurrence_id on observation (visit_occurrence_id);

--changeset myelin:cdm-visit_detail-visit_occurrence_id-idx labels:indexes
create index idx_visit_detail_visit_occurrence_id on visit_detail (visit_occurrence_id);

--changeset myelin:cdm-note-visit_occurrence_id-idx labels:indexes
create index idx_note_visit_occurrence_id on note (visit_occurrence_id);
