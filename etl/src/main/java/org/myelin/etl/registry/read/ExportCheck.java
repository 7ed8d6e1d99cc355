package org.myelin.etl.registry.read;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.myelin.etl.registry.ColumnRule.Violation;
import org.myelin.etl.registry.RegistryFile;

/**
 * An export checked against the format without loading it: how many rows of each file break which rule,
 * and how many rows each file has. The same checks the ETL applies, in the same order.
 */
public record ExportCheck(Map<Finding, Long> findings, Map<String, Long> rowsRead) {

    /** Rows of a file that break a rule in a column, for a reason (its code). */
    public record Finding(String file, String column, String reason) implements Comparable<Finding> {

        @Override
        public int compareTo(Finding other) {
            return (file + "\u0000" + column + "\u0000" + reason).compareTo(other.file + "\u0000" + other.column + "\u0000" + other.reason);
        }
    }

    public static ExportCheck of(Path location) {
        Map<Finding, Long> findings = new TreeMap<>();
        Map<String, Long> rowsRead = new TreeMap<>();
        try (RegistryExport export = RegistryExport.open(location)) {
            RegistryRowChecker checker = new RegistryRowChecker(export.file(RegistryFile.CENTRES).isPresent());
            for (RegistryFile file : RegistryRowChecker.LOAD_ORDER) {
                Path path = export.file(file).orElse(null);
                if (path == null) {
                    continue;
                }
                try (RegistryFileReader lines = new RegistryFileReader(file, path, export.describe(path))) {
                    lines.forEachRemaining(line -> {
                        rowsRead.merge(file.fileName(), 1L, Long::sum);
                        Violation violation = checker.admit(file, line);
                        if (violation != null) {
                            findings.merge(new Finding(file.fileName(), violation.column(), violation.reason().code()), 1L, Long::sum);
                        }
                    });
                }
            }
        }
        return new ExportCheck(findings, rowsRead);
    }
}
