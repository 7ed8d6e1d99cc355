package org.myelin.etl.registry;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What one registry run did: per file rows read, loaded and quarantined; per CDM table rows written; per
 * stage seconds and rows per second; warnings (unknown columns, unresolved mappings); the data-quality
 * summary by category. Printed at the end of
 * a run and kept in {@code myelin.run_log}.
 */
public record RegistryRunReport(long runId, Map<String, FileCounts> files, Map<String, Long> skippedByRule,
        Map<String, Long> tables, Map<String, Stage> stages, List<String> warnings, String quality) {

    /** Rows of one file (or records of one kind): read = loaded + quarantined + skipped by a rule. */
    public record FileCounts(long read, long loaded, long quarantined, long skipped) {

        /** A file whose rows are all loaded or quarantined, as a registry file's. */
        public FileCounts(long read, long loaded, long quarantined) {
            this(read, loaded, quarantined, 0);
        }
    }

    /** One stage of the run with its duration and the rows it moved. */
    public record Stage(double seconds, long rows) {

        public double rowsPerSecond() {
            return seconds <= 0 ? 0 : rows / seconds;
        }
    }

    public RegistryRunReport {
        files = new LinkedHashMap<>(files);
        skippedByRule = new LinkedHashMap<>(skippedByRule);
        tables = new LinkedHashMap<>(tables);
        stages = new LinkedHashMap<>(stages);
        warnings = List.copyOf(warnings);
    }

    public long quarantined() {
        return files.values().stream().mapToLong(FileCounts::quarantined).sum();
    }

    public long rowsWritten() {
        return tables.values().stream().mapToLong(Long::longValue).sum();
    }

    public double seconds() {
        return stages.values().stream().mapToDouble(Stage::seconds).sum();
    }

    /** What the run kept in memory: young pools only hold garbage waiting for collection, so only the old one counts. */
    private static long peakOldGenerationBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** The width of the first column: the longest file, rule, table or stage name, at least 22. */
    private int nameWidth() {
        return Stream.of(files.keySet().stream(), skippedByRule.keySet().stream().map(rule -> "skipped: " + rule),
                tables.keySet().stream(), stages.keySet().stream()).flatMap(names -> names)
                .mapToInt(String::length).reduce(22, Math::max);
    }

    /** The report as people read it. */
    public String render() {
        return render(true);
    }

    /** The report as people read it, with or without the data-quality summary (which a caller may show on its own). */
    public String render(boolean withQuality) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Run #%d: %,d CDM rows written, %,d source rows quarantined, %.1f s%n",
                runId, rowsWritten(), quarantined(), seconds()));
        int width = nameWidth();
        String name = "  %-" + width + "s";
        text.append(String.format("%n" + name + " %12s %12s %12s %12s%n", "file", "read", "loaded", "quarantined", "skipped"));
        files.forEach((file, counts) -> text.append(String.format(name + " %,12d %,12d %,12d %,12d%n", file, counts.read(),
                counts.loaded(), counts.quarantined(), counts.skipped())));
        skippedByRule.forEach((rule, count) -> text.append(String.format(name + " %,12d%n", "skipped: " + rule, count)));
        text.append(String.format("%n" + name + " %12s%n", "CDM table", "rows"));
        tables.forEach((table, rows) -> text.append(String.format(name + " %,12d%n", table, rows)));
        text.append(String.format("%n" + name + " %12s %12s %12s%n", "stage", "seconds", "rows", "rows/s"));
        stages.forEach((stage, figures) -> text.append(String.format(name + " %12.1f %,12d %,12.0f%n", stage,
                figures.seconds(), figures.rows(), figures.rowsPerSecond())));
        if (withQuality) {
            text.append(String.format("%n  Data quality (the gate before publishing):%n")).append(quality.indent(2));
        }
        if (Boolean.getBoolean("myelin.report.heap")) {
            text.append(String.format("%n  peak old-generation heap: %,d MB (data that outlived young collections)%n",
                    peakOldGenerationBytes() / (1024 * 1024)));
        }
        if (!warnings.isEmpty()) {
            text.append(System.lineSeparator()).append("  Warnings:").append(System.lineSeparator());
            warnings.forEach(warning -> text.append("  - ").append(warning).append(System.lineSeparator()));
        }
        return text.toString();
    }
}
