package org.myelin.etl.quality;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One run of all checks on one CDM schema: its id, start, duration and one result per check instance. */
public record DataQualityRun(String runId, LocalDateTime startedAt, String cdmSchema, Duration elapsed,
        List<CheckResult> results) {

    public DataQualityRun {
        results = List.copyOf(results);
    }

    /** One line per category, then the total ("All"). */
    public List<CategorySummary> summary() {
        List<CategorySummary> summary = new ArrayList<>(group(CheckResult::category));
        summary.add(summarize("All", results));
        return summary;
    }

    /** One line per CDM table, in table order. */
    public List<CategorySummary> summaryByTable() {
        return group(CheckResult::cdmTableName);
    }

    private List<CategorySummary> group(Function<CheckResult, String> key) {
        return results.stream().collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.toList()))
                .entrySet().stream().map(entry -> summarize(entry.getKey(), entry.getValue())).toList();
    }

    public List<CheckResult> failures() {
        return results.stream().filter(result -> result.failed() || result.isError()).toList();
    }

    /** The summary as the command prints it: a table of categories, then the time taken. */
    public String summaryText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Data quality of schema %s (run %s): %d checks in %.1f s%n",
                cdmSchema, runId, results.size(), elapsed.toMillis() / 1000.0));
        text.append(String.format(Locale.ROOT, "%-14s %7s %7s %7s %7s %8s%n", "category", "passed", "failed", "n/a", "error", "pass %"));
        for (CategorySummary line : summary()) {
            text.append(String.format(Locale.ROOT, "%-14s %7d %7d %7d %7d %7.1f%%%n", line.category(), line.passed(),
                    line.failed(), line.notApplicable(), line.errors(), line.passRate()));
        }
        return text.toString();
    }

    private static CategorySummary summarize(String name, List<CheckResult> results) {
        int passed = 0;
        int failed = 0;
        int notApplicable = 0;
        int errors = 0;
        for (CheckResult result : results) {
            switch (result.status()) {
                case "PASSED" -> passed++;
                case "FAILED" -> failed++;
                case "ERROR" -> errors++;
                default -> notApplicable++;
            }
        }
        return new CategorySummary(name, passed, failed, notApplicable, errors);
    }
}
