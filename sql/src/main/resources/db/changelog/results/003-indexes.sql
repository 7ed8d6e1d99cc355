--liquibase formatted sql

--changeset myelin:results-cohort-cohort_definition_id-idx labels:indexes
create index idx_cohort_cohort_definition_id on cohort (cohort_definition_id);

--changeset myelin:results-cohort-subject_id-idx labels:indexes
create index idx_cohort_subject_id on cohort (subject_id);
