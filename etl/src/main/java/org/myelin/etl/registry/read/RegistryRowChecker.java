package org.myelin.etl.registry.read;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
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
 * {@link RegistryContract}, and agree with the rows admitted before it (a known patient and centre, an id
 * not used before, an end not before its start, a suspected treatment that exists). Files must come in
 * {@link #LOAD_ORDER}, so that every reference points at a file already read.
 */
public final class RegistryRowChecker {

    /** Centres before the patients that name them, treatments before the adverse events that suspect them. */
    public static final List<RegistryFile> LOAD_ORDER = List.of(RegistryFile.CENTRES, RegistryFile.PATIENTS,
            RegistryFile.VISITS, RegistryFile.RELAPSES, RegistryFile.TREATMENTS, RegistryFile.MRI, RegistryFile.LABS,
            RegistryFile.PROMS, RegistryFile.ADVERSE_EVENTS, RegistryFile.PREGNANCIES);

    private static final Map<RegistryFile, String> ID_COLUMNS = Map.of(
            RegistryFile.CENTRES, "centre_id", RegistryFile.PATIENTS, "patient_id", RegistryFile.VISITS, "visit_id",
            RegistryFile.RELAPSES, "relapse_id", RegistryFile.TREATMENTS, "treatment_id", RegistryFile.MRI, "mri_id",
            RegistryFile.ADVERSE_EVENTS, "ae_id", RegistryFile.PREGNANCIES, "pregnancy_id");

    /** Per file, the column that ends an interval and the one that starts it. */
    private static final Map<RegistryFile, List<String>> INTERVALS = Map.of(
            RegistryFile.PATIENTS, List.of("death_date", "birth_date"),
            RegistryFile.RELAPSES, List.of("end_date", "onset_date"),
            RegistryFile.TREATMENTS, List.of("end_date", "start_date"),
            RegistryFile.PREGNANCIES, List.of("outcome_date", "start_date"));

    private final Map<RegistryFile, Set<String>> admittedIds = new EnumMap<>(RegistryFile.class);
    private final boolean centresGiven;

    /** @param centresGiven whether the export has centres.csv; without it, centre ids cannot be checked */
    public RegistryRowChecker(boolean centresGiven) {
        this.centresGiven = centresGiven;
    }

    /** The rule the line breaks, or null when it is admitted (its ids are then remembered). */
    public @Nullable Violation admit(RegistryFile file, SourceLine line) {
        if (!line.wellFormed()) {
            return new Violation("", QuarantineReason.MALFORMED_ROW, "the line has another number of fields than the header");
        }
        Violation violation = RegistryContract.firstViolation(file, line.values());
        if (violation == null) {
            violation = checkReferences(file, line);
        }
        if (violation == null) {
            String idColumn = ID_COLUMNS.get(file);
            if (idColumn != null && line.get(idColumn) != null) {
                admittedIds.computeIfAbsent(file, key -> new HashSet<>()).add(line.get(idColumn));
            }
        }
        return violation;
    }

    /** Whether a patient's row was admitted, so that rows referring to it can be loaded. */
    public boolean knowsPatient(String patientId) {
        return ids(RegistryFile.PATIENTS).contains(patientId);
    }

    private @Nullable Violation checkReferences(RegistryFile file, SourceLine line) {
        if (file != RegistryFile.PATIENTS && file != RegistryFile.CENTRES && !knowsPatient(line.get("patient_id"))) {
            return new Violation("patient_id", QuarantineReason.UNKNOWN_PATIENT,
                    "patient_id " + line.get("patient_id") + " is not an admitted row of patients.csv");
        }
        String idColumn = ID_COLUMNS.get(file);
        String id = idColumn == null ? null : line.get(idColumn);
        if (id != null && ids(file).contains(id)) {
            return new Violation(idColumn, QuarantineReason.DUPLICATE_ID, idColumn + " " + id + " is used by an earlier row");
        }
        if (file == RegistryFile.PATIENTS && line.get("birth_date") == null) {
            return new Violation("birth_date", QuarantineReason.MISSING_VALUE,
                    "birth_date is empty; the OMOP CDM needs at least the year of birth");
        }
        String centre = line.get("centre_id");
        if (file == RegistryFile.PATIENTS && centresGiven && centre != null && !ids(RegistryFile.CENTRES).contains(centre)) {
            return new Violation("centre_id", QuarantineReason.UNKNOWN_REFERENCE, "centre_id " + centre + " is not in centres.csv");
        }
        String suspected = line.get("suspected_treatment_id");
        if (file == RegistryFile.ADVERSE_EVENTS && suspected != null && !ids(RegistryFile.TREATMENTS).contains(suspected)) {
            return new Violation("suspected_treatment_id", QuarantineReason.UNKNOWN_REFERENCE,
                    "suspected_treatment_id " + suspected + " is not in treatments.csv");
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

    private Set<String> ids(RegistryFile file) {
        return admittedIds.getOrDefault(file, Collections.emptySet());
    }
}
