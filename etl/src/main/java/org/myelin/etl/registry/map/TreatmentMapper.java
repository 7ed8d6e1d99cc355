package org.myelin.etl.registry.map;

import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.load.CdmSink;
import org.myelin.etl.registry.read.RegistryDates;
import org.myelin.etl.registry.read.SourceLine;
import org.myelin.sql.jooq.cdm.tables.records.DrugExposureRecord;

/**
 * treatments.csv: a drug_exposure at ingredient level; the ATC code wins over the drug name for mapping; a
 * treatment still running ends at the export date; dose, unit, route and stop reason are kept: a dose recorded as a
 * number becomes the quantity that dose_era counts in its unit, any dose stays readable in sig.
 */
final class TreatmentMapper implements RegistryRowMapper {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?");

    private final RegistryMappingContext context;

    TreatmentMapper(RegistryMappingContext context) {
        this.context = context;
    }

    @Override
    public void map(SourceLine line, CdmSink sink) {
        String atc = line.get("atc_code");
        String drug = line.get("drug");
        int concept = atc == null ? 0 : context.concept("ATC", atc);
        if (concept == 0) {
            concept = context.concept("MyelinDrug", drug);
        }
        LocalDate start = LocalDate.parse(line.get("start_date"));
        LocalDate end = RegistryDates.imputed(line.get("end_date"));
        int exposure = context.nextId(DRUG_EXPOSURE);
        String recordedDose = line.get("dose");
        String dose = recordedDose == null ? null : (recordedDose + " " + (line.get("dose_unit") == null ? "" : line.get("dose_unit"))).strip();
        sink.write(new DrugExposureRecord()
                .setDrugExposureId(exposure)
                .setPersonId(context.personId(line.get("patient_id")))
                .setDrugConceptId(concept)
                .setDrugExposureStartDate(start)
                .setDrugExposureEndDate(end != null ? end : context.exportDate())
                .setVerbatimEndDate(end)
                .setDrugTypeConceptId(context.registryType())
                .setStopReason(line.get("stop_reason"))
                .setSig(dose)
                .setQuantity(amount(recordedDose))
                .setDrugSourceValue(atc == null ? drug : drug + " (" + atc + ")")
                .setDrugSourceConceptId(0)
                .setRouteSourceValue(line.get("route"))
                .setDoseUnitSourceValue(line.get("dose_unit")));
        if (line.get("treatment_id") != null) {
            context.rememberTreatment(line.get("treatment_id"), exposure);
        }
    }

    /** The dose as a number when the registry recorded one ({@code 300}), else null ({@code 1 vial}). */
    private static @Nullable BigDecimal amount(@Nullable String dose) {
        if (dose == null || !NUMBER.matcher(dose).matches()) {
            return null;
        }
        return new BigDecimal(dose);
    }
}
