package org.myelin.app.vocab;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.OpenDatabase;
import org.myelin.sql.UserError;
import org.myelin.vocab.coverage.CoverageReport;
import org.myelin.vocab.coverage.MappingCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code myelin vocab coverage}: which source values reached a standard concept, as CSV and HTML. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Report the source values and codes of the CDM that reached a standard concept and those that "
                + "did not, by frequency, as CSV and as an HTML page.")
public final class VocabCoverageCommand extends DatabaseCommand {

    @Option(names = "--out", defaultValue = "coverage", paramLabel = "DIR", description = "Folder for coverage.csv and "
            + "coverage.html (default ${DEFAULT-VALUE}).")
    Path outFolder;

    public VocabCoverageCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        try {
            Files.createDirectories(outFolder);
        } catch (java.io.IOException e) {
            throw new UserError("cannot create " + outFolder + ": " + e.getMessage());
        }
        CoverageReport report = new MappingCoverage(database.dataSource(), database.schemas()).report();
        MappingCoverage.writeCsv(report, outFolder.resolve("coverage.csv"));
        MappingCoverage.writeHtml(report, outFolder.resolve("coverage.html"));
        for (CoverageReport.ColumnCoverage column : report.columns()) {
            out.printf("%-45s %,12d records %6.1f%% mapped%n", column.column(), column.records(), column.percentMapped());
        }
        out.println("Unmapped source values: " + report.unmapped().size() + "; details in "
                + outFolder.resolve("coverage.html").toAbsolutePath());
    }
}
