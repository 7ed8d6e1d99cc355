package org.myelin.vocab.load;

import java.io.PrintStream;
import java.time.Duration;

/** Receives the progress of a vocabulary load, so that a command line can render it. */
public interface LoadProgress {

    /** A file starts streaming into its table. */
    void fileStarted(AthenaFile file);

    /** Called about twice a second while a file streams. */
    void rowsCopied(AthenaFile file, long rows, Duration elapsed);

    /** A file has been copied completely. */
    void fileFinished(AthenaFile file, long rows, Duration elapsed);

    /** A step after the copy starts, such as building indexes or validating. */
    void stepStarted(String description);

    static LoadProgress silent() {
        return new LoadProgress() {
            @Override
            public void fileStarted(AthenaFile file) {
            }

            @Override
            public void rowsCopied(AthenaFile file, long rows, Duration elapsed) {
            }

            @Override
            public void fileFinished(AthenaFile file, long rows, Duration elapsed) {
            }

            @Override
            public void stepStarted(String description) {
            }
        };
    }

    /** One line per file and step, rewritten in place while a file streams (for stderr on a terminal). */
    static LoadProgress lines(PrintStream out) {
        return new LoadProgress() {
            @Override
            public void fileStarted(AthenaFile file) {
                out.print(file.fileName() + " ...");
                out.flush();
            }

            @Override
            public void rowsCopied(AthenaFile file, long rows, Duration elapsed) {
                out.print("\r" + line(file, rows, elapsed));
                out.flush();
            }

            @Override
            public void fileFinished(AthenaFile file, long rows, Duration elapsed) {
                out.println("\r" + line(file, rows, elapsed));
            }

            @Override
            public void stepStarted(String description) {
                out.println(description + " ...");
            }

            private static String line(AthenaFile file, long rows, Duration elapsed) {
                double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
                return String.format("%-26s %,14d rows %8.1f s %,12.0f rows/s", file.fileName(), rows, seconds,
                        rows / seconds);
            }
        };
    }
}
