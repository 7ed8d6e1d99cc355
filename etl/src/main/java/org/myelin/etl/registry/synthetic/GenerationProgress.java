package org.myelin.etl.registry.synthetic;

/** Receives progress while an export is generated, e.g. to draw a progress bar. */
@FunctionalInterface
public interface GenerationProgress {

    /** Reports nothing. */
    GenerationProgress SILENT = (done, total) -> {
    };

    /** Called every few thousand patients and once at the end, with {@code done == total}. */
    void patientsWritten(long done, long total);
}
