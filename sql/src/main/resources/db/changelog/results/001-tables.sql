--liquibase formatted sql

--changeset myelin:results-cohort-table labels:tables
create table cohort (
    cohort_definition_id integer not null,
    subject_id integer not null,
    cohort_start_date date not null,
    cohort_end_date date not null
);

--changeset myelin:results-cohort_definition-table labels:tables
create table cohort_definition (
    cohort_definition_id integer not null,
    cohort_definition_name varchar(255) not null,
    cohort_definition_description text,
    definition_type_concept_id integer not null,
    cohort_definition_syntax text,
    subject_concept_id integer not null,
    cohort_initiation_date date
);
