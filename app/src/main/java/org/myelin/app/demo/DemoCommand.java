package org.myelin.app.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.myelin.app.cli.ProgressLine;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.DatabaseStatusReport;
import org.myelin.app.db.DbInitCommand;
import org.myelin.app.db.OpenDatabase;
import org.myelin.etl.registry.RegistryEtl;
import org.myelin.etl.registry.RegistryRunReport;
import org.myelin.etl.registry.RunProgress;
import org.myelin.etl.registry.synthetic.RegistryExportGenerator;
import org.myelin.etl.registry.synthetic.RegistryGenerationOptions;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code myelin demo}: the whole chain on generated data, on the embedded database unless --db says otherwise. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole chain on generated data: initialise the database, load the MS starter vocabulary, "
                + "generate a registry export and run the nightly registry ETL on it.")
public final class DemoCommand extends DatabaseCommand {

    @Option(names = "--patients", defaultValue = "1000", paramLabel = "N",
            description = "Patients in the generated registry export (default ${DEFAULT-VALUE}).")
    int patients;

    public DemoCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        long started = System.nanoTime();
        out.println("[1/4] Database: " + database.description());
        DbInitCommand.initialise(database, out);

        out.println("[2/4] MS starter vocabulary");
        new VocabularyLoader(database.dataSource(), database.schemas(), LoadProgress.silent()).loadStarter().summary()
                .stream().filter(line -> line.startsWith("copy") || line.startsWith("vocabulary version")).forEach(line -> out.println("      " + line));

        Path export = home().resolve("demo").resolve("registry-export");
        out.println("[3/4] Synthetic registry export of " + patients + " patients");
        ProgressLine progress = new ProgressLine(err());
        var generated = new RegistryExportGenerator(RegistryGenerationOptions.of(patients, 42, false))
                .generate(export, (done, total) -> progress.update(String.format("%,d of %,d patients", done, total)));
        progress.done("      " + generated.describe());

        out.println("[4/4] Nightly registry ETL into the OMOP CDM");
        RegistryRunReport report = new RegistryEtl(database.dataSource(), database.schemas(), RunProgress.SILENT)
                .run(export, List.of());
        out.print(report.render().indent(6));

        out.println();
        new DatabaseStatusReport(database).print(out);
        out.printf("%nDemo finished in %.1f s. Connect with the URL above while 'myelin db serve' runs.%n",
                (System.nanoTime() - started) / 1e9);
    }
}
