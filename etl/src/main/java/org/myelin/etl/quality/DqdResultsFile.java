package org.myelin.etl.quality;

import static org.myelin.sql.jooq.cdm.Tables.CDM_SOURCE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run as the JSON results file of OHDSI's Data Quality Dashboard (startTimestamp, executionTime,
 * CheckResults, Metadata from CDM_SOURCE, Overview), so that DQD's own viewer can open it.
 */
public final class DqdResultsFile {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DSLContext sql;

    public DqdResultsFile(DataSource dataSource, Schemas schemas) {
        this.sql = DSL.using(dataSource, Schemas.dialect(), schemas.settings());
    }

    public void write(DataQualityRun run, Path file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("startTimestamp", run.startedAt().format(TIMESTAMP));
        json.put("endTimestamp", run.startedAt().plus(run.elapsed()).format(TIMESTAMP));
        double seconds = run.elapsed().toMillis() / 1000.0;
        json.put("executionTime", String.format(Locale.ROOT, "%.0f secs", seconds));
        json.put("executionTimeSeconds", seconds);
        json.put("CheckResults", run.results().stream().map(DqdResultsFile::checkResult).toList());
        json.put("Metadata", metadata());
        json.put("Overview", overview(run.results()));
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out, json);
            }
        } catch (IOException e) {
            throw new org.myelin.sql.UserError("cannot write the data-quality results file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> checkResult(CheckResult result) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("NUM_VIOLATED_ROWS", result.numViolatedRows());
        check.put("PCT_VIOLATED_ROWS", result.pctViolatedRows());
        check.put("NUM_DENOMINATOR_ROWS", result.numDenominatorRows());
        check.put("EXECUTION_TIME", String.format(Locale.ROOT, "%.3f secs", result.executionTimeSeconds()));
        check.put("QUERY_TEXT", result.queryText());
        check.put("CHECK_NAME", result.checkName());
        check.put("CHECK_LEVEL", result.checkLevel());
        check.put("CHECK_DESCRIPTION", result.checkDescription());
        check.put("CDM_TABLE_NAME", result.cdmTableName().toUpperCase(Locale.ROOT));
        check.put("CDM_FIELD_NAME", result.cdmFieldName() == null ? null : result.cdmFieldName().toUpperCase(Locale.ROOT));
        check.put("CONCEPT_ID", result.conceptId());
        check.put("UNIT_CONCEPT_ID", result.unitConceptId());
        check.put("SQL_FILE", null);
        check.put("CATEGORY", result.category());
        check.put("SUBCATEGORY", result.subcategory().isEmpty() ? null : result.subcategory());
        check.put("CONTEXT", result.context());
        check.put("WARNING", null);
        check.put("ERROR", result.error());
        check.put("checkId", result.checkId());
        check.put("FAILED", result.failed() ? 1 : 0);
        check.put("PASSED", result.passed() ? 1 : 0);
        check.put("IS_ERROR", result.isError() ? 1 : 0);
        check.put("NOT_APPLICABLE", result.notApplicable() ? 1 : 0);
        check.put("NOT_APPLICABLE_REASON", result.notApplicableReason());
        check.put("THRESHOLD_VALUE", result.thresholdValue());
        check.put("NOTES_VALUE", null);
        return check;
    }

    /** The CDM_SOURCE row of the checked CDM, as DQD reports it; empty when the table holds none or is missing. */
    private List<Map<String, Object>> metadata() {
        try {
            return sql.select(CDM_SOURCE.CDM_SOURCE_NAME, CDM_SOURCE.CDM_SOURCE_ABBREVIATION, CDM_SOURCE.CDM_HOLDER,
                    CDM_SOURCE.SOURCE_DESCRIPTION, CDM_SOURCE.CDM_VERSION, CDM_SOURCE.VOCABULARY_VERSION,
                    CDM_SOURCE.CDM_RELEASE_DATE).from(CDM_SOURCE).limit(1).fetch().map(row -> {
                        Map<String, Object> source = new LinkedHashMap<>();
                        source.put("CDM_SOURCE_NAME", row.value1());
                        source.put("CDM_SOURCE_ABBREVIATION", row.value2());
                        source.put("CDM_HOLDER", row.value3());
                        source.put("SOURCE_DESCRIPTION", row.value4());
                        source.put("CDM_VERSION", row.value5());
                        source.put("VOCABULARY_VERSION", row.value6());
                        source.put("CDM_RELEASE_DATE", row.value7() == null ? null : row.value7().toString());
                        source.put("DQD_VERSION", "Myelin");
                        return source;
                    });
        } catch (org.jooq.exception.DataAccessException e) {
            return List.of();
        }
    }

    private static Map<String, Object> overview(List<CheckResult> results) {
        Map<String, Object> overview = new LinkedHashMap<>();
        long total = results.size();
        long thresholdFailed = results.stream().filter(CheckResult::failed).count();
        long errorFailed = results.stream().filter(CheckResult::isError).count();
        long passed = results.stream().filter(CheckResult::passed).count();
        long judged = results.stream().filter(result -> !result.notApplicable()).count();
        overview.put("countTotal", total);
        overview.put("countThresholdFailed", thresholdFailed);
        overview.put("countErrorFailed", errorFailed);
        overview.put("countOverallFailed", thresholdFailed + errorFailed);
        overview.put("countPassed", passed);
        overview.put("countNotApplicable", total - judged);
        overview.put("percentPassed", judged == 0 ? 100 : Math.round(100.0 * passed / judged));
        overview.put("percentFailed", judged == 0 ? 0 : Math.round(100.0 * (thresholdFailed + errorFailed) / judged));
        for (String category : List.of("Plausibility", "Conformance", "Completeness")) {
            List<CheckResult> inCategory = results.stream().filter(result -> result.category().equals(category)).toList();
            overview.put("countTotal" + category, inCategory.size());
            overview.put("countFailed" + category, inCategory.stream().filter(r -> r.failed() || r.isError()).count());
            overview.put("countPassed" + category, inCategory.stream().filter(CheckResult::passed).count());
        }
        return overview;
    }
}
