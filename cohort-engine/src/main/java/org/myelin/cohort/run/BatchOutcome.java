package org.myelin.cohort.run;

import java.time.Duration;
import java.util.List;

/** What a batch generated, in cohort id order, and what it refused. */
public record BatchOutcome(List<CohortGeneration> generated, List<BatchFailure> failed, Duration elapsed) {

    public BatchOutcome {
        generated = List.copyOf(generated);
        failed = List.copyOf(failed);
    }
}
