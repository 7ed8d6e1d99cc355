package org.myelin.etl.fhir.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Immunization.ImmunizationStatus;
import org.myelin.etl.synthetic.PatientHistory;
import org.myelin.etl.synthetic.TreatmentEpisode;

/**
 * Vaccinations (CVX): seasonal influenza in some autumns, COVID-19 from 2021, and the vaccinations MS care asks
 * for before a therapy: varicella before S1P modulators, hepatitis B and pneumococcal before anti-CD20, zoster
 * before cladribine.
 */
final class ImmunizationRenderer {

    private static final double INFLUENZA_SHARE = 0.35;
    private static final LocalDate COVID_CAMPAIGN = LocalDate.of(2021, 4, 1);

    void render(PatientHistory history, SplittableRandom random, PatientResources out) {
        LocalDate end = FhirTime.lastDay(history);
        for (int year = history.diagnosisDate().getYear(); year <= end.getYear(); year++) {
            LocalDate day = LocalDate.of(year, 10, 1).plusDays(random.nextInt(60));
            if (!day.isBefore(history.diagnosisDate()) && !day.isAfter(end) && random.nextDouble() < INFLUENZA_SHARE) {
                vaccinate(out, day, random, "140",
                        "Influenza, seasonal, injectable, preservative free");
            }
        }
        LocalDate covid = COVID_CAMPAIGN.plusDays(random.nextInt(120));
        if (!covid.isAfter(end) && random.nextDouble() < 0.7) {
            vaccinate(out, covid, random, "208",
                    "SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 30 mcg/0.3mL dose");
        }
        for (TreatmentEpisode episode : history.treatments()) {
            LocalDate before = episode.start().minusDays(30 + random.nextInt(60));
            switch (episode.drug()) {
                case FINGOLIMOD, SIPONIMOD, OZANIMOD, PONESIMOD -> {
                    if (random.nextDouble() < 0.3) {
                        vaccinate(out, before, random, "21", "varicella virus vaccine");
                    }
                }
                case OCRELIZUMAB, OFATUMUMAB, UBLITUXIMAB -> {
                    if (random.nextDouble() < 0.4) {
                        vaccinate(out, before, random, "43", "hepatitis B vaccine, adult dosage");
                    }
                    if (random.nextDouble() < 0.3) {
                        vaccinate(out, before.plusDays(7), random, "33", "pneumococcal polysaccharide vaccine, 23 valent");
                    }
                }
                case CLADRIBINE -> {
                    if (random.nextDouble() < 0.3) {
                        vaccinate(out, before, random, "187", "zoster vaccine recombinant");
                    }
                }
                default -> { }
            }
        }
    }

    private static void vaccinate(PatientResources out, LocalDate day, SplittableRandom random, String cvx,
            String display) {
        Immunization immunization = out.add(new Immunization(), "imm");
        immunization.setStatus(ImmunizationStatus.COMPLETED)
                .setVaccineCode(FhirCodes.concept(FhirCodes.CVX, cvx, display))
                .setPatient(out.patient())
                .setOccurrence(FhirTime.at(day, 8 * 60 + random.nextInt(540)))
                .setPrimarySource(true);
    }
}
