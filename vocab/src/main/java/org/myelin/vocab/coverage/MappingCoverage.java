package org.myelin.vocab.coverage;

import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;

/**
 * Lists, after an ETL run, which source values reached a standard concept and which did not, by
 * frequency, from the CDM's {@code *_source_value} and {@code *_concept_id} columns (0 = not reached).
 */
public final class MappingCoverage {

    private final DataSource dataSource;
    private final Schemas schemas;

    /** Reads the CDM schema and the vocabulary schema that {@code schemas} name (pass {@code withCdm("cdm_next")} for a build). */
    public MappingCoverage(DataSource dataSource, Schemas schemas) {
        this.dataSource = dataSource;
        this.schemas = schemas;
    }

    /** One grouped query per concept column: source value, concept, records. */
    public CoverageReport report() {
        DSLContext sql = DSL.using(dataSource, Schemas.dialect(), schemas.settings());
        List<CoverageRow> rows = new ArrayList<>();
        for (CoverageField column : CoverageField.ALL) {
            Field<String> value = DSL.coalesce(column.sourceValue(), DSL.inline(""));
            Field<Integer> records = DSL.count();
            sql.select(value, column.concept(), CONCEPT.CONCEPT_NAME, records)
                    .from(column.table())
                    .leftJoin(CONCEPT).on(CONCEPT.CONCEPT_ID.eq(column.concept()))
                    // a null concept (an optional column such as value_as_concept_id) means "not applicable"
                    .where(column.concept().isNotNull())
                    .groupBy(value, column.concept(), CONCEPT.CONCEPT_NAME)
                    .fetch()
                    .forEach(row -> rows.add(new CoverageRow(column.table().getName(), column.concept().getName(),
                            row.value1(), row.value2(), row.value2() == 0 ? null : row.value3(), row.value4())));
        }
        rows.sort(Comparator.comparing(CoverageRow::mapped)
                .thenComparing(Comparator.comparingLong(CoverageRow::records).reversed())
                .thenComparing(CoverageRow::table).thenComparing(CoverageRow::conceptColumn)
                .thenComparing(CoverageRow::sourceValue));
        return new CoverageReport(rows);
    }

    /** Writes the report as CSV (RFC 4180), unmapped values first. */
    public static void writeCsv(CoverageReport report, Path file) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT.builder()
                        .setHeader("table", "concept_column", "source_value", "mapped", "concept_id", "concept_name",
                                "records")
                        .get().print(writer)) {
            for (CoverageRow row : report.rows()) {
                csv.printRecord(row.table(), row.conceptColumn(), row.sourceValue(), row.mapped(), row.conceptId(),
                        row.conceptName() == null ? "" : row.conceptName(), row.records());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** Writes the report as one self-contained HTML page: totals per column, then unmapped and mapped values. */
    public static void writeHtml(CoverageReport report, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>Myelin mapping coverage</title>
                    <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}
                    td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}td.n{text-align:right}
                    tr.unmapped td{background:#fdecea}</style></head><body>
                    <h1>Mapping coverage</h1>
                    <h2>Per concept column</h2>
                    <table><tr><th>column</th><th>records</th><th>mapped</th><th>mapped %</th></tr>
                    """);
            for (CoverageReport.ColumnCoverage column : report.columns()) {
                out.write("<tr><td>" + escape(column.column()) + "</td><td class=\"n\">" + column.records()
                        + "</td><td class=\"n\">" + column.mapped() + "</td><td class=\"n\">"
                        + String.format(Locale.ROOT, "%.1f", column.percentMapped()) + "</td></tr>\n");
            }
            out.write("</table>\n");
            section(out, "Source values that reached no standard concept", report.unmapped(), "unmapped");
            section(out, "Source values mapped to a standard concept", report.mapped(), "mapped");
            out.write("</body></html>\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static void section(Writer out, String title, List<CoverageRow> rows, String rowClass) throws IOException {
        out.write("<h2>" + escape(title) + " (" + rows.size() + ")</h2>\n<table><tr><th>column</th><th>source value</th>"
                + "<th>concept_id</th><th>concept name</th><th>records</th></tr>\n");
        for (CoverageRow row : rows) {
            out.write("<tr class=\"" + rowClass + "\"><td>" + escape(row.table() + "." + row.conceptColumn())
                    + "</td><td>" + escape(row.sourceValue()) + "</td><td class=\"n\">" + row.conceptId() + "</td><td>"
                    + escape(row.conceptName() == null ? "" : row.conceptName()) + "</td><td class=\"n\">"
                    + row.records() + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
