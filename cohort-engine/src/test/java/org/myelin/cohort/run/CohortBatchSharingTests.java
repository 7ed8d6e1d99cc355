package org.myelin.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.results.Tables.COHORT;
import static org.myelin.sql.jooq.results.Tables.COHORT_CENSOR_STATS;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION_RESULT;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION_STATS;
import static org.myelin.sql.jooq.results.Tables.COHORT_SUMMARY_STATS;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Insert;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.cohort.compile.BatchPlan;
import org.myelin.cohort.compile.CohortCompiler;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

@ExtendWith(TestDatabaseExtension.class)
class CohortBatchSharingTests {

    private static final Schemas SCHEMAS = new Schemas("cdm_sharing", "vocab_sharing", "results_sharing", "myelin");
    private static final int DEFINITIONS = 20;

    /** Every results table of a cohort, with its cohort id column. */
    private static final Map<Table<?>, Field<Integer>> RESULTS = Map.of(
            COHORT, COHORT.COHORT_DEFINITION_ID,
            COHORT_INCLUSION, COHORT_INCLUSION.COHORT_DEFINITION_ID,
            COHORT_INCLUSION_RESULT, COHORT_INCLUSION_RESULT.COHORT_DEFINITION_ID,
            COHORT_INCLUSION_STATS, COHORT_INCLUSION_STATS.COHORT_DEFINITION_ID,
            COHORT_SUMMARY_STATS, COHORT_SUMMARY_STATS.COHORT_DEFINITION_ID,
            COHORT_CENSOR_STATS, COHORT_CENSOR_STATS.COHORT_DEFINITION_ID);

    @Test
    void batchThatSharesCodesetsAndDomainTablesWritesTheRowsAndStatisticsOfSingleRuns(TestDatabase database,
            @TempDir Path folder) throws IOException {
        // given the benchmark's CDM at 1,500 persons and its 20 definitions: conditions, drugs, visits and labs, with
        // concept sets repeated across definitions under other names
        BenchmarkCdm.generate(database.dataSource(), SCHEMAS, 1500);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < DEFINITIONS; i++) {
            files.add(Files.writeString(folder.resolve(String.format(Locale.ROOT, "d%02d.json", i + 1)), BenchmarkCdm.definition(i)));
        }
        CohortDefinitionFiles reader = new CohortDefinitionFiles();

        // when they run one by one (ids 1..20) and as a batch (ids 101..120)
        CohortGenerator generator = new CohortGenerator(database.dataSource(), SCHEMAS);
        for (int i = 0; i < DEFINITIONS; i++) {
            generator.generate(reader.read(files.get(i), i + 1));
        }
        BatchOutcome batch = new CohortBatchGenerator(database.dataSource(), SCHEMAS, 2).generate(files, 101);

        // then each cohort has the same rows in every results table, and the batch's shared tables are gone
        assertThat(batch.failed()).isEmpty();
        assertThat(batch.generated()).hasSize(DEFINITIONS).allSatisfy(generation -> assertThat(generation.persons()).isPositive());
        DSLContext sql = DSL.using(database.dataSource(), Schemas.dialect(), SCHEMAS.settings());
        for (int id = 1; id <= DEFINITIONS; id++) {
            for (Map.Entry<Table<?>, Field<Integer>> table : RESULTS.entrySet()) {
                assertThat(rows(sql, table.getKey(), table.getValue(), 100 + id))
                        .as("%s of cohort %d", table.getKey().getName(), id)
                        .isEqualTo(rows(sql, table.getKey(), table.getValue(), id));
            }
        }
        assertThat(sql.fetchCount(DSL.table(DSL.name("information_schema", "tables")),
                DSL.field(DSL.name("table_schema")).eq(SCHEMAS.results())
                        .and(DSL.field(DSL.name("table_name"), String.class).startsWith("cohort_batch_")))).isZero();
    }

    @Test
    void batchResolvesEachDistinctConceptSetOnceAndCopiesTheRecordsOfCodesetsReadTwice() {
        // given the 20 benchmark definitions: 80 concept sets of which 41 differ (10 diagnoses, 20 treatments, 1 visit,
        // 10 labs), read by criteria on conditions, drugs, visits and measurements; five start at the same visits, each
        // diagnosis is read by two definitions, each treatment twice only by its treatment-episode definition, and each
        // lab once
        List<org.myelin.cohort.model.CohortExpression> expressions = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < DEFINITIONS; i++) {
            expressions.add(new org.myelin.cohort.model.CohortExpressionReader().read(BenchmarkCdm.definition(i), "d" + i));
            ids.add(i + 1);
        }

        // when the batch is compiled
        BatchPlan plan = new CohortCompiler(SCHEMAS).compileBatch(expressions, ids);

        // then one codeset table holds the 41 sets; the five visit cohorts, whose primary criteria are the same, share
        // their primary events and read them where they are; so only the diagnoses' and treatments' records are read
        // twice or more, and only conditions and drug exposures are copied; the five treatment-episode exits read their
        // treatments by drug source concept too, which the CDM does not index, so those are copied in a second pass
        // over drug exposures; the shared primary events read visits, which are not copied, so they are built beside the
        // copies rather than after them
        assertThat(plan.sharedCodesets().stream().filter(statement -> statement instanceof Insert<?>)).hasSize(41);
        DSLContext render = DSL.using(Schemas.dialect(), SCHEMAS.settings());
        assertThat(plan.sharedTables()).map(table -> created(render, table))
                .containsExactly("condition_occurrence", "drug_exposure", "drug_exposure_2", "primary_events_0");
        assertThat(creation(render, plan.sharedTables().get(2))).contains("\"drug_exposure\".\"drug_source_concept_id\"");
        assertThat(creation(render, plan.sharedTables().get(3))).contains("\"cdm_sharing\".\"visit_occurrence\"");
        assertThat(plan.primaryEventsOnCopies()).isEmpty();
        assertThat(plan.cohorts()).hasSize(DEFINITIONS);
        for (int i = 0; i < DEFINITIONS; i++) {
            List<String> statements = plan.cohorts().get(i).statements().stream().map(render::render).toList();
            assertThat(statements.stream().anyMatch(statement -> statement.contains("create temporary table \"primary_events\"")))
                    .as("cohort %d computes its own primary events", i + 1).isEqualTo(i % 4 != 2);
            // every concept set is resolved once for the batch: a cohort's codesets are a view of the batch's table
            assertThat(statements).as("statements of cohort %d", i + 1)
                    .noneMatch(statement -> statement.startsWith("insert into \"codesets\""))
                    .anyMatch(statement -> statement.startsWith("create temporary view \"codesets\""));
        }
    }

    @Test
    void sharedPrimaryEventsThatReadACopyAreBuiltAfterIt() {
        // given two definitions with the same first diagnosis as primary events, and a third that reads the same
        // diagnoses around its visits: the diagnoses' records are read twice (the shared primary events count once), and
        // so are the treatments of the first two's inclusion rule
        List<org.myelin.cohort.model.CohortExpression> expressions = new ArrayList<>();
        for (int definition : new int[] {0, 0, 10}) {
            expressions.add(new org.myelin.cohort.model.CohortExpressionReader().read(BenchmarkCdm.definition(definition), "d"));
        }

        // when the batch is compiled
        BatchPlan plan = new CohortCompiler(SCHEMAS).compileBatch(expressions, List.of(1, 2, 3));

        // then the diagnoses and treatments are copied in the first stage, and the shared primary events, which read the
        // diagnoses' copy, wait for it in the second
        DSLContext render = DSL.using(Schemas.dialect(), SCHEMAS.settings());
        assertThat(plan.sharedTables()).map(table -> created(render, table)).containsExactly("condition_occurrence", "drug_exposure");
        assertThat(plan.primaryEventsOnCopies()).map(table -> created(render, table)).containsExactly("primary_events_0");
        String copy = creation(render, plan.sharedTables().getFirst());
        String copyName = copy.substring("create unlogged table ".length(), copy.indexOf(" as"));
        assertThat(creation(render, plan.primaryEventsOnCopies().getFirst())).contains(copyName);
    }

    @Test
    void continuousExposureExitsThatReadTheSameTreatmentShareOnePassOverItsSourceConcepts() {
        // given two treatment-episode definitions with the same treatment, whose CustomEra exits read the drug exposures
        // by drug and by source concept
        List<org.myelin.cohort.model.CohortExpression> expressions = new ArrayList<>();
        for (int definition : new int[] {1, 1}) {
            expressions.add(new org.myelin.cohort.model.CohortExpressionReader().read(BenchmarkCdm.definition(definition), "d"));
        }

        // when the batch is compiled
        BatchPlan plan = new CohortCompiler(SCHEMAS).compileBatch(expressions, List.of(1, 2));

        // then the exposures are copied in two passes, one matching the treatment on drug_concept_id and one on
        // drug_source_concept_id (the shared primary events read the first), and each cohort's exposures for its exit
        // come from both copies
        DSLContext render = DSL.using(Schemas.dialect(), SCHEMAS.settings());
        assertThat(plan.sharedTables()).map(table -> created(render, table))
                .containsExactly("condition_occurrence", "drug_exposure", "drug_exposure_2");
        assertThat(plan.primaryEventsOnCopies()).map(table -> created(render, table)).containsExactly("primary_events_0");
        assertThat(creation(render, plan.sharedTables().get(1))).contains("\"g\".\"concept_id\" = \"drug_exposure\".\"drug_concept_id\"");
        assertThat(creation(render, plan.sharedTables().get(2)))
                .contains("\"g\".\"concept_id\" = \"drug_exposure\".\"drug_source_concept_id\"");
        for (var cohort : plan.cohorts()) {
            String drugTarget = cohort.statements().stream().map(render::render)
                    .filter(statement -> statement.startsWith("create temporary table \"drug_target\"")).findFirst().orElseThrow();
            assertThat(drugTarget).contains("_drug_exposure\" as \"drug_exposure\"").contains("_drug_exposure_2\" as \"drug_exposure\"");
        }
    }

    /** The name of the shared table that a shared stage's statements create, without the batch's prefix. */
    private static String created(DSLContext render, List<org.jooq.Query> statements) {
        String create = creation(render, statements);
        String table = create.substring("create unlogged table ".length(), create.indexOf(" as"));
        return table.replaceAll("^\"[^\"]+\"\\.\"cohort_batch_[0-9a-f]+_", "").replace("\"", "");
    }

    /** The statement of a shared stage that creates its table. */
    private static String creation(DSLContext render, List<org.jooq.Query> statements) {
        return statements.stream().map(render::render).filter(statement -> statement.startsWith("create unlogged table"))
                .findFirst().orElseThrow();
    }

    @Test
    void batchKeepsOneSessionPerCohortRunningAtATime(TestDatabase database, @TempDir Path folder) throws IOException {
        // given the benchmark's CDM at 200 persons, its 20 definitions, and a data source that counts its connections
        Schemas schemas = new Schemas("cdm_sessions", "vocab_sessions", "results_sessions", "myelin");
        BenchmarkCdm.generate(database.dataSource(), schemas, 200);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < DEFINITIONS; i++) {
            files.add(Files.writeString(folder.resolve(String.format(Locale.ROOT, "d%02d.json", i + 1)), BenchmarkCdm.definition(i)));
        }
        AtomicInteger connections = new AtomicInteger();
        DataSource counting = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                    }
                    try {
                        return method.invoke(database.dataSource(), arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        // when they run as a batch, three at a time
        BatchOutcome batch = new CohortBatchGenerator(counting, schemas, 3).generate(files, 201);

        // then every cohort is written, over three connections for the whole batch rather than one per cohort
        assertThat(batch.failed()).isEmpty();
        assertThat(batch.generated()).hasSize(DEFINITIONS);
        assertThat(connections).hasValue(3);
    }

    private static List<String> rows(DSLContext sql, Table<?> table, Field<Integer> cohortId, int id) {
        List<Field<?>> columns = java.util.Arrays.stream(table.fields()).filter(field -> !field.getName().equals(cohortId.getName()))
                .toList();
        return sql.select(columns).from(table).where(cohortId.eq(id)).orderBy(columns).fetch()
                .map(record -> record.formatCSV(false).strip());
    }
}
