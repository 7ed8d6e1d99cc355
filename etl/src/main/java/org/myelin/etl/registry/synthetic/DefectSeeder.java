package org.myelin.etl.registry.synthetic;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.myelin.etl.registry.QuarantineReason;
import org.myelin.etl.registry.RegistryFile;
import org.myelin.etl.synthetic.Centre;
import org.myelin.etl.synthetic.Centres;
import org.myelin.etl.synthetic.PatientHistory;
import org.myelin.etl.synthetic.PatientSeeds;

/**
 * Seeds rows that break the export contract, each with exactly one fault, and tallies what the ETL must
 * quarantine. Every kind occurs in any export: the first patients get one kind each (in a population smaller
 * than the number of kinds, some get several); later patients get one now and then. Bad rows are extra rows: a
 * patient's own rows stay valid, and children never hang off a patient row that is itself bad.
 */
final class DefectSeeder {

    private static final double LATER_SHARE = 0.003;

    private final long seed;
    private final int patients;
    private final List<Defect> kinds = DefectKinds.all();
    private final ExpectedQuarantine expected = new ExpectedQuarantine();

    DefectSeeder(long seed, int patients) {
        this.seed = seed;
        this.patients = patients;
    }

    /** Bad centre rows, written once after the centres. */
    void seedCentres(RowSink sink) {
        Centre first = Centres.all().get(0);
        String[] unnamed = RegistryRowRenderer.centreRow(first);
        unnamed[RegistryFile.CENTRES.column("centre_id")] = null;
        emit(RegistryFile.CENTRES, "centre_id", QuarantineReason.MISSING_VALUE, List.<String[]>of(unnamed), sink);
        String[] again = RegistryRowRenderer.centreRow(first);
        again[RegistryFile.CENTRES.column("name")] = first.name() + " (old name)";
        emit(RegistryFile.CENTRES, "centre_id", QuarantineReason.DUPLICATE_ID, List.<String[]>of(again), sink);
    }

    /** Bad rows for one patient, written after the patient's own rows. */
    void seed(PatientHistory patient, RowSink sink) {
        int index = patient.index();
        if (index < kinds.size()) {
            for (int kind = index; kind < kinds.size(); kind += patients) {
                seed(kind, patient, sink);
            }
        } else {
            SplittableRandom random = PatientSeeds.random(seed, index, PatientSeeds.Stream.DEFECTS);
            if (random.nextDouble() < LATER_SHARE) {
                seed(random.nextInt(kinds.size()), patient, sink);
            }
        }
    }

    private void seed(int kind, PatientHistory patient, RowSink sink) {
        Defect defect = kinds.get(kind);
        emit(defect.file(), defect.column(), defect.reason(), defect.rows().apply(new DefectContext(patient, kind)),
                sink);
    }

    ExpectedQuarantine expected() {
        return expected;
    }

    /** The last row is the bad one; rows before it are valid rows it needs (the original of a duplicate). */
    private void emit(RegistryFile file, String column, QuarantineReason reason, List<String[]> rows,
            RowSink sink) {
        rows.forEach(row -> sink.row(file, row));
        expected.count(file, column, reason);
    }

    /** One kind of bad row. */
    record Defect(RegistryFile file, String column, QuarantineReason reason,
            Function<DefectContext, List<String[]>> rows) {
    }

    /**
     * The patient a bad row is attached to, and ids for rows that must not collide with real ones.
     *
     * @param kind the defect kind's number, which keeps ids apart when a patient carries several kinds
     */
    record DefectContext(PatientHistory patient, int kind) {

        String patientId() {
            return patient.pseudonym();
        }

        /** An id for a seeded row of a file ("V" for visits...), unique in the export. */
        String rowId(String file) {
            return patient.pseudonym() + "-X" + file + kind;
        }

        /** A patient id that patients.csv never holds (real ids start with P). */
        String unknownPatientId() {
            return "X" + patient.pseudonym().substring(1);
        }

        /** An id for an extra patient row (real ids start with P). */
        String extraPatientId() {
            return "Q" + patient.pseudonym().substring(1) + "-" + kind;
        }
    }
}
