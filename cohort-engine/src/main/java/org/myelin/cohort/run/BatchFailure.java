package org.myelin.cohort.run;

import java.nio.file.Path;

/** A definition of a batch that could not be generated, and why; nothing was written for it. */
public record BatchFailure(Path file, int cohortId, String message) {
}
