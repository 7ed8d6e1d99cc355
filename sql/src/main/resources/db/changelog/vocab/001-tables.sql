--liquibase formatted sql

--changeset myelin:vocab-concept-table labels:tables
create table concept (
    concept_id integer not null,
    concept_name varchar(255) not null,
    domain_id varchar(20) not null,
    vocabulary_id varchar(20) not null,
    concept_class_id varchar(20) not null,
    standard_concept varchar(1),
    concept_code varchar(50) not null,
    valid_start_date date not null,
    valid_end_date date not null,
    invalid_reason varchar(1)
);

--changeset myelin:vocab-vocabulary-table labels:tables
create table vocabulary (
    vocabulary_id varchar(20) not null,
    vocabulary_name varchar(255) not null,
    vocabulary_reference varchar(255),
    vocabulary_version varchar(255),
    vocabulary_concept_id integer not null
);

--changeset myelin:vocab-domain-table labels:tables
create table domain (
    domain_id varchar(20) not null,
    domain_name varchar(255) not null,
    domain_concept_id integer not null
);

--changeset myelin:vocab-concept_class-table labels:tables
create table concept_class (
    concept_class_id varchar(20) not null,
    concept_class_name varchar(255) not null,
    concept_class_concept_id integer not null
);

--changeset myelin:vocab-concept_relationship-table labels:tables
create table concept_relationship (
    concept_id_1 integer not null,
    concept_id_2 integer not null,
    relationship_id varchar(20) not null,
    valid_start_date date not null,
    valid_end_date date not null,
    invalid_reason varchar(1)
);

--changeset myelin:vocab-relationship-table labels:tables
create table relationship (
    relationship_id varchar(20) not null,
    relationship_name varchar(255) not null,
    is_hierarchical varchar(1) not null,
    defines_ancestry varchar(1) not null,
    reverse_relationship_id varchar(20) not null,
    relationship_concept_id integer not null
);

--changeset myelin:vocab-concept_synonym-table labels:tables
create table concept_synonym (
    concept_id integer not null,
    concept_synonym_name varchar(1000) not null,
    language_concept_id integer not null
);

--changeset myelin:vocab-concept_ancestor-table labels:tables
create table concept_ancestor (
    ancestor_concept_id integer not null,
    descendant_concept_id integer not null,
    min_levels_of_separation integer not null,
    max_levels_of_separation integer not null
);

--changeset myelin:vocab-source_to_concept_map-table labels:tables
create table source_to_concept_map (
    source_code varchar(50) not null,
    source_concept_id integer not null,
    source_vocabulary_id varchar(20) not null,
    source_code_description varchar(255),
    target_concept_id integer not null,
    target_vocabulary_id varchar(20) not null,
    valid_start_date date not null,
    valid_end_date date not null,
    invalid_reason varchar(1)
);

--changeset myelin:vocab-drug_strength-table labels:tables
create table drug_strength (
    drug_concept_id integer not null,
    ingredient_concept_id integer not null,
    amount_value numeric,
    amount_unit_concept_id integer,
    numerator_value numeric,
    numerator_unit_concept_id integer,
    denominator_value numeric,
    denominator_unit_concept_id integer,
    box_size integer,
    valid_start_date date not null,
    valid_end_date date not null,
    invalid_reason varchar(1)
);
