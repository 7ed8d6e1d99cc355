package org.myelin.etl.registry.read;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.myelin.etl.registry.ColumnRule.Violation;
import org.myelin.etl.registry.QuarantineReason;
import org.myelin.etl.registry.RegistryFile;
import org.myelin.etl.registry.read.RegistryRowChecker.Reference;

/**
 * An export checked against the format without a database: how many rows of each file break which rule, and how
 * many rows each file has. The row-level rules are the ETL's own ({@link RegistryRowChecker}); the rules across
 * rows, which the ETL checks in SQL, are checked here with sets of ids in memory, as an independent oracle for tests.
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
        Map<RegistryFile, Set<String>> admittedIds = new EnumMap<>(RegistryFile.class);
        try (RegistryExport export = RegistryExport.open(location)) {
            boolean centresGiven = export.file(RegistryFile.CENTRES).isPresent();
            RegistryRowChecker checker = new RegistryRowChecker();
            for (RegistryFile file : RegistryRowChecker.LOAD_ORDER) {
                Path path = export.file(file).orElse(null);
                if (path == null) {
                    continue;
                }
                Set<String> ids = admittedIds.computeIfAbsent(file, key -> new HashSet<>());
                String idColumn = RegistryRowChecker.ID_COLUMNS.get(file);
                Reference reference = RegistryRowChecker.REFERENCES.get(file);
                try (RegistryFileReader lines = new RegistryFileReader(file, path, export.describe(path))) {
                    lines.forEachRemaining(line -> {
                        rowsRead.merge(file.fileName(), 1L, Long::sum);
                        Violation violation = checker.check(file, line);
                        String id = idColumn == null ? null : line.get(idColumn);
                        String target = reference == null ? null : line.get(reference.column());
                        if (violation == null && id != null && ids.contains(id)) {
                            violation = new Violation(idColumn, QuarantineReason.DUPLICATE_ID, "");
                        } else if (violation == null && target != null && (reference.target() != RegistryFile.CENTRES || centresGiven)
                                && !admittedIds.getOrDefault(reference.target(), Set.of()).contains(target)) {
                            violation = new Violation(reference.column(), QuarantineReason.UNKNOWN_REFERENCE, "");
                        }
                        if (violation != null) {
                            findings.merge(new Finding(file.fileName(), violation.column(), violation.reason().code()), 1L, Long::sum);
                        } else {
                            checker.admitted(file, line);
                            if (id != null) {
                                ids.add(id);
                            }
                        }
                    });
                }
            }
        }
        return new ExportCheck(findings, rowsRead);
    }
}
