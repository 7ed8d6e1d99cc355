--liquibase formatted sql

--changeset myelin:results-dq_check_results-table labels:tables
-- One row per check instance per data-quality run, with the columns OHDSI's DataQualityDashboard writes,
-- plus the run id, its start time and the CDM schema checked, so runs can be compared over time.
create table dq_check_results (
    run_id varchar(36) not null,
    run_started_at timestamp not null,
    cdm_schema varchar(63) not null,
    check_id varchar(255) not null,
    check_name varchar(64) not null,
    check_level varchar(16) not null,
    check_description text not null,
    category varchar(32) not null,
    subcategory varchar(32),
    context varchar(32),
    cdm_table_name varchar(64) not null,
    cdm_field_name varchar(64),
    concept_id integer,
    unit_concept_id integer,
    num_violated_rows bigint,
    pct_violated_rows numeric,
    num_denominator_rows bigint,
    threshold_value numeric not null,
    failed integer not null,
    passed integer not null,
    is_error integer not null,
    not_applicable integer not null,
    not_applicable_reason text,
    error text,
    query_text text,
    execution_time numeric not null
);

--changeset myelin:results-dq_check_results-run-idx labels:indexes
create index idx_dq_check_results_run on dq_check_results (run_started_at, run_id);
