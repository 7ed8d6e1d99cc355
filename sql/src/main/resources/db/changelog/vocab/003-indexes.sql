--liquibase formatted sql

--changeset myelin:vocab-concept-concept_code-idx labels:indexes
create index idx_concept_concept_code on concept (concept_code);

--changeset myelin:vocab-concept-vocabulary_id-idx labels:indexes
create index idx_concept_vocabulary_id on concept (vocabulary_id);

--changeset myelin:vocab-concept-domain_id-idx labels:indexes
create index idx_concept_domain_id on concept (domain_id);

--changeset myelin:vocab-concept-concept_class_id-idx labels:indexes
create index idx_concept_concept_class_id on concept (concept_class_id);

--changeset myelin:vocab-concept_relationship-concept_id_1-idx labels:indexes
create index idx_concept_relationship_concept_id_1 on concept_relationship (concept_id_1);

--changeset myelin:vocab-concept_relationship-concept_id_2-idx labels:indexes
create index idx_concept_relationship_concept_id_2 on concept_relationship (concept_id_2);

--changeset myelin:vocab-concept_relationship-relationship_id-idx labels:indexes
create index idx_concept_relationship_relationship_id on concept_relationship (relationship_id);

--changeset myelin:vocab-concept_ancestor-ancestor_concept_id-idx labels:indexes
create index idx_concept_ancestor_ancestor_concept_id on concept_ancestor (ancestor_concept_id);

--changeset myelin:vocab-concept_ancestor-descendant_concept_id-idx labels:indexes
create index idx_concept_ancestor_descendant_concept_id on concept_ancestor (descendant_concept_id);

--changeset myelin:vocab-concept_synonym-concept_id-idx labels:indexes
create index idx_concept_synonym_concept_id on concept_synonym (concept_id);

--changeset myelin:vocab-source_to_concept_map-source_code-idx labels:indexes
create index idx_source_to_concept_map_source_code on source_to_concept_map (source_code);

--changeset myelin:vocab-source_to_concept_map-source_vocabulary_id-idx labels:indexes
create index idx_source_to_concept_map_source_vocabulary_id on source_to_concept_map (source_vocabulary_id);

--changeset myelin:vocab-source_to_concept_map-target_concept_id-idx labels:indexes
create index idx_source_to_concept_map_target_concept_id on source_to_concept_map (target_concept_id);

--changeset myelin:vocab-drug_strength-drug_concept_id-idx labels:indexes
create index idx_drug_strength_drug_concept_id on drug_strength (drug_concept_id);

--changeset myelin:vocab-drug_strength-ingredient_concept_id-idx labels:indexes
create index idx_drug_strength_ingredient_concept_id on drug_strength (ingredient_concept_id);
