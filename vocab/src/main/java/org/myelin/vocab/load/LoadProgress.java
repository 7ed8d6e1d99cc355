package org.myelin.vocab.load;

import java.time.Duration;
import java.util.function.Consumer;

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

    /**
     * The load as lines of text: {@code update} shows a line that the next one replaces (a file streaming),
     * {@code done} a line that stays (a file copied, a step started).
     */
    static LoadProgress lines(Consumer<String> update, Consumer<String> done) {
        return new LoadProgress() {
            @Override
            public void fileStarted(AthenaFile file) {
                update.accept(file.fileName() + " ...");
            }

            @Override
            public void rowsCopied(AthenaFile file, long rows, Duration elapsed) {
                update.accept(line(file, rows, elapsed));
            }

            @Override
            public void fileFinished(AthenaFile file, long rows, Duration elapsed) {
                done.accept(line(file, rows, elapsed));
            }

            @Override
            public void stepStarted(String description) {
                done.accept(description + " ...");
            }

            private static String line(AthenaFile file, long rows, Duration elapsed) {
                double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
                return String.format("%-26s %,14d rows %8.1f s %,12.0f rows/s", file.fileName(), rows, seconds,
                        rows / seconds);
            }
        };
    }
}
