package org.myelin.etl.registry.read;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.registry.ColumnRule.Violation;
import org.myelin.etl.registry.QuarantineReason;
import org.myelin.etl.registry.RegistryContract;
import org.myelin.etl.registry.RegistryFile;

/**
 * Decides row by row whether a line may be loaded: it must be well formed, keep the value rules of
 * {@link RegistryContract}, name a patient admitted before it, and have no end before its start. Files must come in
 * {@link #LOAD_ORDER}, so that every reference points at a file already read. The rules across rows of ids (an id
 * not used before, a centre or suspected treatment that exists) are declared here in {@link #ID_COLUMNS} and
 * {@link #REFERENCES}, and checked by set-based SQL while loading, so that no set of event ids is held in memory;
 * only the admitted patients are, as the person id map holds them anyway.
 */
public final class RegistryRowChecker {

    /** Centres before the patients that name them, treatments before the adverse events that suspect them. */
    public static final List<RegistryFile> LOAD_ORDER = List.of(RegistryFile.CENTRES, RegistryFile.PATIENTS,
            RegistryFile.VISITS, RegistryFile.RELAPSES, RegistryFile.TREATMENTS, RegistryFile.MRI, RegistryFile.LABS,
            RegistryFile.PROMS, RegistryFile.ADVERSE_EVENTS, RegistryFile.PREGNANCIES);

    /** Per file, the column of its rows' own ids, which no two admitted rows may share (the earlier row is loaded). */
    public static final Map<RegistryFile, String> ID_COLUMNS = Map.of(
            RegistryFile.CENTRES, "centre_id", RegistryFile.PATIENTS, "patient_id", RegistryFile.VISITS, "visit_id",
            RegistryFile.RELAPSES, "relapse_id", RegistryFile.TREATMENTS, "treatment_id", RegistryFile.MRI, "mri_id",
            RegistryFile.ADVERSE_EVENTS, "ae_id", RegistryFile.PREGNANCIES, "pregnancy_id");

    /** A column whose value, when given, must be the id of an admitted row of another file. */
    public record Reference(String column, RegistryFile target) {
    }

    /** The references besides patient_id; a patient's centre is checked only when the export has centres.csv. */
    public static final Map<RegistryFile, Reference> REFERENCES = Map.of(
            RegistryFile.PATIENTS, new Reference("centre_id", RegistryFile.CENTRES),
            RegistryFile.ADVERSE_EVENTS, new Reference("suspected_treatment_id", RegistryFile.TREATMENTS));

    /** Per file, the column that ends an interval and the one that starts it. */
    private static final Map<RegistryFile, List<String>> INTERVALS = Map.of(
            RegistryFile.PATIENTS, List.of("death_date", "birth_date"),
            RegistryFile.RELAPSES, List.of("end_date", "onset_date"),
            RegistryFile.TREATMENTS, List.of("end_date", "start_date"),
            RegistryFile.PREGNANCIES, List.of("outcome_date", "start_date"));

    private final Set<String> patients = new HashSet<>();

    /** The row-level rule the line breaks, or null when it keeps them all. */
    public @Nullable Violation check(RegistryFile file, SourceLine line) {
        if (!line.wellFormed()) {
            return new Violation("", QuarantineReason.MALFORMED_ROW, "the line has another number of fields than the header");
        }
        Violation violation = RegistryContract.firstViolation(file, line.values());
        return violation != null ? violation : checkRow(file, line);
    }

    /** Remembers a line that was loaded: an admitted patient may be referred to by the files that follow. */
    public void admitted(RegistryFile file, SourceLine line) {
        if (file == RegistryFile.PATIENTS) {
            patients.add(line.get("patient_id"));
        }
    }

    /** Whether a patient's row was admitted, so that rows referring to it can be loaded. */
    public boolean knowsPatient(String patientId) {
        return patients.contains(patientId);
    }

    private @Nullable Violation checkRow(RegistryFile file, SourceLine line) {
        if (file != RegistryFile.PATIENTS && file != RegistryFile.CENTRES && !knowsPatient(line.get("patient_id"))) {
            return new Violation("patient_id", QuarantineReason.UNKNOWN_PATIENT,
                    "patient_id " + line.get("patient_id") + " is not an admitted row of patients.csv");
        }
        if (file == RegistryFile.PATIENTS && line.get("birth_date") == null) {
            return new Violation("birth_date", QuarantineReason.MISSING_VALUE,
                    "birth_date is empty; the OMOP CDM needs at least the year of birth");
        }
        List<String> interval = INTERVALS.get(file);
        if (interval != null) {
            LocalDate end = RegistryDates.imputed(line.get(interval.get(0)));
            LocalDate start = RegistryDates.imputed(line.get(interval.get(1)));
            if (end != null && start != null && end.isBefore(start)) {
                return new Violation(interval.get(0), QuarantineReason.END_BEFORE_START,
                        interval.get(0) + " " + line.get(interval.get(0)) + " is before " + interval.get(1) + " "
                                + line.get(interval.get(1)));
            }
        }
        return null;
    }
}
