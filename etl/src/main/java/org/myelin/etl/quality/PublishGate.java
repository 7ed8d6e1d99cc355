package org.myelin.etl.quality;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides whether a checked {@code cdm_next} may be published: not when any check instance that the thresholds file
 * marks fatal failed or could not run: by default primary keys, required fields, and foreign keys to other CDM tables,
 * the keys a nightly run must build before it publishes (a concept id missing from the vocabulary is reported, not fatal).
 */
public final class PublishGate {

    /** The verdict, and the fatal check instances that failed or erred. */
    public record Decision(boolean mayPublish, List<CheckResult> fatalFailures) {

        /** One line for the run log and the terminal. */
        public String message() {
            if (mayPublish) {
                return "data quality allows publishing: no fatal check failed";
            }
            return "publishing refused: " + fatalFailures.size() + " fatal check(s) failed: " + fatalFailures.stream()
                    .map(result -> result.checkName() + " " + result.cdmTableName()
                            + (result.cdmFieldName() == null ? "" : "." + result.cdmFieldName())
                            + (result.isError() ? " (error)" : " (" + result.numViolatedRows() + " rows)"))
                    .collect(Collectors.joining(", "));
        }
    }

    private PublishGate() {
    }

    public static Decision decide(DataQualityRun run) {
        List<CheckResult> fatal = run.results().stream()
                .filter(result -> result.fatal() && (result.failed() || result.isError())).toList();
        return new Decision(fatal.isEmpty(), fatal);
    }
}
