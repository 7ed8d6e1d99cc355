--liquibase formatted sql

-- The inclusion and attrition tables that OHDSI tools (ATLAS, CohortGenerator) read beside results.cohort.

--changeset myelin:results-cohort_inclusion-table labels:tables
create table cohort_inclusion (
    cohort_definition_id integer not null,
    rule_sequence integer not null,
    name varchar(255),
    description varchar(1000)
);

--changeset myelin:results-cohort_inclusion_result-table labels:tables
create table cohort_inclusion_result (
    cohort_definition_id integer not null,
    mode_id integer not null,
    inclusion_rule_mask bigint not null,
    person_count bigint not null
);

--changeset myelin:results-cohort_inclusion_stats-table labels:tables
create table cohort_inclusion_stats (
    cohort_definition_id integer not null,
    rule_sequence integer not null,
    mode_id integer not null,
    person_count bigint not null,
    gain_count bigint not null,
    person_total bigint not null
);

--changeset myelin:results-cohort_summary_stats-table labels:tables
create table cohort_summary_stats (
    cohort_definition_id integer not null,
    mode_id integer not null,
    base_count bigint not null,
    final_count bigint not null
);

--changeset myelin:results-cohort_censor_stats-table labels:tables
create table cohort_censor_stats (
    cohort_definition_id integer not null,
    lost_count bigint not null
);
