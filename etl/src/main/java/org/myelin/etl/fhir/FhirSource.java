package org.myelin.etl.fhir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.Resource;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.load.Quarantine;
import org.myelin.etl.registry.LinkedSource;
import org.myelin.etl.registry.RegistryRunReport.FileCounts;
import org.myelin.etl.registry.RunProgress;
import org.myelin.mappings.FhirCodeSystems;
import org.myelin.mappings.SourceMappings;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.vocab.resolve.ConceptResolver;

/**
 * FHIR R4 files (NDJSON, Bundles, folders and zips of them) as a source of the nightly build: every resource parsed
 * by HAPI, mapped to CDM rows staged by COPY with their references, then resolved in SQL. A resource that cannot be
 * read or mapped goes to the quarantine with its file, line, id and reason; one skipped by a rule is counted by
 * rule. Per resource type, read = loaded + quarantined + skipped.
 */
public final class FhirSource implements LinkedSource {

    /** The identifier system that carries the registry's patient id on a linked Patient, unless configured. */
    public static final String DEFAULT_LINK_SYSTEM = "urn:myelin:registry-patient-id";

    /**
     * The source vocabulary of the mapping files that names the CDM vocabulary's field concepts, by
     * {@code table.column}: Athena numbers their codes ({@code CDM<n>}), so a site maps the ones its vocabulary has.
     */
    static final String ID_FIELDS = "CdmField";
    private static final String UNREADABLE = "(unreadable)";
    private static final int PROGRESS_EVERY = 50_000;
    private static final int RAW_LIMIT = 4_000;

    private final List<Path> locations;
    private final String linkSystem;
    private final FhirCodeSystems codeSystems;

    /** {@code codeSystems}: the FHIR system URIs and where their codes are looked up (bundled, and the site's). */
    public FhirSource(List<Path> locations, String linkSystem, FhirCodeSystems codeSystems) {
        this.locations = List.copyOf(locations);
        this.linkSystem = linkSystem;
        this.codeSystems = codeSystems;
    }

    @Override
    public String name() {
        return "fhir";
    }

    @Override
    public String description() {
        return "load FHIR " + locations.stream().map(path -> String.valueOf(path.getFileName())).collect(Collectors.joining(", "));
    }

    @Override
    public Result load(DataSource dataSource, Schemas next, SourceMappings mappings, long runId, Quarantine quarantine,
            RunProgress progress) {
        FhirStaging staging = new FhirStaging(dataSource, next);
        LocalDate today = LocalDate.now();
        FhirConcepts concepts = new FhirConcepts(ConceptResolver.load(dataSource, next, codeSystems.vocabularyIds(), today),
                codeSystems, mappings);
        try (FhirInputs inputs = FhirInputs.open(locations)) {
            staging.create();
            Counts counts = new Counts();
            try (staging) {
                FhirMappers mappers = new FhirMappers(new FhirMapping(concepts, new FhirDates(today),
                        new FhirEventRouter(concepts.mapped("MyelinType", "fhir").conceptId()), linkSystem));
                try (Reading reading = new Reading(mappers, staging, quarantine, counts, progress)) {
                    for (FhirInputs.InputFile file : inputs.files()) {
                        reading.read(file);
                    }
                }
            }
            staging.finish();
            Map<Table<?>, Integer> idFields = FhirResolution.REPORT_LINKS.keySet().stream().collect(Collectors.toMap(table -> table,
                    table -> concepts.mapped(ID_FIELDS, table.getName() + "." + table.field(0).getName()).conceptId()));
            FhirResolution.Result resolved = new FhirResolution(dataSource, next, staging, idFields).resolve(runId);
            resolved.missingPatients().forEach(counts::quarantinedInSql);
            return new Result(counts.byType(), counts.skippedByRule(), resolved.rowsByTable(), List.of());
        } finally {
            staging.drop();
        }
    }

    /** Reads, maps and stages the resources of every file in turn; HAPI parses them on worker threads. */
    private static final class Reading implements AutoCloseable {

        private final ParsingPipeline pipeline;
        private final FhirMappers mappers;
        private final FhirStaging staging;
        private final Quarantine quarantine;
        private final Counts counts;
        private final RunProgress progress;
        private final MappedResource mapped = new MappedResource();
        private FhirInputs.@Nullable InputFile file;
        private long resourcesInFile;
        private long seq;

        Reading(FhirMappers mappers, FhirStaging staging, Quarantine quarantine, Counts counts, RunProgress progress) {
            this.pipeline = new ParsingPipeline(Runtime.getRuntime().availableProcessors(), this::handle);
            this.mappers = mappers;
            this.staging = staging;
            this.quarantine = quarantine;
            this.counts = counts;
            this.progress = progress;
        }

        void read(FhirInputs.InputFile input) {
            file = input;
            resourcesInFile = 0;
            long read = FhirFileReader.read(input, pipeline::add);
            pipeline.drain();
            progress.rows("FHIR resources", seq);
            if (read > 0 && resourcesInFile == 0) {
                throw new UserError(input.name() + " is not FHIR: none of its " + read + " lines is a FHIR resource");
            }
        }

        /** Stages or rejects one parsed resource, in read order. */
        private void handle(ParsingPipeline.Parsed parsed) {
            seq++;
            if (seq % PROGRESS_EVERY == 0) {
                progress.rows("FHIR resources", seq);
            }
            FhirFileReader.RawResource raw = parsed.raw();
            String locator = Objects.requireNonNull(file).name() + ":" + raw.line();
            Resource resource = parsed.resource();
            FhirResourceParser.Rejected rejected = parsed.rejected();
            if (rejected == null || rejected.fhir()) {
                resourcesInFile++; // a resource, even one that is not valid R4, shows the file is FHIR
            }
            if (resource == null) {
                counts.read(UNREADABLE);
                counts.quarantined(UNREADABLE);
                quarantine.reject("fhir", locator, null, Objects.requireNonNull(rejected).getMessage(), raw(raw.json()));
                return;
            }
            String type = resource.fhirType();
            List<String> keys = FhirReferences.keysOf(resource, raw.fullUrl());
            String self = keys.isEmpty() ? type + "/(no id)" : keys.getFirst();
            counts.read(type);
            mapped.clear(self);
            try {
                mappers.map(resource, mapped);
            } catch (FhirResourceParser.Rejected e) {
                counts.quarantined(type);
                quarantine.reject("fhir", locator + " " + self, null, e.getMessage(), raw(raw.json()));
                return;
            }
            if (mapped.skippedBy() != null) {
                counts.skipped(type, mapped.skippedBy());
                return;
            }
            for (StagedRow row : mapped.rows()) {
                staging.write(row, seq, type, locator + " " + self, self);
            }
            for (String result : mapped.results()) {
                staging.writeResult(seq, result);
            }
            MappedResource.Key key = mapped.key();
            if (key != null) {
                for (String k : keys) {
                    staging.writeKey(key.kind(), k, seq, key.drug());
                }
            }
        }

        @Override
        public void close() {
            pipeline.close();
        }

        private static String raw(String json) {
            return json.length() <= RAW_LIMIT ? json : json.substring(0, RAW_LIMIT) + "...";
        }
    }

    /** Per resource type: read, quarantined and skipped; loaded is what remains. */
    private static final class Counts {

        private final Map<String, long[]> byType = new TreeMap<>();
        private final Map<String, Long> skippedByRule = new TreeMap<>();

        void read(String type) {
            counts(type)[0]++;
        }

        void quarantined(String type) {
            counts(type)[1]++;
        }

        void quarantinedInSql(String type, long resources) {
            counts(type)[1] += resources;
        }

        void skipped(String type, String rule) {
            counts(type)[2]++;
            skippedByRule.merge(rule, 1L, Long::sum);
        }

        private long[] counts(String type) {
            return byType.computeIfAbsent(type, t -> new long[3]);
        }

        Map<String, FileCounts> byType() {
            Map<String, FileCounts> result = new TreeMap<>();
            byType.forEach((type, c) -> result.put("FHIR " + type, new FileCounts(c[0], c[0] - c[1] - c[2], c[1], c[2])));
            return result;
        }

        Map<String, Long> skippedByRule() {
            return skippedByRule;
        }
    }
}
