package org.myelin.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.myelin.app.cli.MyelinVersion;
import org.myelin.app.cli.ProgressLine;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.DatabaseStatusReport;
import org.myelin.app.db.DbInitCommand;
import org.myelin.app.db.OpenDatabase;
import org.myelin.app.etl.EtlFhirCommand;
import org.myelin.app.etl.FhirOptions;
import org.myelin.app.study.StudyRunCommand;
import org.myelin.cohort.model.CohortExpressionReader;
import org.myelin.cohort.run.CohortDefinition;
import org.myelin.cohort.run.CohortBatchGenerator;
import org.myelin.cohort.run.CohortGenerator;
import org.myelin.cohort.study.StudyDefinition;
import org.myelin.cohort.study.StudyDefinitionReader;
import org.myelin.cohort.study.StudySettings;
import org.myelin.etl.fhir.synthetic.FhirExportGenerator;
import org.myelin.etl.fhir.synthetic.FhirGenerationOptions;
import org.myelin.etl.registry.RegistryRunReport;
import org.myelin.etl.registry.synthetic.RegistryExportGenerator;
import org.myelin.etl.registry.synthetic.RegistryGenerationOptions;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code myelin demo}: the whole chain on generated data, on the embedded database unless --db says otherwise. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole chain on generated data: initialise the database, load the MS starter vocabulary, "
                + "generate a registry export and the hospital's FHIR R4 data of the same patients, load both with one nightly "
                + "ETL run, show the data-quality checks that gated its publish, generate a cohort, and run the MS library "
                + "study into a results package with an HTML report.")
public final class DemoCommand extends DatabaseCommand {

    @Option(names = "--patients", defaultValue = "1000", paramLabel = "N",
            description = "Patients in the generated registry export; the generated FHIR data holds as many hospital "
                    + "patients, most of them the registry's (default ${DEFAULT-VALUE}).")
    int patients;

    private static final String DEMO_COHORT = "ms-first-diagnosis-treated";
    /** One seed for both generators, so that the FHIR patients carry the ids of the registry's. */
    private static final long SEED = 42;

    public DemoCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        long started = System.nanoTime();
        out.println("[1/7] Database: " + database.description());
        DbInitCommand.initialise(database, out);

        out.println("[2/7] MS starter vocabulary");
        new VocabularyLoader(database.dataSource(), database.schemas(), LoadProgress.silent()).loadStarter().summary()
                .stream().filter(line -> line.startsWith("copy") || line.startsWith("vocabulary version")).forEach(line -> out.println("      " + line));

        Path export = home().resolve("demo").resolve("registry-export");
        out.println("[3/7] Synthetic registry export and FHIR R4 data of " + patients + " patients");
        ProgressLine progress = new ProgressLine(err());
        var generated = new RegistryExportGenerator(RegistryGenerationOptions.of(patients, SEED, false))
                .generate(export, (done, total) -> progress.update(String.format("%,d of %,d patients", done, total)));
        progress.done("      " + generated.describe());

        Path fhir = home().resolve("demo").resolve("fhir");
        var fhirGenerated = new FhirExportGenerator(FhirGenerationOptions.of(patients, SEED))
                .generate(fhir, (done, total) -> progress.update(String.format("%,d of %,d FHIR patients", done, total)));
        progress.done("      " + fhirGenerated.describe());

        out.println("[4/7] Nightly ETL of the registry export and the FHIR data into one OMOP CDM");
        RegistryRunReport report = EtlFhirCommand.build(database, export, List.of(fhir), FhirOptions.defaults(), err());
        out.print(report.render(false).indent(6));

        out.println("[5/7] Data quality: the OHDSI DQD checks that gated the publish, by category");
        out.print(report.quality().indent(6));
        out.println("      The failing checks, their SQL and the trend: myelin dq (writes dq-report.html)");

        out.println("[6/7] Cohort: " + DEMO_COHORT + " (ATLAS/Circe definition)");
        out.print(new CohortGenerator(database.dataSource(), database.schemas()).generate(demoCohort())
                .attritionTable().indent(6));

        out.println("[7/7] Study: the MS phenotype library, every analysis, small cells hidden");
        Path studyReport = runLibraryStudy(database, progress);

        out.println();
        new DatabaseStatusReport(database).print(out);
        out.printf("%nDemo finished in %.1f s. Connect with the URL above while 'myelin db serve' runs.%n",
                (System.nanoTime() - started) / 1e9);
        out.println("Study report: " + studyReport + " (open it in a browser; the package is also at "
                + studyReport.getParent() + ".zip)");
    }

    /** The standard MS library study on the demo data, into {@code HOME/demo/ms-study}; returns the report's path. */
    private Path runLibraryStudy(OpenDatabase database, ProgressLine progress) {
        StudyDefinition study = new StudyDefinitionReader().readLibraryStudy("ms");
        Path report = StudyRunCommand.runStudy(database, study, "--library ms",
                new StudySettings(StudySettings.DEFAULT_MIN_CELL_COUNT, MyelinVersion.current()),
                CohortBatchGenerator.DEFAULT_PARALLELISM, home().resolve("demo").resolve("ms-study"), progress::update);
        progress.done("      " + study.cohorts().size() + " cohorts, " + study.analyses().size()
                + " analyses; results package " + report.getParent());
        return report;
    }

    /** The demo's cohort: first MS diagnosis, with a DMT within two years and an EDSS on record. */
    private static CohortDefinition demoCohort() {
        String resource = "/demo/" + DEMO_COHORT + ".json";
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            String json = new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
            return new CohortDefinition(1, DEMO_COHORT, "first MS diagnosis, treated within two years, EDSS on record",
                    new CohortExpressionReader().read(json, resource), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
