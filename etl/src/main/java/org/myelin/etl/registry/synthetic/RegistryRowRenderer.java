package org.myelin.etl.registry.synthetic;

import static org.myelin.etl.registry.synthetic.RegistryValues.code;
import static org.myelin.etl.registry.synthetic.RegistryValues.codes;
import static org.myelin.etl.registry.synthetic.RegistryValues.date;
import static org.myelin.etl.registry.synthetic.RegistryValues.decimal;
import static org.myelin.etl.registry.synthetic.RegistryValues.flag;
import static org.myelin.etl.registry.synthetic.RegistryValues.integer;
import static org.myelin.etl.registry.synthetic.RegistryValues.partialDate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.registry.RegistryFile;
import org.myelin.etl.synthetic.AdverseEvent;
import org.myelin.etl.synthetic.Centre;
import org.myelin.etl.synthetic.Drug;
import org.myelin.etl.synthetic.FunctionalScores;
import org.myelin.etl.synthetic.LabResult;
import org.myelin.etl.synthetic.LabTest;
import org.myelin.etl.synthetic.MriExam;
import org.myelin.etl.synthetic.PatientHistory;
import org.myelin.etl.synthetic.Pregnancy;
import org.myelin.etl.synthetic.PromInstrument;
import org.myelin.etl.synthetic.PromScore;
import org.myelin.etl.synthetic.Relapse;
import org.myelin.etl.synthetic.TreatmentEpisode;
import org.myelin.etl.synthetic.Visit;

/** Renders one patient history as registry rows, with the habits of the patient's centre. */
final class RegistryRowRenderer {

    /** 25-hydroxy vitamin D: 1 ng/mL = 2.496 nmol/L. */
    private static final double VITAMIN_D_NMOL_PER_NG = 2.496;
    /** From 2024 the WHO ATC index moved several MS drugs to new codes; registries then record the new one. */
    private static final LocalDate ATC_REVISION = LocalDate.of(2024, 1, 1);

    static String[] centreRow(Centre centre) {
        return new String[] {centre.id(), centre.name(), centre.city(), centre.country(), centre.postalCode()};
    }

    void render(PatientHistory patient, SplittableRandom random, RowSink sink) {
        CentreConventions conventions = CentreConventions.of(patient.centre());
        String id = patient.pseudonym();
        sink.row(RegistryFile.PATIENTS, patientRow(patient, conventions, random));
        for (Visit visit : patient.visits()) {
            sink.row(RegistryFile.VISITS, visitRow(id + "-V" + visit.number(), id, visit));
        }
        for (Relapse relapse : patient.relapses()) {
            sink.row(RegistryFile.RELAPSES, relapseRow(id, relapse, random));
        }
        for (TreatmentEpisode episode : patient.treatments()) {
            sink.row(RegistryFile.TREATMENTS, treatmentRow(id, episode, conventions, random));
        }
        for (MriExam exam : patient.mriExams()) {
            sink.row(RegistryFile.MRI, mriRow(id, exam, conventions, random));
        }
        for (LabResult lab : patient.labs()) {
            sink.row(RegistryFile.LABS, labRow(id, lab, conventions));
        }
        for (PromScore prom : patient.proms()) {
            sink.row(RegistryFile.PROMS, new String[] {id, date(prom.date()), prom.instrument().name(),
                    decimal(prom.score(), decimals(prom.instrument()))});
        }
        for (AdverseEvent event : patient.adverseEvents()) {
            sink.row(RegistryFile.ADVERSE_EVENTS, new String[] {id + "-AE" + event.number(), id,
                    date(event.onset()), null, event.description(), flag(event.serious()),
                    event.suspectedTreatment() == null ? null : id + "-T" + event.suspectedTreatment(),
                    code(event.outcome())});
        }
        for (Pregnancy pregnancy : patient.pregnancies()) {
            sink.row(RegistryFile.PREGNANCIES, new String[] {id + "-PG" + pregnancy.number(), id,
                    partialDate(pregnancy.conception(), random.nextInt(10) < 4
                            ? CentreConventions.DatePrecision.MONTH : CentreConventions.DatePrecision.DAY),
                    code(pregnancy.outcome()), date(pregnancy.outcomeDate()), flag(pregnancy.dmtExposed())});
        }
    }

    private static String[] patientRow(PatientHistory patient, CentreConventions conventions,
            SplittableRandom random) {
        CentreConventions.DatePrecision onsetPrecision = CentreConventions.DatePrecision.values()[
                weighted(random, 15, 60, 25)];
        CentreConventions.DatePrecision diagnosisPrecision = random.nextInt(100) < 85
                ? CentreConventions.DatePrecision.DAY : CentreConventions.DatePrecision.MONTH;
        CentreConventions.DatePrecision progressionPrecision = random.nextBoolean()
                ? CentreConventions.DatePrecision.MONTH : CentreConventions.DatePrecision.YEAR;
        return new String[] {
            patient.pseudonym(),
            patient.sex().name(),
            partialDate(patient.birthDate(), conventions.birthPrecision()),
            patient.country(),
            patient.centre().id(),
            partialDate(patient.onsetDate(), onsetPrecision),
            patient.onsetSymptoms().isEmpty() ? null : codes(patient.onsetSymptoms()),
            partialDate(patient.diagnosisDate(), diagnosisPrecision),
            patient.diagnosisCriteria() == null ? null : patient.diagnosisCriteria().label(),
            patient.initialCourse().name(),
            partialDate(patient.progressionOnsetDate(), progressionPrecision),
            date(patient.deathDate()),
            date(patient.lastContactDate())
        };
    }

    static String[] visitRow(String visitId, String patientId, Visit visit) {
        FunctionalScores fs = visit.functionalScores();
        return new String[] {
            visitId, patientId, date(visit.date()), decimal(visit.edss(), 1),
            fs == null ? null : Integer.toString(fs.pyramidal()),
            fs == null ? null : Integer.toString(fs.cerebellar()),
            fs == null ? null : Integer.toString(fs.brainstem()),
            fs == null ? null : Integer.toString(fs.sensory()),
            fs == null ? null : Integer.toString(fs.bowelBladder()),
            fs == null ? null : Integer.toString(fs.visual()),
            fs == null ? null : Integer.toString(fs.cerebral()),
            integer(visit.ambulation()),
            visit.course() == null ? null : visit.course().name(),
            decimal(visit.timed25FootWalkSeconds(), 1),
            decimal(visit.nineHolePegDominantSeconds(), 1),
            decimal(visit.nineHolePegNonDominantSeconds(), 1),
            integer(visit.sdmtScore())
        };
    }

    /** Registries often leave the end and recovery of a relapse blank. */
    private static String[] relapseRow(String patientId, Relapse relapse, SplittableRandom random) {
        boolean endKnown = relapse.end() != null && random.nextInt(10) < 7;
        return new String[] {
            patientId + "-R" + relapse.number(), patientId, date(relapse.onset()),
            endKnown ? date(relapse.end()) : null, code(relapse.severity()), flag(relapse.steroidTreated()),
            relapse.recovery() != null && random.nextInt(10) < 9 ? code(relapse.recovery()) : null,
            codes(relapse.systems())
        };
    }

    private static String[] treatmentRow(String patientId, TreatmentEpisode episode, CentreConventions conventions,
            SplittableRandom random) {
        Drug drug = episode.drug();
        String name = drugName(drug, conventions, random);
        boolean rebif = name.equals("Rebif");
        boolean doseKnown = random.nextInt(10) < 8;
        return new String[] {
            patientId + "-T" + episode.number(), patientId, name, atcCode(drug, episode.start(), conventions, random),
            date(episode.start()), date(episode.end()),
            doseKnown ? (rebif ? "44" : drug.dose()) : null, doseKnown ? drug.doseUnit() : null,
            rebif ? "subcutaneous" : drug.route(),
            episode.stopReason() == null ? null : code(episode.stopReason())
        };
    }

    /** Generic name, brand or abbreviation, in the proportions the centre uses. */
    private static String drugName(Drug drug, CentreConventions conventions, SplittableRandom random) {
        double draw = random.nextDouble();
        if (draw < conventions.genericShare() || (draw >= conventions.genericShare() + conventions.brandShare()
                && drug.abbreviation() == null)) {
            String generic = drug.genericName();
            return conventions.capitalisedNames()
                    ? generic.substring(0, 1).toUpperCase(Locale.ROOT) + generic.substring(1) : generic;
        }
        if (draw < conventions.genericShare() + conventions.brandShare()) {
            return drug.brands().get(random.nextInt(drug.brands().size()));
        }
        return drug.abbreviation();
    }

    private static @Nullable String atcCode(Drug drug, LocalDate start, CentreConventions conventions,
            SplittableRandom random) {
        if (drug.atcCodes().isEmpty() || random.nextDouble() >= conventions.atcShare()) {
            return null;
        }
        boolean revised = !start.isBefore(ATC_REVISION) && drug.atcCodes().size() > 1;
        return drug.atcCodes().get(revised ? 1 : 0);
    }

    private static String[] mriRow(String patientId, MriExam exam, CentreConventions conventions,
            SplittableRandom random) {
        boolean counts = !conventions.lesionCategoryOnly();
        boolean category = !counts || random.nextInt(10) < 7;
        return new String[] {
            patientId + "-M" + exam.number(), patientId, date(exam.date()), code(exam.region()),
            flag(exam.contrast()), counts ? Integer.toString(exam.t2Lesions()) : null,
            category ? exam.t2LesionCategory() : null,
            counts ? Integer.toString(exam.newOrEnlargingT2()) : null,
            integer(exam.gdLesions()),
            counts ? Integer.toString(exam.t1Hypointense()) : null
        };
    }

    private static String[] labRow(String patientId, LabResult lab, CentreConventions conventions) {
        LabTest test = lab.test();
        String testCode = code(test);
        if (test.qualitative()) {
            return new String[] {patientId, date(lab.date()), testCode, lab.positive() ? "positive" : "negative",
                null};
        }
        if (test == LabTest.VITAMIN_D && conventions.vitaminDInNanogramsPerMillilitre()) {
            return new String[] {patientId, date(lab.date()), testCode,
                decimal(lab.value() / VITAMIN_D_NMOL_PER_NG, 1), "ng/mL"};
        }
        int decimals = switch (test) {
            case VITAMIN_D -> 0;
            case SERUM_NFL -> 1;
            default -> 2;
        };
        return new String[] {patientId, date(lab.date()), testCode, decimal(lab.value(), decimals), test.unit()};
    }

    private static int decimals(PromInstrument instrument) {
        return switch (instrument) {
            case EQ5D_INDEX -> 3;
            case EQ5D_VAS, FSMC -> 0;
            default -> 1;
        };
    }

    private static int weighted(SplittableRandom random, int... weights) {
        int ticket = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
