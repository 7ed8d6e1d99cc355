package org.myelin.app.cli;

import org.myelin.app.cohort.CohortCommand;
import org.myelin.app.db.DbCommand;
import org.myelin.app.demo.DemoCommand;
import org.myelin.app.etl.EtlCommand;
import org.myelin.app.generate.GenerateCommand;
import org.myelin.app.quality.DataQualityCommand;
import org.myelin.app.study.StudyCommand;
import org.myelin.app.vocab.VocabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code myelin} command. */
@Command(name = "myelin", mixinStandardHelpOptions = true, versionProvider = MyelinVersion.class,
        description = "Multiple sclerosis data into the OMOP CDM v5.4, and OHDSI cohorts on it.",
        subcommands = {DemoCommand.class, DbCommand.class, VocabCommand.class, GenerateCommand.class, EtlCommand.class,
            DataQualityCommand.class, CohortCommand.class, StudyCommand.class})
public final class MyelinCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
