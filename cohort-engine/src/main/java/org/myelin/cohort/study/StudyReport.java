package org.myelin.cohort.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The results package's HTML report: one self-contained file (inline CSS and SVG, no scripts, nothing fetched) drawn
 * from the censored tables only, so it shows exactly what the CSV files hold. Hidden counts read "&lt;N".
 */
final class StudyReport {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
        "#e377c2", "#17becf"};
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:70rem;color:#222;padding:0 1rem}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:2px solid #345;padding-bottom:.2rem;margin-top:2.2rem}
            h3{margin-bottom:.4rem}.sub{color:#555;margin-top:0}
            table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
            th,td{border:1px solid #ccd;padding:.25rem .5rem;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
            th{background:#eef2f6}.hidden{color:#a33}.note{color:#555;font-size:.85rem}
            svg{background:#fbfcfd;border:1px solid #dde;margin:.3rem 0}svg text{font-size:12px;font-family:inherit}
            .wide{overflow-x:auto}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
            """;

    private final StudyResults results;
    private final int minCell;
    private final Map<Integer, String> names = new LinkedHashMap<>();
    private final StringBuilder html = new StringBuilder();

    private StudyReport(StudyResults results) {
        this.results = results;
        this.minCell = results.settings().minCellCount();
        results.study().cohorts().forEach(cohort -> names.put(cohort.cohortId(), cohort.name()));
    }

    /** Sequences charted per target, the most common first; the rest are only in the CSV. */
    static final int CHARTED_SEQUENCES = 15;

    static String render(StudyResults results) {
        return new StudyReport(results).document();
    }

    private String document() {
        StudyDefinition study = results.study();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(study.title())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n");
        html.append("<h1>").append(escape(study.title())).append("</h1><p class=\"sub\">Study ")
                .append(escape(study.id())).append(" &middot; ").append(escape(results.provenance().finished().toString()))
                .append(" &middot; counts from 1 to ").append(Math.max(minCell - 1, 0)).append(" are shown as &lt;")
                .append(minCell).append(" and the figures derived from them are hidden</p>\n");
        for (ResultTable table : results.tables()) {
            switch (table.file()) {
                case "cohort_counts.csv" -> counts(table);
                case "attrition.csv" -> attrition(table);
                case "characteristics.csv" -> characteristics(table);
                case "incidence.csv" -> incidence(table);
                case "time_to_event.csv" -> kaplanMeier(table);
                case "treatment_sequences.csv" -> sequences(table);
                case "treatment_lines.csv" -> lines(table);
                case "relapse_rates.csv" -> relapseRates(table);
                default -> throw new IllegalStateException("no report section for " + table.file());
            }
        }
        provenance();
        return html.append("</body></html>\n").toString();
    }

    private void counts(ResultTable table) {
        html.append("<h2>Cohorts</h2>\n");
        tableOf(List.of("id", "cohort", "role", "definition", "persons", "entries"), table.rows().stream()
                .map(row -> List.of(text(row.get(0)), text(row.get(1)), text(row.get(2)), text(row.get(3)),
                        count(row.get(4)), count(row.get(5)))).toList(), 4);
    }

    /** One diagram per cohort: a box per step with the persons left, the persons excluded beside each arrow. */
    private void attrition(ResultTable table) {
        html.append("<h2>Attrition</h2>\n");
        Map<Object, List<List<@Nullable Object>>> byCohort = group(table, 0);
        for (var entry : byCohort.entrySet()) {
            List<List<@Nullable Object>> steps = entry.getValue();
            int height = steps.size() * 70 + 10;
            html.append("<h3>").append(escape(cohortName(entry.getKey()))).append("</h3>\n")
                    .append("<svg role=\"img\" aria-label=\"attrition\" width=\"640\" height=\"").append(height)
                    .append("\" viewBox=\"0 0 640 ").append(height).append("\">");
            for (int i = 0; i < steps.size(); i++) {
                List<@Nullable Object> step = steps.get(i);
                int y = 10 + i * 70;
                html.append(String.format(Locale.ROOT, "<rect x=\"20\" y=\"%d\" width=\"380\" height=\"44\" rx=\"6\" "
                        + "fill=\"#e8eef5\" stroke=\"#345\"/>", y));
                html.append(String.format(Locale.ROOT, "<text x=\"30\" y=\"%d\">%s</text>", y + 18,
                        escape(shorten(text(step.get(2)), 58))));
                html.append(String.format(Locale.ROOT, "<text x=\"30\" y=\"%d\" font-weight=\"600\">%s persons, %s "
                        + "events (%s)</text>", y + 36, plainCount(step.get(3)), plainCount(step.get(4)),
                        plainPercent(step.get(5))));
                if (i > 0) {
                    html.append(String.format(Locale.ROOT, "<line x1=\"210\" y1=\"%d\" x2=\"210\" y2=\"%d\" stroke=\"#345\" "
                            + "stroke-width=\"2\"/><polygon points=\"204,%d 216,%d 210,%d\" fill=\"#345\"/>",
                            y - 26, y - 4, y - 8, y - 8, y));
                    html.append(String.format(Locale.ROOT, "<text x=\"420\" y=\"%d\" fill=\"#a33\">%s</text>", y - 10,
                            excluded(steps.get(i - 1).get(3), step.get(3))));
                }
            }
            html.append("</svg>\n");
        }
    }

    private String excluded(@Nullable Object before, @Nullable Object after) {
        if (before instanceof Number b && after instanceof Number a && b.longValue() >= 0 && a.longValue() >= 0) {
            return String.format(Locale.ROOT, "%,d persons excluded", b.longValue() - a.longValue());
        }
        return "excluded: hidden (small counts)";
    }

    /** Characteristics side by side: a row per characteristic and category, a column per cohort. */
    private void characteristics(ResultTable table) {
        html.append("<h2>Baseline characteristics</h2>\n<p class=\"note\">At each person's first entry. Categories: "
                + "n (%); continuous: mean (SD), median [IQR].</p>\n");
        Map<Object, List<List<@Nullable Object>>> byCohort = group(table, 0);
        List<Object> cohorts = new ArrayList<>(byCohort.keySet());
        Map<String, Map<Object, List<@Nullable Object>>> byRow = new LinkedHashMap<>();
        for (List<@Nullable Object> row : table.rows()) {
            byRow.computeIfAbsent(text(row.get(1)) + "\u0000" + text(row.get(2)), key -> new LinkedHashMap<>())
                    .put(String.valueOf(row.get(0)), row);
        }
        List<String> header = new ArrayList<>(List.of("characteristic", "category"));
        cohorts.forEach(cohort -> header.add(cohortName(cohort)));
        List<List<String>> rows = new ArrayList<>();
        for (var entry : byRow.entrySet()) {
            String[] key = entry.getKey().split("\u0000", 2);
            List<String> cells = new ArrayList<>(List.of(escape(key[0]), escape(key[1])));
            for (Object cohort : cohorts) {
                List<@Nullable Object> row = entry.getValue().get(cohort);
                cells.add(row == null ? "0" : row.get(5) == null ? count(row.get(3)) + " (" + percent(row.get(4)) + ")"
                        : "n " + count(row.get(3)) + ": " + number(row.get(5)) + " (" + number(row.get(6)) + "), "
                                + number(row.get(7)) + " [" + number(row.get(8)) + "&ndash;" + number(row.get(9)) + "]");
            }
            rows.add(cells);
        }
        tableOf(header, rows, 2);
    }

    private void incidence(ResultTable table) {
        html.append("<h2>Incidence of outcomes</h2>\n<p class=\"note\">First outcome in the first cohort period, "
                + "per 1,000 person-years, exact Poisson 95% confidence interval.</p>\n");
        tableOf(List.of("target", "outcome", "persons", "outcomes", "person-years", "per 1,000 PY", "95% CI"),
                table.rows().stream().map(row -> List.of(escape(cohortName(row.get(0))), escape(cohortName(row.get(1))),
                        count(row.get(2)), count(row.get(3)), number(row.get(4)), number(row.get(5)),
                        number(row.get(6)) + "&ndash;" + number(row.get(7)))).toList(), 2);
    }

    private void relapseRates(ResultTable table) {
        html.append("<h2>Annualised relapse rate</h2>\n<p class=\"note\">Relapse events starting in the cohort's "
                + "periods per person-year, exact Poisson 95% confidence interval.</p>\n");
        tableOf(List.of("cohort", "persons", "relapses", "person-years", "relapses per person-year", "95% CI"),
                table.rows().stream().map(row -> List.of(escape(cohortName(row.get(0))), count(row.get(2)),
                        count(row.get(3)), number(row.get(4)), number(row.get(5)),
                        number(row.get(6)) + "&ndash;" + number(row.get(7)))).toList(), 1);
    }

    /** One chart per target, a step curve per outcome, and the numbers at risk under it. */
    private void kaplanMeier(ResultTable table) {
        html.append("<h2>Time to first outcome (Kaplan-Meier)</h2>\n<p class=\"note\">Probability of staying free of "
                + "each outcome from the first entry; a gap is a hidden point.</p>\n");
        for (var target : group(table, 0).entrySet()) {
            Map<Object, List<List<@Nullable Object>>> curves = new LinkedHashMap<>();
            target.getValue().forEach(row -> curves.computeIfAbsent(row.get(1), key -> new ArrayList<>()).add(row));
            double maxDays = target.getValue().stream().mapToDouble(row -> ((Number) row.get(2)).doubleValue()).max()
                    .orElse(1);
            double scale = Math.max(maxDays, 1);
            int width = 720;
            int height = 320;
            html.append("<h3>").append(escape(cohortName(target.getKey()))).append("</h3>\n")
                    .append("<svg role=\"img\" aria-label=\"Kaplan-Meier curves\" width=\"").append(width)
                    .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                    .append(height).append("\">");
            for (int tick = 0; tick <= 4; tick++) {
                double y = 20 + (height - 60) * (1 - tick / 4.0);
                html.append(String.format(Locale.ROOT, "<line x1=\"60\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                        + "<text x=\"20\" y=\"%.1f\">%.2f</text>", width - 150, y, y, y + 4, tick / 4.0));
            }
            html.append(String.format(Locale.ROOT, "<line x1=\"60\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#345\"/>"
                    + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">years since index (max %.1f)</text>",
                    width - 150, height - 40, height - 40, (width - 90) / 2, height - 10, maxDays / 365.25));
            int colour = 0;
            for (var curve : curves.entrySet()) {
                String stroke = COLOURS[colour++ % COLOURS.length];
                StringBuilder path = new StringBuilder();
                boolean open = false;
                for (List<@Nullable Object> point : curve.getValue()) {
                    double survival = ((Number) point.get(6)).doubleValue();
                    double x = 60 + (width - 210) * ((Number) point.get(2)).doubleValue() / scale;
                    if (survival < 0) {
                        open = false;
                        continue;
                    }
                    double y = 20 + (height - 60) * (1 - survival);
                    // a step curve: along at the old value to the new time, then down to the new value
                    path.append(String.format(Locale.ROOT, open ? " H%.1f V%.1f" : " M%.1f %.1f", x, y));
                    open = true;
                }
                html.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"")
                        .append(stroke).append("\" stroke-width=\"2\"/>");
                html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" fill=\"%s\">%s</text>", width - 140,
                        Math.min(height - 45.0, 30 + 16 * (colour - 1)), stroke,
                        escape(shorten(cohortName(curve.getKey()), 20))));
            }
            html.append("</svg>\n");
            atRisk(curves);
        }
    }

    private void atRisk(Map<Object, List<List<@Nullable Object>>> curves) {
        int points = curves.values().stream().mapToInt(List::size).max().orElse(0);
        int step = Math.max(1, (points + 9) / 10);
        List<String> header = new ArrayList<>(List.of("numbers at risk"));
        List<List<String>> rows = new ArrayList<>();
        for (var curve : curves.entrySet()) {
            List<String> cells = new ArrayList<>(List.of(escape(cohortName(curve.getKey()))));
            for (int i = 0; i < curve.getValue().size(); i += step) {
                if (rows.isEmpty()) {
                    header.add("day " + text(curve.getValue().get(i).get(2)));
                }
                cells.add(count(curve.getValue().get(i).get(3)));
            }
            rows.add(cells);
        }
        rows.forEach(row -> {
            while (row.size() < header.size()) {
                row.add("");
            }
        });
        tableOf(header, rows, 1);
    }

    /** Horizontal bars: the share of each target's persons per sequence of DMT lines. */
    private void sequences(ResultTable table) {
        html.append("<h2>Treatment sequences</h2>\n<p class=\"note\">The first three DMTs in the order first "
                + "started; rare sequences are pooled.</p>\n");
        for (var target : group(table, 0).entrySet()) {
            List<List<@Nullable Object>> all = target.getValue();
            // the most common sequences only: with many DMTs a target can have hundreds; the CSV holds them all
            List<List<@Nullable Object>> rows = all.subList(0, Math.min(all.size(), CHARTED_SEQUENCES));
            int height = rows.size() * 24 + 10;
            html.append("<h3>").append(escape(cohortName(target.getKey()))).append("</h3>\n")
                    .append("<svg role=\"img\" aria-label=\"treatment sequences\" width=\"720\" height=\"")
                    .append(height).append("\" viewBox=\"0 0 720 ").append(height).append("\">");
            for (int i = 0; i < rows.size(); i++) {
                List<@Nullable Object> row = rows.get(i);
                double share = row.get(4) instanceof Number p && p.doubleValue() > 0 ? p.doubleValue() / 100 : 0;
                int y = 8 + i * 24;
                html.append(String.format(Locale.ROOT, "<text x=\"5\" y=\"%d\">%s</text>"
                        + "<rect x=\"360\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>"
                        + "<text x=\"%.1f\" y=\"%d\">%s (%s)</text>", y + 12, escape(shorten(text(row.get(1)), 52)),
                        y, 250 * share, COLOURS[i % COLOURS.length], 365 + 250 * share, y + 12, plainCount(row.get(3)),
                        plainPercent(row.get(4))));
            }
            html.append("</svg>\n");
            if (all.size() > rows.size()) {
                html.append("<p class=\"note\">").append(all.size() - rows.size())
                        .append(" less common sequences are in treatment_sequences.csv.</p>\n");
            }
        }
    }

    private void lines(ResultTable table) {
        html.append("<h3>DMT by treatment line</h3>\n");
        tableOf(List.of("target", "line", "DMT", "persons", "%"), table.rows().stream().map(row -> List.of(
                escape(cohortName(row.get(0))), text(row.get(1)), escape(text(row.get(2))), count(row.get(3)),
                percent(row.get(4)))).toList(), 3);
    }

    private void provenance() {
        Provenance provenance = results.provenance();
        html.append("<h2>Provenance</h2>\n<dl>");
        definition("CDM source", provenance.cdmSource().isEmpty() ? "no cdm_source row"
                : String.valueOf(provenance.cdmSource().getOrDefault("cdm_source_name", "")) + " ("
                        + provenance.cdmSource().getOrDefault("cdm_source_abbreviation", "") + "), CDM "
                        + provenance.cdmSource().getOrDefault("cdm_version", ""));
        definition("Vocabulary version", provenance.vocabularyVersion());
        definition("Myelin version", results.settings().myelinVersion());
        definition("Run", provenance.started() + " to " + provenance.finished());
        definition("Minimum cell count", String.valueOf(minCell));
        definition("Files", String.join(", ", results.tables().stream().map(ResultTable::file).toList())
                + ", columns.csv, manifest.json (with a SHA-256 of every file)");
        html.append("</dl>\n");
    }

    private void definition(String term, String value) {
        html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>");
    }

    /** A table of already escaped cells; columns from {@code firstNumeric} on are right-aligned. */
    private void tableOf(List<String> header, List<List<String>> rows, int firstNumeric) {
        html.append("<div class=\"wide\"><table><thead><tr>");
        header.forEach(name -> html.append("<th>").append(escape(name)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(i >= firstNumeric ? "<td class=\"n\">" : "<td>").append(row.get(i)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n");
    }

    private static Map<Object, List<List<@Nullable Object>>> group(ResultTable table, int column) {
        Map<Object, List<List<@Nullable Object>>> groups = new LinkedHashMap<>();
        for (List<@Nullable Object> row : table.rows()) {
            groups.computeIfAbsent(String.valueOf(row.get(column)), key -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private String cohortName(@Nullable Object cohortId) {
        String id = String.valueOf(cohortId);
        return names.entrySet().stream().filter(entry -> String.valueOf(entry.getKey()).equals(id))
                .map(entry -> entry.getValue() + " (" + id + ")").findFirst().orElse(id);
    }

    /** A count for SVG text, where markup is not allowed. */
    private String plainCount(@Nullable Object value) {
        if (value instanceof Number number && number.longValue() < 0) {
            return "&lt;" + minCell;
        }
        return value == null ? "" : String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
    }

    private static String plainPercent(@Nullable Object value) {
        if (value instanceof Number number && number.doubleValue() < 0) {
            return "hidden";
        }
        return value == null ? "" : String.format(Locale.ROOT, "%.1f%%", ((Number) value).doubleValue());
    }

    private String count(@Nullable Object value) {
        if (value instanceof Number number && number.longValue() < 0) {
            return "<span class=\"hidden\">&lt;" + minCell + "</span>";
        }
        return value == null ? "" : String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
    }

    private String number(@Nullable Object value) {
        if (value instanceof Number number && number.doubleValue() < 0) {
            return "<span class=\"hidden\">hidden</span>";
        }
        return value == null ? "&ndash;" : String.format(Locale.ROOT, "%.2f", ((Number) value).doubleValue());
    }

    private String percent(@Nullable Object value) {
        if (value instanceof Number number && number.doubleValue() < 0) {
            return "<span class=\"hidden\">hidden</span>";
        }
        return value == null ? "&ndash;" : String.format(Locale.ROOT, "%.1f%%", ((Number) value).doubleValue());
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
