--liquibase formatted sql

--changeset myelin:cdm-person-table labels:tables
create table person (
    person_id integer not null,
    gender_concept_id integer not null,
    year_of_birth integer not null,
    month_of_birth integer,
    day_of_birth integer,
    birth_datetime timestamp,
    race_concept_id integer not null,
    ethnicity_concept_id integer not null,
    location_id integer,
    provider_id integer,
    care_site_id integer,
    person_source_value varchar(50),
    gender_source_value varchar(50),
    gender_source_concept_id integer,
    race_source_value varchar(50),
    race_source_concept_id integer,
    ethnicity_source_value varchar(50),
    ethnicity_source_concept_id integer
);

--changeset myelin:cdm-observation_period-table labels:tables
create table observation_period (
    observation_period_id integer not null,
    person_id integer not null,
    observation_period_start_date date not null,
    observation_period_end_date date not null,
    period_type_concept_id integer not null
);

--changeset myelin:cdm-visit_occurrence-table labels:tables
create table visit_occurrence (
    visit_occurrence_id integer not null,
    person_id integer not null,
    visit_concept_id integer not null,
    visit_start_date date not null,
    visit_start_datetime timestamp,
    visit_end_date date not null,
    visit_end_datetime timestamp,
    visit_type_concept_id integer not null,
    provider_id integer,
    care_site_id integer,
    visit_source_value varchar(50),
    visit_source_concept_id integer,
    admitted_from_concept_id integer,
    admitted_from_source_value varchar(50),
    discharged_to_concept_id integer,
    discharged_to_source_value varchar(50),
    preceding_visit_occurrence_id integer
);

--changeset myelin:cdm-visit_detail-table labels:tables
create table visit_detail (
    visit_detail_id integer not null,
    person_id integer not null,
    visit_detail_concept_id integer not null,
    visit_detail_start_date date not null,
    visit_detail_start_datetime timestamp,
    visit_detail_end_date date not null,
    visit_detail_end_datetime timestamp,
    visit_detail_type_concept_id integer not null,
    provider_id integer,
    care_site_id integer,
    visit_detail_source_value varchar(50),
    visit_detail_source_concept_id integer,
    admitted_from_concept_id integer,
    admitted_from_source_value varchar(50),
    discharged_to_source_value varchar(50),
    discharged_to_concept_id integer,
    preceding_visit_detail_id integer,
    parent_visit_detail_id integer,
    visit_occurrence_id integer not null
);

--changeset myelin:cdm-condition_occurrence-table labels:tables
create table condition_occurrence (
    condition_occurrence_id integer not null,
    person_id integer not null,
    condition_concept_id integer not null,
    condition_start_date date not null,
    condition_start_datetime timestamp,
    condition_end_date date,
    condition_end_datetime timestamp,
    condition_type_concept_id integer not null,
    condition_status_concept_id integer,
    stop_reason varchar(20),
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    condition_source_value varchar(50),
    condition_source_concept_id integer,
    condition_status_source_value varchar(50)
);

--changeset myelin:cdm-drug_exposure-table labels:tables
create table drug_exposure (
    drug_exposure_id integer not null,
    person_id integer not null,
    drug_concept_id integer not null,
    drug_exposure_start_date date not null,
    drug_exposure_start_datetime timestamp,
    drug_exposure_end_date date not null,
    drug_exposure_end_datetime timestamp,
    verbatim_end_date date,
    drug_type_concept_id integer not null,
    stop_reason varchar(20),
    refills integer,
    quantity numeric,
    days_supply integer,
    sig text,
    route_concept_id integer,
    lot_number varchar(50),
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    drug_source_value varchar(50),
    drug_source_concept_id integer,
    route_source_value varchar(50),
    dose_unit_source_value varchar(50)
);

--changeset myelin:cdm-procedure_occurrence-table labels:tables
create table procedure_occurrence (
    procedure_occurrence_id integer not null,
    person_id integer not null,
    procedure_concept_id integer not null,
    procedure_date date not null,
    procedure_datetime timestamp,
    procedure_end_date date,
    procedure_end_datetime timestamp,
    procedure_type_concept_id integer not null,
    modifier_concept_id integer,
    quantity integer,
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    procedure_source_value varchar(50),
    procedure_source_concept_id integer,
    modifier_source_value varchar(50)
);

--changeset myelin:cdm-device_exposure-table labels:tables
create table device_exposure (
    device_exposure_id integer not null,
    person_id integer not null,
    device_concept_id integer not null,
    device_exposure_start_date date not null,
    device_exposure_start_datetime timestamp,
    device_exposure_end_date date,
    device_exposure_end_datetime timestamp,
    device_type_concept_id integer not null,
    unique_device_id varchar(255),
    production_id varchar(255),
    quantity integer,
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    device_source_value varchar(50),
    device_source_concept_id integer,
    unit_concept_id integer,
    unit_source_value varchar(50),
    unit_source_concept_id integer
);

--changeset myelin:cdm-measurement-table labels:tables
create table measurement (
    measurement_id integer not null,
    person_id integer not null,
    measurement_concept_id integer not null,
    measurement_date date not null,
    measurement_datetime timestamp,
    measurement_time varchar(10),
    measurement_type_concept_id integer not null,
    operator_concept_id integer,
    value_as_number numeric,
    value_as_concept_id integer,
    unit_concept_id integer,
    range_low numeric,
    range_high numeric,
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    measurement_source_value varchar(50),
    measurement_source_concept_id integer,
    unit_source_value varchar(50),
    unit_source_concept_id integer,
    value_source_value varchar(50),
    measurement_event_id integer,
    meas_event_field_concept_id integer
);

--changeset myelin:cdm-observation-table labels:tables
create table observation (
    observation_id integer not null,
    person_id integer not null,
    observation_concept_id integer not null,
    observation_date date not null,
    observation_datetime timestamp,
    observation_type_concept_id integer not null,
    value_as_number numeric,
    value_as_string varchar(60),
    value_as_concept_id integer,
    qualifier_concept_id integer,
    unit_concept_id integer,
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    observation_source_value varchar(50),
    observation_source_concept_id integer,
    unit_source_value varchar(50),
    qualifier_source_value varchar(50),
    value_source_value varchar(50),
    observation_event_id integer,
    obs_event_field_concept_id integer
);

--changeset myelin:cdm-death-table labels:tables
create table death (
    person_id integer not null,
    death_date date not null,
    death_datetime timestamp,
    death_type_concept_id integer,
    cause_concept_id integer,
    cause_source_value varchar(50),
    cause_source_concept_id integer
);

--changeset myelin:cdm-note-table labels:tables
create table note (
    note_id integer not null,
    person_id integer not null,
    note_date date not null,
    note_datetime timestamp,
    note_type_concept_id integer not null,
    note_class_concept_id integer not null,
    note_title varchar(250),
    note_text text not null,
    encoding_concept_id integer not null,
    language_concept_id integer not null,
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    note_source_value varchar(50),
    note_event_id integer,
    note_event_field_concept_id integer
);

--changeset myelin:cdm-note_nlp-table labels:tables
create table note_nlp (
    note_nlp_id integer not null,
    note_id integer not null,
    section_concept_id integer,
    snippet varchar(250),
    "offset" varchar(50),
    lexical_variant varchar(250) not null,
    note_nlp_concept_id integer,
    note_nlp_source_concept_id integer,
    nlp_system varchar(250),
    nlp_date date not null,
    nlp_datetime timestamp,
    term_exists varchar(1),
    term_temporal varchar(50),
    term_modifiers varchar(2000)
);

--changeset myelin:cdm-specimen-table labels:tables
create table specimen (
    specimen_id integer not null,
    person_id integer not null,
    specimen_concept_id integer not null,
    specimen_type_concept_id integer not null,
    specimen_date date not null,
    specimen_datetime timestamp,
    quantity numeric,
    unit_concept_id integer,
    anatomic_site_concept_id integer,
    disease_status_concept_id integer,
    specimen_source_id varchar(50),
    specimen_source_value varchar(50),
    unit_source_value varchar(50),
    anatomic_site_source_value varchar(50),
    disease_status_source_value varchar(50)
);

--changeset myelin:cdm-fact_relationship-table labels:tables
create table fact_relationship (
    domain_concept_id_1 integer not null,
    fact_id_1 integer not null,
    domain_concept_id_2 integer not null,
    fact_id_2 integer not null,
    relationship_concept_id integer not null
);

--changeset myelin:cdm-location-table labels:tables
create table location (
    location_id integer not null,
    address_1 varchar(50),
    address_2 varchar(50),
    city varchar(50),
    state varchar(2),
    zip varchar(9),
    county varchar(20),
    location_source_value varchar(50),
    country_concept_id integer,
    country_source_value varchar(80),
    latitude numeric,
    longitude numeric
);

--changeset myelin:cdm-care_site-table labels:tables
create table care_site (
    care_site_id integer not null,
    care_site_name varchar(255),
    place_of_service_concept_id integer,
    location_id integer,
    care_site_source_value varchar(50),
    place_of_service_source_value varchar(50)
);

--changeset myelin:cdm-provider-table labels:tables
create table provider (
    provider_id integer not null,
    provider_name varchar(255),
    npi varchar(20),
    dea varchar(20),
    specialty_concept_id integer,
    care_site_id integer,
    year_of_birth integer,
    gender_concept_id integer,
    provider_source_value varchar(50),
    specialty_source_value varchar(50),
    specialty_source_concept_id integer,
    gender_source_value varchar(50),
    gender_source_concept_id integer
);

--changeset myelin:cdm-payer_plan_period-table labels:tables
create table payer_plan_period (
    payer_plan_period_id integer not null,
    person_id integer not null,
    payer_plan_period_start_date date not null,
    payer_plan_period_end_date date not null,
    payer_concept_id integer,
    payer_source_value varchar(50),
    payer_source_concept_id integer,
    plan_concept_id integer,
    plan_source_value varchar(50),
    plan_source_concept_id integer,
    sponsor_concept_id integer,
    sponsor_source_value varchar(50),
    sponsor_source_concept_id integer,
    family_source_value varchar(50),
    stop_reason_concept_id integer,
    stop_reason_source_value varchar(50),
    stop_reason_source_concept_id integer
);

--changeset myelin:cdm-cost-table labels:tables
create table cost (
    cost_id integer not null,
    cost_event_id integer not null,
    cost_domain_id varchar(20) not null,
    cost_type_concept_id integer not null,
    currency_concept_id integer,
    total_charge numeric,
    total_cost numeric,
    total_paid numeric,
    paid_by_payer numeric,
    paid_by_patient numeric,
    paid_patient_copay numeric,
    paid_patient_coinsurance numeric,
    paid_patient_deductible numeric,
    paid_by_primary numeric,
    paid_ingredient_cost numeric,
    paid_dispensing_fee numeric,
    payer_plan_period_id integer,
    amount_allowed numeric,
    revenue_code_concept_id integer,
    revenue_code_source_value varchar(50),
    drg_concept_id integer,
    drg_source_value varchar(3)
);

--changeset myelin:cdm-drug_era-table labels:tables
create table drug_era (
    drug_era_id integer not null,
    person_id integer not null,
    drug_concept_id integer not null,
    drug_era_start_date date not null,
    drug_era_end_date date not null,
    drug_exposure_count integer,
    gap_days integer
);

--changeset myelin:cdm-dose_era-table labels:tables
create table dose_era (
    dose_era_id integer not null,
    person_id integer not null,
    drug_concept_id integer not null,
    unit_concept_id integer not null,
    dose_value numeric not null,
    dose_era_start_date date not null,
    dose_era_end_date date not null
);

--changeset myelin:cdm-condition_era-table labels:tables
create table condition_era (
    condition_era_id integer not null,
    person_id integer not null,
    condition_concept_id integer not null,
    condition_era_start_date date not null,
    condition_era_end_date date not null,
    condition_occurrence_count integer
);

--changeset myelin:cdm-episode-table labels:tables
create table episode (
    episode_id integer not null,
    person_id integer not null,
    episode_concept_id integer not null,
    episode_start_date date not null,
    episode_start_datetime timestamp,
    episode_end_date date,
    episode_end_datetime timestamp,
    episode_parent_id integer,
    episode_number integer,
    episode_object_concept_id integer not null,
    episode_type_concept_id integer not null,
    episode_source_value varchar(50),
    episode_source_concept_id integer
);

--changeset myelin:cdm-episode_event-table labels:tables
create table episode_event (
    episode_id integer not null,
    event_id integer not null,
    episode_event_field_concept_id integer not null
);

--changeset myelin:cdm-metadata-table labels:tables
create table metadata (
    metadata_id integer not null,
    metadata_concept_id integer not null,
    metadata_type_concept_id integer not null,
    name varchar(250) not null,
    value_as_string varchar(250),
    value_as_concept_id integer,
    value_as_number numeric,
    metadata_date date,
    metadata_datetime timestamp
);

--changeset myelin:cdm-cdm_source-table labels:tables
create table cdm_source (
    cdm_source_name varchar(255) not null,
    cdm_source_abbreviation varchar(25) not null,
    cdm_holder varchar(255) not null,
    source_description text,
    source_documentation_reference varchar(255),
    cdm_etl_reference varchar(255),
    source_release_date date not null,
    cdm_release_date date not null,
    cdm_version varchar(10),
    cdm_version_concept_id integer not null,
    vocabulary_version varchar(20) not null
);
