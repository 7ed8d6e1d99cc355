--liquibase formatted sql

--changeset myelin:vocab-concept-pk labels:constraints
alter table concept add constraint xpk_concept primary key (concept_id);

--changeset myelin:vocab-vocabulary-pk labels:constraints
alter table vocabulary add constraint xpk_vocabulary primary key (vocabulary_id);

--changeset myelin:vocab-domain-pk labels:constraints
alter table domain add constraint xpk_domain primary key (domain_id);

--changeset myelin:vocab-concept_class-pk labels:constraints
alter table concept_class add constraint xpk_concept_class primary key (concept_class_id);

--changeset myelin:vocab-relationship-pk labels:constraints
alter table relationship add constraint xpk_relationship primary key (relationship_id);
