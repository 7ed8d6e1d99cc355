package org.myelin.vocab.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mapping coverage of a CDM: every (column, source value, concept) with its record count. */
public record CoverageReport(List<CoverageRow> rows) {

    public CoverageReport {
        rows = List.copyOf(rows);
    }

    /** Source values that reached no standard concept, most frequent first: what a site fixes first. */
    public List<CoverageRow> unmapped() {
        return rows.stream().filter(row -> !row.mapped()).toList();
    }

    public List<CoverageRow> mapped() {
        return rows.stream().filter(CoverageRow::mapped).toList();
    }

    /** Records in total and records mapped per concept column ("table.column"), in report order. */
    public List<ColumnCoverage> columns() {
        Map<String, ColumnCoverage> columns = new LinkedHashMap<>();
        for (CoverageRow row : rows) {
            columns.merge(row.table() + "." + row.conceptColumn(),
                    new ColumnCoverage(row.table() + "." + row.conceptColumn(), row.records(),
                            row.mapped() ? row.records() : 0),
                    (a, b) -> new ColumnCoverage(a.column(), a.records() + b.records(), a.mapped() + b.mapped()));
        }
        return List.copyOf(columns.values());
    }

    /** One concept column's records and how many of them reached a standard concept. */
    public record ColumnCoverage(String column, long records, long mapped) {

        public double percentMapped() {
            return records == 0 ? 0 : 100.0 * mapped / records;
        }
    }
}
