package org.myelin.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.results.Tables.COHORT_DEFINITION;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.cohort.compile.CohortCompiler;
import org.myelin.cohort.compile.CohortPlan;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.CohortExpressionReader;
import org.myelin.cohort.model.Criteria;
import org.myelin.cohort.model.TextFilter;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SQL text through every string field of a definition reaches the database only as a bound value: the statements
 * carry it in no SQL text, the CDM survives, and the text is stored verbatim where it is data.
 */
@ExtendWith(TestDatabaseExtension.class)
class SqlInjectionTests {

    private static final String PAYLOAD = "x'); drop table cdm.person; --\" ; delete from results.cohort; /*";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyStringFieldIsBoundNeverRendered(TestDatabase database) {
        // given a definition whose every string field, including every text filter of every criteria type, is SQL
        database.migrate();
        database.sql().insertInto(PERSON, PERSON.PERSON_ID, PERSON.GENDER_CONCEPT_ID, PERSON.YEAR_OF_BIRTH,
                PERSON.RACE_CONCEPT_ID, PERSON.ETHNICITY_CONCEPT_ID).values(1, 0, 1980, 0, 0).execute();
        ObjectNode definition = definitionWithPayloadEverywhere();
        String json = JSON.writeValueAsString(definition);
        CohortExpression expression = new CohortExpressionReader().read(json, "injection.json");

        // when it is compiled and generated
        CohortPlan plan = new CohortCompiler(Schemas.DEFAULT).compile(expression, 7);
        List<String> statements = new ArrayList<>();
        for (Query statement : plan.statements()) {
            statements.add(DSL.using(SQLDialect.POSTGRES).render(statement));
        }
        CohortGeneration generation = new CohortGenerator(database.dataSource(), Schemas.DEFAULT)
                .generate(new CohortDefinition(7, PAYLOAD, PAYLOAD, expression, json));

        // then the SQL text never holds it, nothing was dropped, and it is stored verbatim as data
        assertThat(statements).isNotEmpty().noneMatch(sql -> sql.contains("drop table") || sql.contains(PAYLOAD));
        assertThat(generation.persons()).isZero();
        assertThat(database.sql().fetchCount(PERSON)).isEqualTo(1);
        assertThat(database.sql().fetchValue(COHORT_INCLUSION.NAME)).isEqualTo(PAYLOAD);
        assertThat(database.sql().fetchValue(COHORT_INCLUSION.DESCRIPTION)).isEqualTo(PAYLOAD);
        assertThat(database.sql().fetchValue(COHORT_DEFINITION.COHORT_DEFINITION_NAME)).isEqualTo(PAYLOAD);
        assertThat(database.sql().fetchValue(COHORT_DEFINITION.COHORT_DEFINITION_SYNTAX)).isEqualTo(json);
    }

    private static ObjectNode definitionWithPayloadEverywhere() {
        ObjectNode definition = JSON.createObjectNode();
        definition.put("Title", PAYLOAD).put("cdmVersionRange", PAYLOAD);
        ObjectNode set = definition.putArray("ConceptSets").addObject().put("id", 0).put("name", PAYLOAD);
        set.putObject("expression").putArray("items").addObject().putObject("concept").put("CONCEPT_ID", 1)
                .put("CONCEPT_NAME", PAYLOAD).put("CONCEPT_CODE", PAYLOAD).put("DOMAIN_ID", PAYLOAD).put("VOCABULARY_ID", PAYLOAD);
        ArrayNode criteria = definition.putObject("PrimaryCriteria").putArray("CriteriaList");
        int textFilters = 0;
        for (Class<?> type : Criteria.class.getPermittedSubclasses()) {
            ObjectNode attributes = JSON.createObjectNode();
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType() == TextFilter.class) {
                    attributes.putObject(component.getAccessor().getAnnotation(JsonProperty.class).value()).put("Text", PAYLOAD).put("Op", "contains");
                    textFilters++;
                }
            }
            if (!attributes.isEmpty()) {
                criteria.addObject().set(type.getSimpleName(), attributes);
            }
        }
        assertThat(textFilters).as("text filters over all criteria types").isEqualTo(6);
        definition.putArray("InclusionRules").addObject().put("name", PAYLOAD).put("description", PAYLOAD)
                .putObject("expression").put("Type", "ALL");
        return definition;
    }
}
