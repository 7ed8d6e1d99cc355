package org.myelin.etl.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.myelin.etl.load.CdmSink;
import org.myelin.etl.load.Quarantine;
import org.myelin.etl.registry.ColumnRule.Violation;
import org.myelin.etl.registry.map.RegistryMappers;
import org.myelin.etl.registry.map.RegistryMappingContext;
import org.myelin.etl.registry.map.RegistryRowMapper;
import org.myelin.etl.registry.read.RegistryExport;
import org.myelin.etl.registry.read.RegistryFileReader;
import org.myelin.etl.registry.read.RegistryRowChecker;
import org.myelin.etl.registry.read.SourceLine;
import org.myelin.sql.Schemas;

/**
 * Loads one file of an export into the CDM being built: streams its lines, admits or quarantines each,
 * maps the admitted ones and COPYs the rows, then commits. Returns its counts; read = loaded + quarantined.
 * A file with ids or references is read twice: first to stage the keys of its lines for {@link RegistryKeys},
 * then to load it, merging in the lines those checks reject.
 */
final class RegistryFileLoad {

    private static final int PROGRESS_EVERY = 50_000;

    private final DataSource dataSource;
    private final Schemas target;
    private final RegistryRowChecker checker;
    private final RegistryKeys keys;
    private final RegistryMappingContext context;
    private final Quarantine quarantine;
    private final RunProgress progress;

    RegistryFileLoad(DataSource dataSource, Schemas target, RegistryRowChecker checker, RegistryKeys keys,
            RegistryMappingContext context, Quarantine quarantine, RunProgress progress) {
        this.dataSource = dataSource;
        this.target = target;
        this.checker = checker;
        this.keys = keys;
        this.context = context;
        this.quarantine = quarantine;
        this.progress = progress;
    }

    /** The counts of the file, the rows it wrote per table, and its unknown columns. */
    record Result(RegistryRunReport.FileCounts counts, Map<String, Long> rowsByTable, List<String> unknownColumns) {
    }

    Result load(RegistryExport export, RegistryFile file, Path path) {
        String name = export.describe(path);
        RegistryRowMapper mapper = RegistryMappers.of(file, context);
        long read = 0;
        long rejected = 0;
        Result result;
        boolean keyed = keys.apply(file);
        if (keyed) {
            stageKeys(file, path, name);
        }
        try (RegistryFileReader lines = new RegistryFileReader(file, path, name); CdmSink sink = new CdmSink(dataSource, target);
                RegistryKeys.Rejections rejections = keyed ? keys.rejections(file) : RegistryKeys.Rejections.none()) {
            while (lines.hasNext()) {
                SourceLine line = lines.next();
                read++;
                Violation violation = checker.check(file, line);
                if (violation == null) {
                    violation = rejections.at(line.line());
                }
                if (violation == null) {
                    checker.admitted(file, line);
                    mapper.map(line, sink);
                } else {
                    rejected++;
                    quarantine.reject(file.fileName(), name + ":" + line.line(), violation.column().isEmpty() ? null : violation.column(),
                            violation.reason().code() + ": " + violation.message(), line.raw());
                }
                if (read % PROGRESS_EVERY == 0) {
                    progress.rows(file.fileName(), read);
                }
            }
            progress.rows(file.fileName(), read);
            result = new Result(new RegistryRunReport.FileCounts(read, read - rejected, rejected), sink.rowsByTable(),
                    lines.unknownColumns());
        }
        return result;
    }

    private void stageKeys(RegistryFile file, Path path, String name) {
        long read = 0;
        try (RegistryFileReader lines = new RegistryFileReader(file, path, name); RegistryKeys.Stage stage = keys.stage(file)) {
            while (lines.hasNext()) {
                SourceLine line = lines.next();
                if (checker.check(file, line) == null) {
                    stage.write(line);
                }
                if (++read % PROGRESS_EVERY == 0) {
                    progress.rows(file.fileName() + " (ids)", read);
                }
            }
        }
        keys.analyze();
    }
}
