package org.myelin.etl.fhir.synthetic;

import static org.myelin.etl.fhir.synthetic.ObservationFactory.simpleQuantity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Dosage.DosageDoseAndRateComponent;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationDosageComponent;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Timing.TimingRepeatComponent;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;
import org.myelin.etl.fhir.synthetic.EncounterFactory.EncounterClass;
import org.myelin.etl.synthetic.Drug;
import org.myelin.etl.synthetic.PatientHistory;
import org.myelin.etl.synthetic.TreatmentEpisode;

/**
 * Disease-modifying treatments: an infused drug is ordered once and each infusion is a MedicationAdministration
 * at a day-clinic encounter; an oral or injected drug is a MedicationRequest with its dosage, or, when another
 * hospital prescribed it, a MedicationStatement. Some orders name the drug through a Medication reference.
 */
final class MedicationRenderer {

    private static final LocalDate ATC_REVISION = LocalDate.of(2024, 1, 1);
    private static final double REPORTED_SHARE = 0.25;
    private static final double REFERENCE_SHARE = 0.2;

    void render(PatientHistory history, SplittableRandom random, PatientResources out) {
        LocalDate lastDay = FhirTime.lastDay(history);
        for (TreatmentEpisode episode : history.treatments()) {
            if (episode.start().isAfter(lastDay)) {
                continue;
            }
            Drug drug = episode.drug();
            boolean infused = drug.route().equals("intravenous");
            if (!infused && random.nextDouble() < REPORTED_SHARE) {
                statement(episode, lastDay, random, out);
                continue;
            }
            MedicationRequest request = out.add(new MedicationRequest(), "mreq");
            request.setStatus(episode.end() == null ? MedicationRequestStatus.ACTIVE
                            : episode.stopReason() != null ? MedicationRequestStatus.STOPPED
                            : MedicationRequestStatus.COMPLETED)
                    .setIntent(MedicationRequestIntent.ORDER)
                    .setSubject(out.patient())
                    .setAuthoredOnElement(FhirTime.at(episode.start(), 9 * 60 + random.nextInt(480)))
                    .addDosageInstruction(dosage(drug));
            if (random.nextDouble() < REFERENCE_SHARE) {
                request.setMedication(MedicationCatalog.reference(drug, out.bundle()));
            } else {
                request.setMedication(FhirCodes.drug(drug, !episode.start().isBefore(ATC_REVISION)));
            }
            if (!infused) {
                request.setDispenseRequest(new MedicationRequest.MedicationRequestDispenseRequestComponent()
                        .setValidityPeriod(period(episode))
                        .setNumberOfRepeatsAllowed(3)
                        .setExpectedSupplyDuration(supply(90)));
            } else {
                infusions(episode, request, lastDay, random, out);
            }
        }
    }

    private static void statement(TreatmentEpisode episode, LocalDate lastDay, SplittableRandom random,
            PatientResources out) {
        Drug drug = episode.drug();
        LocalDate asserted = episode.start().plusDays(random.nextInt(90));
        MedicationStatement statement = out.add(new MedicationStatement(), "mstat");
        statement.setStatus(episode.end() == null ? MedicationStatementStatus.ACTIVE
                        : episode.stopReason() != null ? MedicationStatementStatus.STOPPED
                        : MedicationStatementStatus.COMPLETED)
                .setMedication(FhirCodes.drug(drug, !episode.start().isBefore(ATC_REVISION)))
                .setSubject(out.patient())
                .setEffective(period(episode))
                .setDateAssertedElement(FhirTime.at(asserted.isAfter(lastDay) ? lastDay : asserted, 10 * 60))
                .setInformationSource(out.patient())
                .addDosage(dosage(drug));
    }

    private static void infusions(TreatmentEpisode episode, MedicationRequest request, LocalDate lastDay,
            SplittableRandom random, PatientResources out) {
        EncounterFactory encounters = new EncounterFactory(out);
        LocalDate until = episode.end() != null && episode.end().isBefore(lastDay) ? episode.end() : lastDay;
        int number = 0;
        for (LocalDate day = episode.start(); !day.isAfter(until); day = next(episode.drug(), episode.start(), day,
                ++number)) {
            int start = 8 * 60 + random.nextInt(4 * 60);
            int minutes = episode.drug() == Drug.NATALIZUMAB ? 120 : 300;
            Encounter encounter = encounters.encounter(EncounterClass.AMB, "Infusion day clinic", day, start, day,
                    start + minutes, null);
            MedicationAdministration administration = out.add(new MedicationAdministration(), "madm");
            administration.setStatus(MedicationAdministrationStatus.COMPLETED)
                    .setMedication(request.getMedication().copy())
                    .setSubject(out.patient())
                    .setContext(out.reference(encounter))
                    .setRequest(out.reference(request))
                    .setEffective(FhirTime.period(day, start + 15, day, start + minutes - 15))
                    .setDosage(new MedicationAdministrationDosageComponent()
                            .setRoute(FhirCodes.route("intravenous"))
                            .setDose(simpleQuantity(Double.parseDouble(episode.drug().dose()), decimals(episode.drug().dose()),
                                    episode.drug().doseUnit())));
        }
    }

    /** The day of the next infusion of a course. */
    private static LocalDate next(Drug drug, LocalDate first, LocalDate day, int given) {
        return switch (drug) {
            case OCRELIZUMAB, UBLITUXIMAB -> given == 1 ? day.plusDays(14) : day.plusDays(182);
            case ALEMTUZUMAB -> given == 5 ? first.plusYears(1) : given >= 8 ? LocalDate.MAX : day.plusDays(1);
            case MITOXANTRONE -> day.plusDays(91);
            default -> day.plusDays(28);
        };
    }

    private static Duration supply(int days) {
        Duration duration = new Duration();
        duration.setValue(days).setUnit("days").setSystem(FhirCodes.UCUM).setCode("d");
        return duration;
    }

    private static Period period(TreatmentEpisode episode) {
        Period period = new Period().setStartElement(FhirTime.day(episode.start()));
        if (episode.end() != null) {
            period.setEndElement(FhirTime.day(episode.end()));
        }
        return period;
    }

    /** The usual dose, route and interval of the drug. */
    private static Dosage dosage(Drug drug) {
        Timing timing = new Timing().setRepeat(switch (drug) {
            case INTERFERON_BETA_1A -> every(1, 1, UnitsOfTime.WK);
            case INTERFERON_BETA_1B -> every(1, 2, UnitsOfTime.D);
            case PEGINTERFERON_BETA_1A -> every(1, 2, UnitsOfTime.WK);
            case DIMETHYL_FUMARATE, DIROXIMEL_FUMARATE -> every(2, 1, UnitsOfTime.D);
            case OFATUMUMAB, NATALIZUMAB, DACLIZUMAB -> every(1, 4, UnitsOfTime.WK);
            case OCRELIZUMAB, UBLITUXIMAB -> every(1, 6, UnitsOfTime.MO);
            case MITOXANTRONE -> every(1, 3, UnitsOfTime.MO);
            case ALEMTUZUMAB, CLADRIBINE -> every(1, 1, UnitsOfTime.A);
            default -> every(1, 1, UnitsOfTime.D);
        });
        return new Dosage().setText(drug.dose() + " " + drug.doseUnit() + " " + drug.route())
                .setTiming(timing)
                .setRoute(FhirCodes.route(drug.route()))
                .addDoseAndRate(new DosageDoseAndRateComponent().setDose(simpleQuantity(
                        Double.parseDouble(drug.dose()), decimals(drug.dose()), drug.doseUnit())));
    }

    private static TimingRepeatComponent every(int frequency, int period, UnitsOfTime unit) {
        return new TimingRepeatComponent().setFrequency(frequency).setPeriod(BigDecimal.valueOf(period))
                .setPeriodUnit(unit);
    }

    private static int decimals(String dose) {
        int point = dose.indexOf('.');
        return point < 0 ? 0 : dose.length() - point - 1;
    }
}
