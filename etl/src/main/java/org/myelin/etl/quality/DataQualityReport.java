package org.myelin.etl.quality;

import static org.myelin.sql.jooq.results.Tables.DQ_CHECK_RESULTS;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * A self-contained HTML page on one run: pass rates by category and by table, the failing checks with their
 * violated-row counts and the SQL that lists those rows, and the pass rate of the last runs on the same schema as an
 * inline SVG chart (no scripts, no external files).
 */
public final class DataQualityReport {

    private static final int TREND_RUNS = 20;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One earlier run on the same schema, from {@code results.dq_check_results}. */
    record TrendPoint(String runId, LocalDateTime startedAt, int passed, int judged) {
        double passRate() {
            return judged == 0 ? 100.0 : 100.0 * passed / judged;
        }
    }

    private final DSLContext sql;

    public DataQualityReport(DataSource dataSource, Schemas schemas) {
        this.sql = DSL.using(dataSource, Schemas.dialect(), schemas.settings());
    }

    public void write(DataQualityRun run, Path file) {
        String html = render(run, trend(run.cdmSchema()));
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(html);
            }
        } catch (IOException e) {
            throw new UserError("cannot write the data-quality report " + file + ": " + e.getMessage(), e);
        }
    }

    /** The last runs on the schema, oldest first. */
    List<TrendPoint> trend(String cdmSchema) {
        var t = DQ_CHECK_RESULTS;
        var passed = DSL.sum(t.PASSED).cast(Integer.class);
        var judged = DSL.count().filterWhere(t.NOT_APPLICABLE.eq(0));
        return sql.select(t.RUN_ID, t.RUN_STARTED_AT, passed, judged).from(t).where(t.CDM_SCHEMA.eq(cdmSchema))
                .groupBy(t.RUN_ID, t.RUN_STARTED_AT).orderBy(t.RUN_STARTED_AT.desc()).limit(TREND_RUNS).fetch()
                .map(row -> new TrendPoint(row.value1(), row.value2(), row.value3() == null ? 0 : row.value3(), row.value4()))
                .reversed();
    }

    static String render(DataQualityRun run, List<TrendPoint> trend) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Data quality of ")
                .append(escape(run.cdmSchema())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}td.n{text-align:right}")
                .append(".bar{background:#e33;height:.8em;width:10em}.bar div{background:#3a3;height:100%}")
                .append("pre{white-space:pre-wrap;max-width:60em;background:#f6f6f6;padding:.5em}.fatal{color:#c00;font-weight:bold}")
                .append("</style></head><body>");
        html.append("<h1>Data quality of schema ").append(escape(run.cdmSchema())).append("</h1><p>Run ")
                .append(escape(run.runId())).append(", started ").append(run.startedAt().format(MINUTE)).append(", ")
                .append(run.results().size()).append(" checks in ")
                .append(String.format(Locale.ROOT, "%.1f", run.elapsed().toMillis() / 1000.0)).append(" s. Not-applicable checks do not count in the pass rate.</p>");
        html.append("<h2>By category</h2>");
        summaryTable(html, "category", run.summary());
        html.append("<h2>Trend over the last runs</h2>").append(trendChart(trend));
        html.append("<h2>Failing checks</h2>");
        failures(html, run.failures());
        html.append("<h2>By table</h2>");
        summaryTable(html, "table", run.summaryByTable());
        return html.append("</body></html>\n").toString();
    }

    private static void summaryTable(StringBuilder html, String heading, List<CategorySummary> lines) {
        html.append("<table><tr><th>").append(heading)
                .append("</th><th>passed</th><th>failed</th><th>error</th><th>not applicable</th><th>pass rate</th><th></th></tr>");
        for (CategorySummary line : lines) {
            html.append("<tr><td>").append(escape(line.category())).append("</td><td class=n>").append(line.passed())
                    .append("</td><td class=n>").append(line.failed()).append("</td><td class=n>").append(line.errors())
                    .append("</td><td class=n>").append(line.notApplicable()).append("</td><td class=n>")
                    .append(String.format(Locale.ROOT, "%.1f %%", line.passRate()))
                    .append("</td><td><div class=bar><div style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", line.passRate())).append("%\"></div></div></td></tr>");
        }
        html.append("</table>");
    }

    private static void failures(StringBuilder html, List<CheckResult> failures) {
        if (failures.isEmpty()) {
            html.append("<p>No check failed.</p>");
            return;
        }
        html.append("<table><tr><th>check</th><th>table.field</th><th>concept</th><th>violated rows</th><th>of</th>")
                .append("<th>violated %</th><th>threshold %</th><th>description and SQL for the violating rows</th></tr>");
        for (CheckResult result : failures) {
            html.append("<tr><td").append(result.fatal() ? " class=fatal title=\"fatal: blocks publishing\"" : "").append(">")
                    .append(escape(result.checkName())).append(result.fatal() ? " (fatal)" : "").append("</td><td>")
                    .append(escape(result.cdmTableName() + (result.cdmFieldName() == null ? "" : "." + result.cdmFieldName())))
                    .append("</td><td>").append(result.conceptId() == null ? "" : result.conceptId()).append("</td><td class=n>")
                    .append(result.isError() ? "error" : String.valueOf(result.numViolatedRows())).append("</td><td class=n>")
                    .append(result.numDenominatorRows() == null ? "" : result.numDenominatorRows()).append("</td><td class=n>")
                    .append(result.pctViolatedRows() == null ? "" : String.format(Locale.ROOT, "%.2f", 100 * result.pctViolatedRows()))
                    .append("</td><td class=n>").append(String.format(Locale.ROOT, "%.0f", result.thresholdValue()))
                    .append("</td><td>").append(escape(result.checkDescription()));
            if (result.error() != null) {
                html.append("<br><b>Error:</b> ").append(escape(result.error()));
            }
            if (result.queryText() != null) {
                html.append("<details><summary>SQL</summary><pre>").append(escape(result.queryText())).append("</pre></details>");
            }
            html.append("</td></tr>");
        }
        html.append("</table>");
    }

    /** The pass rate of each run as a line over time, 0 to 100 %. */
    private static String trendChart(List<TrendPoint> trend) {
        if (trend.isEmpty()) {
            return "<p>No earlier runs.</p>";
        }
        int width = 600;
        int height = 160;
        int left = 40;
        StringBuilder svg = new StringBuilder("<svg width=\"" + (width + left + 10)
                + "\" height=\"" + (height + 40) + "\" role=\"img\" aria-label=\"pass rate of the last runs\">");
        svg.append("<line x1=\"").append(left).append("\" y1=\"10\" x2=\"").append(left).append("\" y2=\"").append(height + 10)
                .append("\" stroke=\"#999\"/><text x=\"0\" y=\"16\" font-size=\"11\">100%</text><text x=\"8\" y=\"")
                .append(height + 12).append("\" font-size=\"11\">0%</text>");
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < trend.size(); i++) {
            TrendPoint point = trend.get(i);
            double x = left + (trend.size() == 1 ? width / 2.0 : (double) width * i / (trend.size() - 1));
            double y = 10 + height * (1 - point.passRate() / 100);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#36c\"><title>%s: %.1f %% of %d checks passed</title></circle>",
                    x, y, escape(point.startedAt().format(MINUTE)), point.passRate(), point.judged()));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#36c\" stroke-width=\"2\" points=\"").append(points.toString().trim()).append("\"/>");
        svg.append("<text x=\"").append(left).append("\" y=\"").append(height + 30).append("\" font-size=\"11\">")
                .append(escape(trend.getFirst().startedAt().format(MINUTE))).append("</text><text x=\"").append(left + width - 100)
                .append("\" y=\"").append(height + 30).append("\" font-size=\"11\">").append(escape(trend.getLast().startedAt().format(MINUTE)))
                .append("</text></svg>");
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
