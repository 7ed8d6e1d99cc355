package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.compile.SharedDomainRows.Pass;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.ConceptSet;
import org.myelin.sql.Schemas;

/**
 * Compiles a batch so that its cohorts share work. Concept sets with the same items are resolved once, into one
 * codeset table for the batch, which each cohort sees through a view under its own ids. The records
 * of a domain table that two or more criteria of the batch read by the same concept set (primary, additional,
 * inclusion, censoring or correlated criteria) are read once for all of them: one pass over the table copies the
 * records of every such codeset, tagged with the codeset and indexed by it:
 *
 * <pre>
 * create unlogged table results.cohort_batch_&lt;token&gt;_&lt;table&gt; as
 * select g.codeset_id, t.* from cdm.&lt;table&gt; t join results.cohort_batch_&lt;token&gt;_codesets g on g.concept_id = t.&lt;concept&gt;
 * where g.codeset_id in (...) order by g.codeset_id
 * </pre>
 *
 * A cohort's criteria then read their codeset's records from the copy instead of the CDM table; the rows are the same,
 * so every cohort gives the rows of a single run. A codeset that one criteria alone reads is read from the CDM table,
 * as a copy would cost more than it saves. Cohorts whose primary events are the same query share one table of them,
 * computed once. The shared tables are ordinary (unlogged) tables in the results schema, so cohorts on other
 * connections can read them.
 */
final class BatchCompiler {

    private static final Field<Integer> SHARED_ID = Codesets.CODESET_ID;

    private final CohortCompiler cohorts;
    private final DSLContext sql;
    private final Schemas schemas;
    private final String prefix = "cohort_batch_" + UUID.randomUUID().toString().substring(0, 8) + "_";

    BatchCompiler(CohortCompiler cohorts, DSLContext sql, Schemas schemas) {
        this.cohorts = cohorts;
        this.sql = sql;
        this.schemas = schemas;
    }

    BatchPlan compile(List<CohortExpression> expressions, List<Integer> cohortIds) {
        if (expressions.size() != cohortIds.size()) {
            throw new IllegalArgumentException(expressions.size() + " expressions but " + cohortIds.size() + " cohort ids");
        }
        Table<?> codesets = scratch("codesets");
        List<Query> sharedCodesets = new ArrayList<>();
        sharedCodesets.add(sql.query("create unlogged table {0} ({1} int not null, {2} int not null)", codesets,
                Codesets.CODESET_ID, Codesets.CONCEPT_ID));
        Map<Set<Member>, Integer> distinctSets = new HashMap<>();
        List<Map<Integer, Integer>> sharedIds = new ArrayList<>();
        for (CohortExpression expression : expressions) {
            Map<Integer, Integer> ids = new TreeMap<>();
            for (ConceptSet set : expression.conceptSets()) {
                Set<Member> members = set.items().stream().map(Member::of).collect(Collectors.toSet());
                Integer id = distinctSets.get(members);
                if (id == null) {
                    id = distinctSets.size();
                    distinctSets.put(members, id);
                    Query insert = Codesets.insert(sql, codesets, id, set.items());
                    if (insert != null) {
                        sharedCodesets.add(insert);
                    }
                }
                ids.put(set.id(), id);
            }
            sharedIds.add(ids);
        }
        sharedCodesets.add(sql.query("create index on {0} ({1})", codesets, SHARED_ID));
        sharedCodesets.add(sql.query("analyze {0}", codesets));

        // cohorts whose primary events are the same query, read through the batch's codesets, compute them once
        String cohortCodesets = sql.render(Codesets.TABLE);
        List<@Nullable String> primaryQueries = eachCohort(expressions.size(), i -> {
            String query = sql.renderInlined(primaryEvents(expressions.get(i),
                    new SharedDomainRows(sharedIds.get(i), Map.of(), codesets)));
            // a query reading the cohort's own codesets table depends on that cohort's codeset ids: not shared
            return query.contains(cohortCodesets) ? null : query;
        });

        Map<Pass, SharedDomainRows.SharedTable> shared = new LinkedHashMap<>();
        List<List<Query>> sharedTables = new ArrayList<>();
        Map<String, Integer> passesOverTable = new HashMap<>();
        reads(expressions, cohortIds, sharedIds, primaryQueries).forEach((pass, read) -> {
            // a codeset that one criteria alone reads is read once anyway, straight from the CDM table (mostly through
            // an index on its concept column); copying its records pays from the second reader on. The CDM indexes no
            // source concept column (sql module, cdm/003-indexes.sql), so there every read scans the whole table: two
            // criteria reading any codesets by a source concept are read in one pass
            int least = read.bySourceConcept() && read.criteria.values().stream().mapToInt(Integer::intValue).sum() >= 2 ? 1 : 2;
            Set<Integer> copied = read.criteria.entrySet().stream().filter(codeset -> codeset.getValue() >= least)
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
            if (!copied.isEmpty()) {
                int passes = passesOverTable.merge(pass.table(), 1, Integer::sum);
                Table<?> copy = scratch(passes == 1 ? pass.table() : pass.table() + "_" + passes);
                shared.put(pass, new SharedDomainRows.SharedTable(copy, Set.copyOf(copied)));
                sharedTables.add(domainTable(copy, codesets, read, copied));
            }
        });

        List<SharedDomainRows> rows = sharedIds.stream().map(ids -> new SharedDomainRows(ids, shared, codesets)).toList();
        List<Table<?>> primaryEvents = new ArrayList<>();
        List<List<Query>> onCopies = new ArrayList<>();
        // shared primary events that read no copy need not wait for the copies: they are built beside them
        List<@Nullable Table<?>> primaryEventsOf = sharedPrimaryEvents(expressions, rows, primaryQueries, primaryEvents,
                (statements, readsCopy) -> (readsCopy ? onCopies : sharedTables).add(statements));

        List<CohortPlan> plans = eachCohort(expressions.size(), i -> cohorts.compile(expressions.get(i), cohortIds.get(i),
                Codesets.sharedView(sql, codesets, sharedIds.get(i)), rows.get(i), primaryEventsOf.get(i)));
        List<Query> drop = new ArrayList<>();
        primaryEvents.forEach(table -> drop.add(sql.dropTableIfExists(table)));
        shared.values().forEach(table -> drop.add(sql.dropTableIfExists(table.table())));
        drop.add(sql.dropTableIfExists(codesets));
        return new BatchPlan(sharedCodesets, sharedTables, onCopies, plans, drop);
    }

    /**
     * The shared primary events table of each cohort, or null: cohorts whose primary events are the same query
     * ({@code queries}: same criteria on the same shared codesets, observation window and limit) share one table,
     * computed once; {@code build} gets the statements that build each, and whether they read a shared copy;
     * {@code tables} collects the tables to drop.
     */
    private List<@Nullable Table<?>> sharedPrimaryEvents(List<CohortExpression> expressions, List<SharedDomainRows> rows,
            List<@Nullable String> queries, List<Table<?>> tables, BiConsumer<List<Query>, Boolean> build) {
        Map<String, Long> uses = queries.stream().filter(Objects::nonNull)
                .collect(Collectors.groupingBy(query -> query, Collectors.counting()));
        Map<String, Table<?>> byQuery = new HashMap<>();
        List<@Nullable Table<?>> shared = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            String query = queries.get(i);
            if (query == null || uses.get(query) < 2) {
                shared.add(null);
                continue;
            }
            CohortExpression expression = expressions.get(i);
            SharedDomainRows cohortRows = rows.get(i);
            shared.add(byQuery.computeIfAbsent(query, first -> {
                AtomicBoolean readsCopy = new AtomicBoolean();
                Select<Record> select = primaryEvents(expression, (table, column, codesetId) -> {
                    if (cohortRows.readsCopy(table, column, codesetId)) {
                        readsCopy.set(true);
                    }
                    return cohortRows.select(table, column, codesetId);
                });
                Table<?> table = scratch("primary_events_" + tables.size());
                tables.add(table);
                build.accept(List.of(sortMemory(), sql.query("create unlogged table {0} as {1}", table, select),
                        sql.query("analyze {0}", table)), readsCopy.get());
                return table;
            }));
        }
        return shared;
    }

    private Select<Record> primaryEvents(CohortExpression expression, DomainRows rows) {
        return new EntryEventsCompiler(sql, new CriteriaCompiler(rows), null).primaryEvents(expression);
    }

    /**
     * Which codesets the batch's criteria read from each domain table, found by compiling each cohort once; the primary
     * criteria of cohorts with the same primary events ({@code primaryQueries}) count once, as they run once.
     */
    private Map<Pass, Reads> reads(List<CohortExpression> expressions, List<Integer> cohortIds,
            List<Map<Integer, Integer>> sharedIds, List<@Nullable String> primaryQueries) {
        Set<String> computed = new HashSet<>();
        List<Boolean> primaryComputedBefore = primaryQueries.stream().map(query -> query != null && !computed.add(query)).toList();
        List<Map<Pass, Reads>> perCohort = eachCohort(expressions.size(), i -> {
            Map<Pass, Reads> reads = new HashMap<>();
            // primary events computed by an earlier cohort are read, not computed: their criteria are not counted again
            cohorts.compile(expressions.get(i), cohortIds.get(i), Codesets.Setup.NONE, counting(reads, sharedIds.get(i)),
                    primaryComputedBefore.get(i) ? scratch("primary_events") : null);
            return reads;
        });
        Map<Pass, Reads> reads = new TreeMap<>();
        perCohort.forEach(cohortReads -> cohortReads.forEach((pass, read) -> read.criteria.forEach((codeset, count) ->
                reads.computeIfAbsent(pass, first -> new Reads(read.table, read.codesetColumn)).criteria
                        .merge(codeset, count, Integer::sum))));
        return reads;
    }

    /**
     * {@code compile} for each cohort of the batch, on the machine's cores (a batch compiles each cohort several times,
     * while the database waits for its first statement); the results in the cohorts' order.
     */
    private static <T> List<T> eachCohort(int cohorts, IntFunction<T> compile) {
        return IntStream.range(0, cohorts).parallel().mapToObj(compile).toList();
    }

    /** Rows from the CDM tables that count in {@code reads} each codeset read. */
    private static DomainRows counting(Map<Pass, Reads> reads, Map<Integer, Integer> ids) {
        return (table, codesetColumn, codesetId) -> {
            if (codesetId != null && ids.containsKey(codesetId)) {
                Reads read = reads.computeIfAbsent(Pass.of(table, codesetColumn), pass -> new Reads(table, codesetColumn));
                read.criteria.merge(ids.get(codesetId), 1, Integer::sum);
            }
            return DomainRows.CDM.select(table, codesetColumn, codesetId);
        };
    }

    private List<Query> domainTable(Table<?> copy, Table<?> codesets, Reads read, Set<Integer> copied) {
        Table<?> g = codesets.as("g");
        Field<Integer> codesetId = Events.of("g", SHARED_ID);
        List<SelectField<?>> columns = new ArrayList<>();
        columns.add(codesetId);
        columns.addAll(List.of(read.table.fields()));
        return List.of(
                // in codeset order, the planner prefers walking the concept index codeset by codeset, which visits the
                // table's pages many times over, to one scan and a sort: at 100,000 persons the condition copy took
                // 1.7 s that way and 0.9 s with a hash join
                sql.query("set local enable_nestloop = off"),
                sortMemory(),
                sql.query("create unlogged table {0} as {1}", copy, select(columns)
                        .from(read.table)
                        .join(g).on(Events.of("g", Codesets.CONCEPT_ID).eq(read.codesetColumn))
                        .where(codesetId.in(copied))
                        .orderBy(codesetId)),
                sql.query("create index on {0} ({1})", copy, SHARED_ID),
                // the planner needs how many records each codeset has and how many persons; the other columns of the
                // copy are compared with the events' own columns, where their statistics do not help
                sql.query("analyze {0} ({1}, {2})", copy, SHARED_ID, Events.PERSON_ID));
    }

    /**
     * The batch's shared tables are built from many codesets' records or many cohorts' events, and sorted: with the
     * default 4 MB of sort memory those sorts spilled to disk in the benchmark's plans (BENCHMARKS.md, cohort engine,
     * seventh measurement); a transaction's setting, for the statement after it.
     */
    private Query sortMemory() {
        return sql.query("set local work_mem = '64MB'");
    }

    private Table<?> scratch(String name) {
        return table(name(schemas.results(), prefix + name));
    }

    /** The criteria of the batch that read one domain table by one concept column: how many read each shared codeset. */
    private static final class Reads {

        private final Table<?> table;
        private final Field<Integer> codesetColumn;
        private final Map<Integer, Integer> criteria = new TreeMap<>();

        Reads(Table<?> table, Field<Integer> codesetColumn) {
            this.table = table;
            this.codesetColumn = codesetColumn;
        }

        boolean bySourceConcept() {
            return codesetColumn.getName().endsWith("_source_concept_id");
        }
    }

    /** What resolving a concept set item depends on (the descriptive copy of the concept is left out). */
    private record Member(int conceptId, boolean excluded, boolean descendants, boolean mapped) {

        static Member of(org.myelin.cohort.model.ConceptSetItem item) {
            return new Member(item.concept().conceptId(), item.isExcluded(), item.includeDescendants(), item.includeMapped());
        }
    }
}
