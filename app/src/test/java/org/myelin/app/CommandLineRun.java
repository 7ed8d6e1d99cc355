package org.myelin.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one in-process run of the myelin command returned and printed. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun myelin(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = MyelinApplication.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandLineRun(exitCode, out.toString(), err.toString());
    }
}
