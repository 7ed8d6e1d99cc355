package org.myelin.app.quality;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.myelin.app.cli.AtLeastOne;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.OpenDatabase;
import org.myelin.etl.quality.DataQualityReport;
import org.myelin.etl.quality.DataQualityRun;
import org.myelin.etl.quality.DataQualityRunner;
import org.myelin.etl.quality.DqdResultsFile;
import org.myelin.etl.quality.QualityConfiguration;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code myelin dq}: every data-quality check, stored, summarised, and written as DQD JSON and an HTML report. */
@Command(name = "dq", mixinStandardHelpOptions = true,
        description = "Run the OHDSI Data Quality Dashboard checks (conformance, completeness, plausibility, and MS "
                + "plausibility) on a CDM schema; store them in results.dq_check_results and write dq-results.json "
                + "(DQD's viewer format) and dq-report.html.")
public final class DataQualityCommand extends DatabaseCommand {

    @Option(names = "--schema", paramLabel = "NAME",
            description = "CDM schema to check, e.g. cdm_next for a build not yet published (default: the CDM schema).")
    @Nullable String schema;

    @Option(names = "--thresholds", paramLabel = "FILE", description = "A thresholds file replacing the bundled one.")
    @Nullable Path thresholds;

    @Option(names = "--out", defaultValue = "data-quality", paramLabel = "DIR",
            description = "Folder for dq-results.json and dq-report.html (default ${DEFAULT-VALUE}).")
    Path outFolder;

    @Option(names = "--parallel", defaultValue = "" + DataQualityRunner.DEFAULT_PARALLELISM, paramLabel = "N",
            converter = AtLeastOne.class,
            description = "Checks run at once, 1 or more (default ${DEFAULT-VALUE}).")
    int parallel;

    public DataQualityCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        Schemas schemas = schema == null ? database.schemas() : database.schemas().withCdm(schema);
        QualityConfiguration configuration = thresholds == null ? QualityConfiguration.bundled() : QualityConfiguration.load(thresholds);
        err().println("running the data-quality checks on schema " + schemas.cdm() + " ...");
        DataQualityRun run = new DataQualityRunner(database.dataSource(), schemas, configuration, parallel).run();
        try {
            Files.createDirectories(outFolder);
        } catch (IOException e) {
            throw new UserError("cannot create " + outFolder + ": " + e.getMessage());
        }
        new DqdResultsFile(database.dataSource(), schemas).write(run, outFolder.resolve("dq-results.json"));
        new DataQualityReport(database.dataSource(), schemas).write(run, outFolder.resolve("dq-report.html"));
        out.print(run.summaryText());
        out.println("Report: " + outFolder.resolve("dq-report.html").toAbsolutePath());
    }
}
