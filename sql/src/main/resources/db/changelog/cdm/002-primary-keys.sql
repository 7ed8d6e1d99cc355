--liquibase formatted sql

--changeset myelin:cdm-person-pk labels:constraints
alter table person add constraint xpk_person primary key (person_id);

--changeset myelin:cdm-observation_period-pk labels:constraints
alter table observation_period add constraint xpk_observation_period primary key (observation_period_id);

--changeset myelin:cdm-visit_occurrence-pk labels:constraints
alter table visit_occurrence add constraint xpk_visit_occurrence primary key (visit_occurrence_id);

--changeset myelin:cdm-visit_detail-pk labels:constraints
alter table visit_detail add constraint xpk_visit_detail primary key (visit_detail_id);

--changeset myelin:cdm-condition_occurrence-pk labels:constraints
alter table condition_occurrence add constraint xpk_condition_occurrence primary key (condition_occurrence_id);

--changeset myelin:cdm-drug_exposure-pk labels:constraints
alter table drug_exposure add constraint xpk_drug_exposure primary key (drug_exposure_id);

--changeset myelin:cdm-procedure_occurrence-pk labels:constraints
alter table procedure_occurrence add constraint xpk_procedure_occurrence primary key (procedure_occurrence_id);

--changeset myelin:cdm-device_exposure-pk labels:constraints
alter table device_exposure add constraint xpk_device_exposure primary key (device_exposure_id);

--changeset myelin:cdm-measurement-pk labels:constraints
alter table measurement add constraint xpk_measurement primary key (measurement_id);

--changeset myelin:cdm-observation-pk labels:constraints
alter table observation add constraint xpk_observation primary key (observation_id);

--changeset myelin:cdm-note-pk labels:constraints
alter table note add constraint xpk_note primary key (note_id);

--changeset myelin:cdm-note_nlp-pk labels:constraints
alter table note_nlp add constraint xpk_note_nlp primary key (note_nlp_id);

--changeset myelin:cdm-specimen-pk labels:constraints
alter table specimen add constraint xpk_specimen primary key (specimen_id);

--changeset myelin:cdm-location-pk labels:constraints
alter table location add constraint xpk_location primary key (location_id);

--changeset myelin:cdm-care_site-pk labels:constraints
alter table care_site add constraint xpk_care_site primary key (care_site_id);

--changeset myelin:cdm-provider-pk labels:constraints
alter table provider add constraint xpk_provider primary key (provider_id);

--changeset myelin:cdm-payer_plan_period-pk labels:constraints
alter table payer_plan_period add constraint xpk_payer_plan_period primary key (payer_plan_period_id);

--changeset myelin:cdm-cost-pk labels:constraints
alter table cost add constraint xpk_cost primary key (cost_id);

--changeset myelin:cdm-drug_era-pk labels:constraints
alter table drug_era add constraint xpk_drug_era primary key (drug_era_id);

--changeset myelin:cdm-dose_era-pk labels:constraints
alter table dose_era add constraint xpk_dose_era primary key (dose_era_id);

--changeset myelin:cdm-condition_era-pk labels:constraints
alter table condition_era add constraint xpk_condition_era primary key (condition_era_id);

--changeset myelin:cdm-episode-pk labels:constraints
alter table episode add constraint xpk_episode primary key (episode_id);

--changeset myelin:cdm-metadata-pk labels:constraints
alter table metadata add constraint xpk_metadata primary key (metadata_id);
