package org.myelin.etl.registry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.etl.batch.BatchRuntime;
import org.myelin.etl.derive.ConditionEraBuilder;
import org.myelin.etl.derive.DoseEraBuilder;
import org.myelin.etl.derive.DrugEraBuilder;
import org.myelin.etl.derive.ObservationPeriodBuilder;
import org.myelin.etl.load.IdMap;
import org.myelin.etl.load.Quarantine;
import org.myelin.etl.nightly.NightlyBuild;
import org.myelin.etl.nightly.RunLog;
import org.myelin.etl.quality.DataQualityRun;
import org.myelin.etl.quality.DataQualityRunner;
import org.myelin.etl.quality.PublishGate;
import org.myelin.etl.registry.map.RegistryMappingContext;
import org.myelin.etl.registry.read.RegistryExport;
import org.myelin.etl.registry.read.RegistryManifest;
import org.myelin.etl.registry.read.RegistryRowChecker;
import org.myelin.mappings.MappingFileReader;
import org.myelin.mappings.MappingRow;
import org.myelin.mappings.SourceMappings;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.jooq.cdm.tables.records.CdmSourceRecord;
import org.myelin.vocab.validate.VocabularyValidator;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The nightly registry job: a registry export (folder or zip) into a fresh {@code cdm_next}, eras derived, keys and
 * indexes built (rows that break a key leave it unbuilt), data-quality checks run as the gate (a failed fatal check
 * stops the run), then published in one transaction. A Spring Batch job of one step per stage and
 * per file, recorded in the job repository; {@code myelin.run_log} keeps the run's report.
 *
 * <p>If anything fails, the published CDM stays as it was and the run is logged as failed with its reason.
 */
public final class RegistryEtl {

    public static final String JOB_NAME = "registryEtlJob";

    private final DataSource dataSource;
    private final Schemas schemas;
    private final RunProgress progress;

    public RegistryEtl(DataSource dataSource, Schemas schemas, RunProgress progress) {
        this.dataSource = dataSource;
        this.schemas = schemas;
        this.progress = progress;
    }

    /** Runs the job on an export; {@code siteMappings} are the site's own mapping rows, which win over the bundled ones. */
    public RegistryRunReport run(Path exportLocation, List<MappingRow> siteMappings) {
        return run(exportLocation, siteMappings, List.of());
    }

    /**
     * Runs the job on an export, or on none, with further sources loaded into the same build after it; one
     * publish for all of them.
     */
    public RegistryRunReport run(@Nullable Path exportLocation, List<MappingRow> siteMappings, List<LinkedSource> linked) {
        RunLog runLog = new RunLog(dataSource, schemas);
        try (NightlyBuild build = NightlyBuild.begin(dataSource, schemas)) {
            List<String> sources = new ArrayList<>();
            if (exportLocation != null) {
                sources.add(exportLocation.toString());
            }
            linked.forEach(source -> sources.add(source.description()));
            long runId = runLog.start(JOB_NAME, String.join("; ", sources));
            try (RegistryExport export = exportLocation == null ? null : RegistryExport.open(exportLocation);
                    Quarantine quarantine = new Quarantine(dataSource, schemas, runId)) {
                RegistryRunReport report = execute(build, export, quarantine, runId, siteMappings, linked);
                runLog.finish(runId, RunLog.Status.COMPLETED, String.format("%,d rows written, %,d quarantined",
                        report.rowsWritten(), report.quarantined()), report.render());
                return report;
            } catch (RuntimeException e) {
                runLog.finish(runId, RunLog.Status.FAILED, String.valueOf(e.getMessage()).lines().findFirst().orElse("failed")
                        + " (nothing was published)", null);
                throw e;
            }
        }
    }

    private RegistryRunReport execute(NightlyBuild build, @Nullable RegistryExport export, Quarantine quarantine, long runId,
            List<MappingRow> siteMappings, List<LinkedSource> linked) {
        List<MappingRow> rows = new ArrayList<>(MappingFileReader.bundled());
        rows.addAll(siteMappings);
        SourceMappings mappings = SourceMappings.resolve(dataSource, schemas, rows);
        mappings.writeSourceToConceptMap(dataSource, schemas);
        RegistryManifest manifest = export == null ? new RegistryManifest(null, null) : RegistryManifest.of(export);
        LocalDate exportDate = manifest.exportDate() != null ? manifest.exportDate() : LocalDate.now();
        IdMap persons = IdMap.load(dataSource, schemas, "person", RegistryMappingContext.SOURCE_SYSTEM);
        IdMap careSites = IdMap.load(dataSource, schemas, "care_site", RegistryMappingContext.SOURCE_SYSTEM);
        IdMap locations = IdMap.load(dataSource, schemas, "location", RegistryMappingContext.SOURCE_SYSTEM);
        RegistryMappingContext context = new RegistryMappingContext(mappings, persons, careSites, locations, exportDate);
        RegistryKeys keys = new RegistryKeys(dataSource, schemas, export != null && export.file(RegistryFile.CENTRES).isPresent());
        RegistryFileLoad fileLoad = new RegistryFileLoad(dataSource, build.next(), new RegistryRowChecker(), keys, context,
                quarantine, progress);

        Map<String, RegistryRunReport.FileCounts> files = new LinkedHashMap<>();
        Map<String, Long> skippedByRule = new LinkedHashMap<>();
        Map<String, Long> tables = new LinkedHashMap<>();
        Map<String, RegistryRunReport.Stage> stages = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        List<DataQualityRun> quality = new ArrayList<>(1);
        mappings.unresolved().forEach(unresolved -> warnings.add("mapping " + unresolved.row().locator() + ": " + unresolved.reason()));
        DSLContext next = DSL.using(dataSource, Schemas.dialect(), build.next().settings());
        BatchRuntime batch = BatchRuntime.on(dataSource, schemas);

        SimpleJobBuilder job = new JobBuilder(JOB_NAME, batch.repository())
                .start(stage(batch, "registryPrepare", "prepare " + build.next().cdm(), stages, () -> {
                    build.prepare();
                    keys.clear();
                    return 0;
                }));
        if (export != null) {
            for (RegistryFile file : RegistryRowChecker.LOAD_ORDER) {
                export.file(file).ifPresent(path -> job.next(stage(batch, "registryLoad_" + file.name().toLowerCase(Locale.ROOT),
                        "load " + file.fileName(), stages, () -> {
                            RegistryFileLoad.Result result = fileLoad.load(export, file, path);
                            files.put(file.fileName(), result.counts());
                            result.rowsByTable().forEach((table, count) -> tables.merge(table, count, Long::sum));
                            result.unknownColumns().forEach(column -> warnings.add(file.fileName() + ": unknown column '"
                                    + column + "' ignored"));
                            return result.counts().read();
                        })));
            }
        }
        for (LinkedSource source : linked) {
            job.next(stage(batch, "registryLoad_" + source.name(), source.description(), stages, () -> {
                persons.save(); // the source links to tonight's registry persons through the id map
                LinkedSource.Result result = source.load(dataSource, build.next(), mappings, runId, quarantine, progress);
                files.putAll(result.counts());
                result.skippedByRule().forEach((rule, count) -> skippedByRule.merge(rule, count, Long::sum));
                result.rowsByTable().forEach((table, count) -> tables.merge(table, count, Long::sum));
                warnings.addAll(result.warnings());
                return result.counts().values().stream().mapToLong(RegistryRunReport.FileCounts::read).sum();
            }));
        }
        job.next(stage(batch, "registryDerive", "derive periods and eras", stages, () -> {
            Map<String, LongSupplier> derivations = new LinkedHashMap<>();
            derivations.put("observation_period", () -> new ObservationPeriodBuilder().build(next, context.registryType()));
            derivations.put("condition_era", () -> new ConditionEraBuilder().build(next));
            derivations.put("drug_era", () -> new DrugEraBuilder().build(next));
            derivations.put("dose_era", () -> new DoseEraBuilder().build(next));
            long derived = 0;
            for (var derivation : derivations.entrySet()) {
                long rowsWritten = derivation.getValue().getAsLong();
                tables.put(derivation.getKey(), rowsWritten);
                derived += rowsWritten;
            }
            writeCdmSource(next, manifest, exportDate);
            tables.put("cdm_source", 1L);
            return derived;
        }));
        // keys before the checks: a key the database built proves its check (no duplicate, no orphan), which then costs
        // nothing; rows that break a key leave it unbuilt, and the gate counts and names them before anything is published
        AtomicBoolean keysBuilt = new AtomicBoolean();
        job.next(stage(batch, "registryIndex", "build keys and indexes", stages, () -> {
            keysBuilt.set(build.tryFinishLoading());
            return 0;
        }));
        job.next(stage(batch, "registryQuality", "data-quality checks", stages, () -> {
            DataQualityRun checks = new DataQualityRunner(dataSource, build.next()).run();
            quality.add(checks);
            PublishGate.Decision decision = PublishGate.decide(checks);
            if (!decision.mayPublish()) {
                throw new UserError(decision.message() + " (nothing was published; details: myelin dq)");
            }
            if (!keysBuilt.get()) {
                build.finishLoading();
            }
            return checks.results().size();
        }));
        job.next(stage(batch, "registryPublish", "publish", stages, () -> {
            persons.save();
            careSites.save();
            locations.save();
            build.publish();
            return 0;
        }));
        run(batch, job.build(), runId);
        return new RegistryRunReport(runId, files, skippedByRule, tables, stages, warnings, quality.getFirst().summaryText());
    }

    private Step stage(BatchRuntime batch, String stepName, String description, Map<String, RegistryRunReport.Stage> stages,
            LongSupplier work) {
        return new StepBuilder(stepName, batch.repository()).tasklet((contribution, chunk) -> {
            progress.stage(description);
            long started = System.nanoTime();
            long rows = work.getAsLong();
            contribution.incrementWriteCount(rows);
            stages.put(description, new RegistryRunReport.Stage((System.nanoTime() - started) / 1e9, rows));
            return RepeatStatus.FINISHED;
        }, batch.transactions()).build();
    }

    private static void run(BatchRuntime batch, Job job, long runId) {
        JobExecution execution;
        try {
            execution = batch.operator().start(job, new JobParametersBuilder().addLong("run_id", runId).toJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException("the registry job could not start: " + e.getMessage(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable failure = execution.getAllFailureExceptions().stream().findFirst()
                    .orElse(new IllegalStateException("the registry job ended " + execution.getStatus()));
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }

    private void writeCdmSource(DSLContext next, RegistryManifest manifest, LocalDate exportDate) {
        String vocabularyVersion = new VocabularyValidator(dataSource, schemas).version().orElse("unknown");
        String registry = manifest.registry() == null ? "MS registry" : manifest.registry();
        next.executeInsert(new CdmSourceRecord()
                .setCdmSourceName(registry)
                .setCdmSourceAbbreviation(registry.length() > 25 ? registry.substring(0, 25) : registry)
                .setCdmHolder(registry)
                .setSourceDescription("MS registry export, format version 1, built by Myelin")
                .setCdmEtlReference("Myelin registry ETL")
                .setSourceReleaseDate(exportDate)
                .setCdmReleaseDate(LocalDate.now())
                .setCdmVersion("v5.4")
                .setCdmVersionConceptId(0)
                .setVocabularyVersion(vocabularyVersion));
    }
}
