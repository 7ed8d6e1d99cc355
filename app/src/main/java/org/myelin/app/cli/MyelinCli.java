package org.myelin.app.cli;

import java.io.PrintWriter;
import org.myelin.sql.UserError;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import picocli.CommandLine;

/**
 * Runs a command line through picocli, with commands created by Spring (constructor injection), and turns
 * failures into exit codes: a {@link UserError} or a bad option prints one line and gives 2; anything else is
 * a bug, printed with its stack trace, and gives 1.
 */
public final class MyelinCli {

    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;

    private final AutowireCapableBeanFactory beans;

    public MyelinCli(AutowireCapableBeanFactory beans) {
        this.beans = beans;
    }

    public int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(MyelinCommand.class, new SpringCommandFactory(beans));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            err.println("myelin: " + e.getMessage() + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return USER_ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            UserError userError = userErrorIn(e);
            if (userError != null) {
                err.println("myelin: " + userError.getMessage());
                return USER_ERROR;
            }
            err.println("myelin: internal error in '" + failed.getCommandSpec().qualifiedName()
                    + "' (a bug in Myelin, not in your input; the stack trace follows)");
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    /** The user error behind a failure, however deeply a library wrapped it. */
    private static UserError userErrorIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserError userError) {
                return userError;
            }
        }
        return null;
    }
}
