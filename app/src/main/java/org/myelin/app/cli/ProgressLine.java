package org.myelin.app.cli;

import java.io.PrintWriter;

/**
 * A progress line on the error stream: rewritten in place on a terminal, at most one line every few
 * seconds when the output goes to a log, so that a 2 a.m. log stays readable.
 */
public final class ProgressLine {

    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastLogged;
    private boolean open;

    public ProgressLine(PrintWriter err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    /** Shows the current state of the work. */
    public synchronized void update(String text) {
        if (terminal) {
            err.print("\r\u001b[2K" + text);
            err.flush();
            open = true;
        } else if (System.nanoTime() - lastLogged > LOG_INTERVAL_NANOS) {
            err.println(text);
            lastLogged = System.nanoTime();
        }
    }

    /** Ends the line with a final text that stays. */
    public synchronized void done(String text) {
        if (terminal && open) {
            err.print("\r\u001b[2K");
        }
        err.println(text);
        err.flush();
        open = false;
        lastLogged = 0;
    }
}
