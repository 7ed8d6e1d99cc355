--liquibase formatted sql

--changeset myelin:cdm-person-location_id-fk labels:constraints
alter table person add constraint fpk_person_location_id foreign key (location_id) references location (location_id);

--changeset myelin:cdm-person-provider_id-fk labels:constraints
alter table person add constraint fpk_person_provider_id foreign key (provider_id) references provider (provider_id);

--changeset myelin:cdm-person-care_site_id-fk labels:constraints
alter table person add constraint fpk_person_care_site_id foreign key (care_site_id) references care_site (care_site_id);

--changeset myelin:cdm-observation_period-person_id-fk labels:constraints
alter table observation_period add constraint fpk_observation_period_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-visit_occurrence-person_id-fk labels:constraints
alter table visit_occurrence add constraint fpk_visit_occurrence_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-visit_occurrence-provider_id-fk labels:constraints
alter table visit_occurrence add constraint fpk_visit_occurrence_provider_id foreign key (provider_id) references provider (provider_id);

--changeset myelin:cdm-visit_occurrence-care_site_id-fk labels:constraints
alter table visit_occurrence add constraint fpk_visit_occurrence_care_site_id foreign key (care_site_id) references care_site (care_site_id);

--changeset myelin:cdm-visit_occurrence-preceding_visit_occurrence_id-fk labels:constraints
alter table visit_occurrence add constraint fpk_visit_occurrence_preceding_visit_occurrence_id foreign key (preceding_visit_occurrence_id) references visit_occurrence (visit_occurrence_id);

--changeset myelin:cdm-visit_detail-person_id-fk labels:constraints
alter table visit_detail add constraint fpk_visit_detail_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-visit_detail-provider_id-fk labels:constraints
alter table visit_detail add constraint fpk_visit_detail_provider_id foreign key (provider_id) references provider (provider_id);

--changeset myelin:cdm-visit_detail-care_site_id-fk labels:constraints
alter table visit_detail add constraint fpk_visit_detail_care_site_id foreign key (care_site_id) references care_site (care_site_id);

--changeset myelin:cdm-visit_detail-preceding_visit_detail_id-fk labels:constraints
alter table visit_detail add constraint fpk_visit_detail_preceding_visit_detail_id foreign key (preceding_visit_detail_id) references visit_detail (visit_detail_id);

--changeset myelin:cdm-visit_detail-parent_visit_detail_id-fk labels:constraints
alter table visit_detail add constraint fpk_visit_detail_parent_visit_detail_id foreign key (parent_visit_detail_id) references visit_detail (visit_detail_id);

--changeset myelin:cdm-visit_detail-visit_occurrence_id-fk labels:constraints
alter table visit_detail add constraint fpk_visit_detail_visit_occurrence_id foreign key (visit_occurrence_id) references visit_occurrence (visit_occurrence_id);

--changeset myelin:cdm-condition_occurrence-person_id-fk labels:constraints
alter table condition_occurrence add constraint fpk_condition_occurrence_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-condition_occurrence-provider_id-fk labels:constraints
alter table condition_occurrence add constraint fpk_condition_occurrence_provider_id foreign key (provider_id) references provider (provider_id);

--changeset myelin:cdm-condition_occurrence-visit_occurrence_id-fk labels:constraints
alter table condition_occurrence add constraint fpk_condition_occurrence_visit_occurrence_id foreign key (visit_occurrence_id) references visit_occurrence (visit_occurrence_id);

--changeset myelin:cdm-condition_occurrence-visit_detail_id-fk labels:constraints
alter table condition_occurrence add constraint fpk_condition_occurrence_visit_detail_id foreign key (visit_detail_id) references visit_detail (visit_detail_id);

--changeset myelin:cdm-drug_exposure-person_id-fk labels:constraints
alter table drug_exposure add constraint fpk_drug_exposure_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-drug_exposure-provider_id-fk labels:constraints
alter table drug_exposure add constraint fpk_drug_exposure_provider_id foreign key (provider_id) references provider (provider_id);

--changeset myelin:cdm-drug_exposure-visit_occurrence_id-fk labels:constraints
alter table drug_exposure add constraint fpk_drug_exposure_visit_occurrence_id foreign key (visit_occurrence_id) references visit_occurrence (visit_occurrence_id);

--changeset myelin:cdm-drug_exposure-visit_detail_id-fk labels:constraints
alter table drug_exposure add constraint fpk_drug_exposure_visit_detail_id foreign key (visit_detail_id) references visit_detail (visit_detail_id);

--changeset myelin:cdm-procedure_occurrence-person_id-fk labels:constraints
alter table procedure_occurrence add constraint fpk_procedure_occurrence_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-procedure_occurrence-provider_id-fk labels:constraints
alter table procedure_occurrence add constraint fpk_procedure_occurrence_provider_id foreign key (provider_id) references provider (provider_id);

--changeset myelin:cdm-procedure_occurrence-visit_occurrence_id-fk labels:constraints
alter table procedure_occurrence add constraint fpk_procedure_occurrence_visit_occurrence_id foreign key (visit_occurrence_id) references visit_occurrence (visit_occurrence_id);

--changeset myelin:cdm-procedure_occurrence-visit_detail_id-fk labels:constraints
alter table procedure_occurrence add constraint fpk_procedure_occurrence_visit_detail_id foreign key (visit_detail_id) references visit_detail (visit_detail_id);

--changeset myelin:cdm-device_exposure-person_id-fk labels:constraints
alter table device_exposure add constraint fpk_device_exposure_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-device_exposure-provider_id-fk labels:constraints
alter table device_exposure add constraint fpk_device_exposure_provider_id foreign key (provider_id) references provider (provider_id);

--changeset myelin:cdm-device_exposure-visit_occurrence_id-fk labels:constraints
alter table device_exposure add constraint fpk_device_exposure_visit_occurrence_id foreign key (visit_occurrence_id) references visit_occurrence (visit_occurrence_id);

--changeset myelin:cdm-device_exposure-visit_detail_id-fk labels:constraints
alter table device_exposure add constraint fpk_device_exposure_visit_detail_id foreign key (visit_detail_id) references visit_detail (visit_detail_id);

--changeset myelin:cdm-measurement-person_id-fk labels:constraints
alter table measurement add constraint fpk_measurement_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-measurement-provider_id-fk labels:constraints
alter table measurement add constraint fpk_measurement_provider_id foreign key (provider_id) references provider (provider_id);

--changeset myelin:cdm-measurement-visit_occurrence_id-fk labels:constraints
alter table measurement add constraint fpk_measurement_visit_occurrence_id foreign key (visit_occurrence_id) references visit_occurrence (visit_occurrence_id);

--changeset myelin:cdm-measurement-visit_detail_id-fk labels:constraints
alter table measurement add constraint fpk_measurement_visit_detail_id foreign key (visit_detail_id) references visit_detail (visit_detail_id);

--changeset myelin:cdm-observation-person_id-fk labels:constraints
alter table observation add constraint fpk_observation_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-observation-provider_id-fk labels:constraints
alter table observation add constraint fpk_observation_provider_id foreign key (provider_id) references provider (provider_id);

--changeset myelin:cdm-observation-visit_occurrence_id-fk labels:constraints
alter table observation add constraint fpk_observation_visit_occurrence_id foreign key (visit_occurrence_id) references visit_occurrence (visit_occurrence_id);

--changeset myelin:cdm-observation-visit_detail_id-fk labels:constraints
alter table observation add constraint fpk_observation_visit_detail_id foreign key (visit_detail_id) references visit_detail (visit_detail_id);

--changeset myelin:cdm-death-person_id-fk labels:constraints
alter table death add constraint fpk_death_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-note-person_id-fk labels:constraints
alter table note add constraint fpk_note_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-note-provider_id-fk labels:constraints
alter table note add constraint fpk_note_provider_id foreign key (provider_id) references provider (provider_id);

--changeset myelin:cdm-note-visit_occurrence_id-fk labels:constraints
alter table note add constraint fpk_note_visit_occurrence_id foreign key (visit_occurrence_id) references visit_occurrence (visit_occurrence_id);

--changeset myelin:cdm-note-visit_detail_id-fk labels:constraints
alter table note add constraint fpk_note_visit_detail_id foreign key (visit_detail_id) references visit_detail (visit_detail_id);

--changeset myelin:cdm-specimen-person_id-fk labels:constraints
alter table specimen add constraint fpk_specimen_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-care_site-location_id-fk labels:constraints
alter table care_site add constraint fpk_care_site_location_id foreign key (location_id) references location (location_id);

--changeset myelin:cdm-provider-care_site_id-fk labels:constraints
alter table provider add constraint fpk_provider_care_site_id foreign key (care_site_id) references care_site (care_site_id);

--changeset myelin:cdm-payer_plan_period-person_id-fk labels:constraints
alter table payer_plan_period add constraint fpk_payer_plan_period_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-drug_era-person_id-fk labels:constraints
alter table drug_era add constraint fpk_drug_era_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-dose_era-person_id-fk labels:constraints
alter table dose_era add constraint fpk_dose_era_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-condition_era-person_id-fk labels:constraints
alter table condition_era add constraint fpk_condition_era_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-episode-person_id-fk labels:constraints
alter table episode add constraint fpk_episode_person_id foreign key (person_id) references person (person_id);

--changeset myelin:cdm-episode_event-episode_id-fk labels:constraints
alter table episode_event add constraint fpk_episode_event_episode_id foreign key (episode_id) references episode (episode_id);
