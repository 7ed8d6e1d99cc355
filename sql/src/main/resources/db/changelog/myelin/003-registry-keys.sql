--liquibase formatted sql

--changeset myelin:myelin-registry_key-table labels:tables
-- The keys of the registry rows a run has admitted so far (an id, a reference to another file's id), one row per
-- admitted line: duplicate ids and unknown references are found by set-based queries on it, so that the loader
-- holds no set of ids that grows with the export. Scratch space of the running job only, emptied when a run starts.
create table registry_key (
    file varchar(50) not null,
    line bigint not null,
    key text,
    reference text
);
