package org.myelin.etl.registry;

/** What a run tells its watcher while it works, so that a command line can show progress. */
public interface RunProgress {

    RunProgress SILENT = new RunProgress() {
        @Override
        public void stage(String description) {
        }

        @Override
        public void rows(String file, long read) {
        }
    };

    /** A stage begins: preparing, loading a file, deriving eras, publishing. */
    void stage(String description);

    /** Rows read so far from a file, reported every few thousand rows. */
    void rows(String file, long read);
}
