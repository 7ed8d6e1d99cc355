package org.myelin.etl.fhir.synthetic;

import static org.myelin.etl.fhir.synthetic.ObservationFactory.quantity;
import static org.myelin.etl.fhir.synthetic.ObservationFactory.range;

import java.util.Locale;
import java.util.SplittableRandom;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Reference;
import org.myelin.etl.fhir.synthetic.EncounterFactory.EncounterClass;
import org.myelin.etl.synthetic.FunctionalScores;
import org.myelin.etl.synthetic.FunctionalSystem;
import org.myelin.etl.synthetic.PatientHistory;
import org.myelin.etl.synthetic.Visit;

/**
 * Neurology outpatient visits: the EDSS with its functional system scores as components, ambulation, timed walk,
 * nine-hole peg test (both hands as components), SDMT, the course as a coded value, and vital signs at some
 * visits (blood pressure as a panel with components, body weight).
 */
final class VisitRenderer {

    private static final double VITALS_SHARE = 0.5;

    void render(PatientHistory history, SplittableRandom random, PatientResources out) {
        EncounterFactory encounters = new EncounterFactory(out);
        ObservationFactory observations = new ObservationFactory(out);
        double weight = 55 + random.nextDouble() * 40;
        for (Visit visit : history.visits()) {
            int start = 8 * 60 + random.nextInt(8 * 60);
            Encounter encounter = encounters.encounter(EncounterClass.AMB, "Neurology outpatient consultation",
                    visit.date(), start, visit.date(), start + 20 + random.nextInt(40), null);
            Reference at = out.reference(encounter);
            DateTimeType time = FhirTime.at(visit.date(), start + 10);
            if (visit.edss() != null) {
                Observation edss = observations.observation("exam", new CodeableConcept(FhirCodes.coding(
                        FhirCodes.SNOMED, "273554001", "Kurtzke multiple sclerosis rating scale"))
                        .addCoding(FhirCodes.coding(FhirCodes.SITE, "EDSS", "EDSS"))
                        .setText("EDSS"), at, time);
                edss.setValue(quantity(visit.edss(), 1, "{score}")).addReferenceRange(range(0.0, 10.0, 1, "{score}"));
                FunctionalScores scores = visit.functionalScores();
                if (scores != null) {
                    for (FunctionalSystem system : FunctionalSystem.values()) {
                        edss.addComponent(new ObservationComponentComponent(FhirCodes.site("FS_" + system.name(),
                                "Functional system score: " + system.name().toLowerCase(Locale.ROOT)))
                                .setValue(new IntegerType(scores.grade(system))));
                    }
                }
            }
            if (visit.ambulation() != null) {
                observations.observation("exam", FhirCodes.site("AMBULATION", "EDSS ambulation score"), at, time)
                        .setValue(new IntegerType(visit.ambulation()));
            }
            if (visit.timed25FootWalkSeconds() != null) {
                observations.observation("exam", FhirCodes.site("T25FW", "Timed 25-foot walk"), at, time)
                        .setValue(quantity(visit.timed25FootWalkSeconds(), 1, "s"));
            }
            if (visit.nineHolePegDominantSeconds() != null && visit.nineHolePegNonDominantSeconds() != null) {
                Observation peg = observations.observation("exam", new CodeableConcept().setText("Nine-hole peg test"),
                        at, time);
                peg.addComponent(new ObservationComponentComponent(FhirCodes.site("NHPT_DOMINANT",
                        "Nine-hole peg test, dominant hand")).setValue(quantity(visit.nineHolePegDominantSeconds(), 1,
                        "s")));
                peg.addComponent(new ObservationComponentComponent(FhirCodes.site("NHPT_NONDOMINANT",
                        "Nine-hole peg test, non-dominant hand")).setValue(quantity(
                        visit.nineHolePegNonDominantSeconds(), 1, "s")));
            }
            if (visit.sdmtScore() != null) {
                observations.observation("exam", FhirCodes.site("SDMT", "Symbol digit modalities test"), at, time)
                        .setValue(new IntegerType(visit.sdmtScore()));
            }
            if (visit.course() != null) {
                observations.observation("exam", FhirCodes.site("MS_COURSE", "Multiple sclerosis disease course"),
                        at, time).setValue(FhirCodes.site(visit.course().name(), visit.course().name()));
            }
            if (random.nextDouble() < VITALS_SHARE) {
                vitalSigns(observations, at, FhirTime.at(visit.date(), start + 2), weight, random);
            }
        }
    }

    private static void vitalSigns(ObservationFactory observations, Reference at, DateTimeType time, double weight,
            SplittableRandom random) {
        Observation pressure = observations.observation("vital-signs", FhirCodes.concept(FhirCodes.LOINC, "85354-9",
                "Blood pressure panel with all children optional"), at, time);
        pressure.addComponent(new ObservationComponentComponent(FhirCodes.concept(FhirCodes.LOINC, "8480-6",
                "Systolic blood pressure")).setValue(quantity(105 + random.nextInt(45), 0, "mm[Hg]")));
        pressure.addComponent(new ObservationComponentComponent(FhirCodes.concept(FhirCodes.LOINC, "8462-4",
                "Diastolic blood pressure")).setValue(quantity(65 + random.nextInt(30), 0, "mm[Hg]")));
        observations.observation("vital-signs", FhirCodes.concept(FhirCodes.LOINC, "29463-7", "Body weight"), at,
                time).setValue(quantity(weight + random.nextGaussian() * 1.5, 1, "kg"));
    }
}
