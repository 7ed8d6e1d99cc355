package org.myelin.etl.registry.synthetic;

import static org.myelin.etl.registry.QuarantineReason.DUPLICATE_ID;
import static org.myelin.etl.registry.QuarantineReason.END_BEFORE_START;
import static org.myelin.etl.registry.QuarantineReason.INVALID_DATE;
import static org.myelin.etl.registry.QuarantineReason.INVALID_NUMBER;
import static org.myelin.etl.registry.QuarantineReason.INVALID_VALUE;
import static org.myelin.etl.registry.QuarantineReason.MISSING_VALUE;
import static org.myelin.etl.registry.QuarantineReason.OUT_OF_RANGE;
import static org.myelin.etl.registry.QuarantineReason.UNKNOWN_PATIENT;
import static org.myelin.etl.registry.QuarantineReason.UNKNOWN_REFERENCE;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.registry.QuarantineReason;
import org.myelin.etl.registry.RegistryFile;

/**
 * An independent reading of the export format's rules, written from the format text for the tests: it reads an
 * export and counts, per file, the rows read and the rows that break the contract, by column and reason.
 */
final class RegistryContract {

    /** One broken rule: the file, the column and the reason, as in expected-quarantine.csv. */
    record Violation(String file, String column, String reason) {
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> FUNCTIONAL_SYSTEMS = Set.of("pyramidal", "cerebellar", "brainstem", "sensory",
            "bowel_bladder", "visual", "cerebral");

    private final Map<String, Long> rowsRead = new TreeMap<>();
    private final Map<Violation, Long> violations = new TreeMap<>(
            Comparator.comparing(Violation::file).thenComparing(Violation::column)
                    .thenComparing(Violation::reason));
    private final Set<String> centres = new HashSet<>();
    private final Set<String> patients = new HashSet<>();
    private final Set<String> treatments = new HashSet<>();

    static RegistryContract check(Path directory) throws IOException {
        RegistryContract contract = new RegistryContract();
        for (RegistryFile file : List.of(RegistryFile.CENTRES, RegistryFile.PATIENTS, RegistryFile.TREATMENTS,
                RegistryFile.VISITS, RegistryFile.RELAPSES, RegistryFile.MRI, RegistryFile.LABS, RegistryFile.PROMS,
                RegistryFile.ADVERSE_EVENTS, RegistryFile.PREGNANCIES)) {
            contract.read(directory, file);
        }
        return contract;
    }

    Map<String, Long> rowsRead() {
        return rowsRead;
    }

    Map<Violation, Long> violations() {
        return violations;
    }

    private void read(Path directory, RegistryFile file) throws IOException {
        Set<String> ids = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(directory.resolve(file.fileName()), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            for (CSVRecord record : parser) {
                rowsRead.merge(file.fileName(), 1L, Long::sum);
                Violation violation = check(file, new Row(file, record), ids);
                if (violation != null) {
                    violations.merge(violation, 1L, Long::sum);
                }
            }
        }
    }

    private @Nullable Violation check(RegistryFile file, Row row, Set<String> ids) {
        Violation violation = switch (file) {
            case CENTRES -> row.required("centre_id");
            case PATIENTS -> first(row.required("patient_id"), row.required("sex"),
                    row.code("sex", "F", "M", "U"), row.date("birth_date", true), row.country("country"),
                    row.reference("centre_id", centres), row.date("onset_date", true),
                    row.codes("onset_symptoms", "optic", "brainstem", "spinal", "supratentorial", "other"),
                    row.date("diagnosis_date", true),
                    row.code("diagnosis_criteria", "McDonald2001", "McDonald2005", "McDonald2010", "McDonald2017",
                            "Poser", "other"),
                    row.code("initial_course", "RIS", "CIS", "RRMS", "PPMS", "PRMS"),
                    row.date("progression_onset_date", true), row.date("death_date", false),
                    row.date("last_contact_date", false), row.notBefore("death_date", "birth_date"));
            case VISITS -> first(row.patient(patients), row.date("visit_date", false), row.required("visit_date"),
                    row.edss(), row.integers(0, 6, "fs_pyramidal", "fs_cerebellar", "fs_brainstem", "fs_sensory",
                            "fs_bowel_bladder", "fs_visual", "fs_cerebral"),
                    row.integers(0, 16, "ambulation"),
                    row.code("course", "RIS", "CIS", "RRMS", "SPMS", "PPMS", "PRMS"),
                    row.positive("t25fw_seconds"), row.positive("nhpt_dominant_seconds"),
                    row.positive("nhpt_nondominant_seconds"), row.integers(0, 110, "sdmt_score"));
            case RELAPSES -> first(row.patient(patients), row.required("onset_date"), row.date("onset_date", false),
                    row.date("end_date", false), row.code("severity", "mild", "moderate", "severe"),
                    row.code("steroid_treated", "Y", "N"), row.code("recovery", "complete", "partial", "none"),
                    row.codes("systems_involved", FUNCTIONAL_SYSTEMS.toArray(String[]::new)),
                    row.notBefore("end_date", "onset_date"));
            case TREATMENTS -> first(row.patient(patients), row.required("drug"), row.required("start_date"),
                    row.date("start_date", false), row.date("end_date", false),
                    row.code("stop_reason", "lack_of_efficacy", "adverse_event", "pregnancy", "patient_choice",
                            "convenience", "other"),
                    row.notBefore("end_date", "start_date"));
            case MRI -> first(row.patient(patients), row.required("exam_date"), row.date("exam_date", false),
                    row.code("region", "brain", "spine", "brain_and_spine"), row.code("contrast", "Y", "N"),
                    row.integers(0, Integer.MAX_VALUE, "t2_lesions", "new_or_enlarging_t2", "gd_lesions",
                            "t1_hypointense"),
                    row.code("t2_lesions_category", "0", "1-2", "3-8", "9+"));
            case LABS -> first(row.patient(patients), row.required("sample_date"), row.date("sample_date", false),
                    row.required("test"), row.code("test", "csf_ocb", "csf_igg_index", "serum_nfl", "jcv_antibody",
                            "jcv_index", "vitamin_d", "lymphocytes"),
                    row.labValue());
            case PROMS -> first(row.patient(patients), row.required("date"), row.date("date", false),
                    row.required("instrument"), row.code("instrument", "MSIS29_PHYSICAL", "MSIS29_PSYCHOLOGICAL",
                            "EQ5D_INDEX", "EQ5D_VAS", "MSWS12", "FSMC"),
                    row.required("score"), row.number("score"));
            case ADVERSE_EVENTS -> first(row.patient(patients), row.required("onset_date"),
                    row.date("onset_date", false),
                    row.value("meddra_code") == null ? row.required("description") : null,
                    row.code("serious", "Y", "N"), row.reference("suspected_treatment_id", treatments),
                    row.code("outcome", "recovered", "recovering", "not_recovered", "recovered_with_sequelae",
                            "fatal", "unknown"));
            case PREGNANCIES -> first(row.patient(patients), row.required("start_date"),
                    row.date("start_date", true),
                    row.code("outcome", "live_birth", "stillbirth", "miscarriage", "induced_abortion", "ectopic",
                            "ongoing", "unknown"),
                    row.date("outcome_date", false), row.code("dmt_exposed", "Y", "N"),
                    row.notBefore("outcome_date", "start_date"));
        };
        String idColumn = switch (file) {
            case PATIENTS -> "patient_id";
            case CENTRES -> "centre_id";
            case VISITS -> "visit_id";
            case RELAPSES -> "relapse_id";
            case TREATMENTS -> "treatment_id";
            case MRI -> "mri_id";
            case ADVERSE_EVENTS -> "ae_id";
            case PREGNANCIES -> "pregnancy_id";
            case LABS, PROMS -> null;
        };
        String id = idColumn == null ? null : row.value(idColumn);
        if (violation == null && id != null && !ids.add(id)) {
            violation = row.violation(idColumn, DUPLICATE_ID);
        }
        if (violation == null && id != null) {
            switch (file) {
                case CENTRES -> centres.add(id);
                case PATIENTS -> patients.add(id);
                case TREATMENTS -> treatments.add(id);
                default -> {
                }
            }
        }
        return violation;
    }

    private static @Nullable Violation first(@Nullable Violation... candidates) {
        for (Violation candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    /** A record with the rules applied to its cells; each rule returns the violation or null. */
    private record Row(RegistryFile file, CSVRecord record) {

        @Nullable String value(String column) {
            String value = record.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        Violation violation(String column, QuarantineReason reason) {
            return new Violation(file.fileName(), column, reason.code());
        }

        @Nullable Violation required(String column) {
            return value(column) == null ? violation(column, MISSING_VALUE) : null;
        }

        @Nullable Violation patient(Set<String> patients) {
            String id = value("patient_id");
            if (id == null) {
                return violation("patient_id", MISSING_VALUE);
            }
            return patients.contains(id) ? null : violation("patient_id", UNKNOWN_PATIENT);
        }

        @Nullable Violation reference(String column, Set<String> known) {
            String id = value(column);
            return id == null || known.contains(id) ? null : violation(column, UNKNOWN_REFERENCE);
        }

        @Nullable Violation date(String column, boolean partialAllowed) {
            String value = value(column);
            return value == null || parseDate(value, partialAllowed) != null ? null : violation(column, INVALID_DATE);
        }

        @Nullable Violation notBefore(String endColumn, String startColumn) {
            String end = value(endColumn);
            String start = value(startColumn);
            if (end == null || start == null) {
                return null;
            }
            LocalDate endDate = parseDate(end, true);
            LocalDate startDate = parseDate(start, true);
            return endDate != null && startDate != null && endDate.isBefore(startDate)
                    ? violation(endColumn, END_BEFORE_START) : null;
        }

        @Nullable Violation code(String column, String... codes) {
            String value = value(column);
            return value == null || List.of(codes).contains(value) ? null : violation(column, INVALID_VALUE);
        }

        @Nullable Violation codes(String column, String... codes) {
            String value = value(column);
            return value == null || List.of(codes).containsAll(List.of(value.split(";")))
                    ? null : violation(column, INVALID_VALUE);
        }

        @Nullable Violation country(String column) {
            String value = value(column);
            return value == null || COUNTRIES.contains(value) ? null : violation(column, INVALID_VALUE);
        }

        @Nullable Violation number(String column) {
            String value = value(column);
            return value == null || decimal(value) != null ? null : violation(column, INVALID_NUMBER);
        }

        @Nullable Violation positive(String column) {
            String value = value(column);
            if (value == null) {
                return null;
            }
            BigDecimal number = decimal(value);
            if (number == null) {
                return violation(column, INVALID_NUMBER);
            }
            return number.signum() > 0 ? null : violation(column, OUT_OF_RANGE);
        }

        @Nullable Violation integers(int min, int max, String... columns) {
            for (String column : columns) {
                String value = value(column);
                if (value == null) {
                    continue;
                }
                BigDecimal number = decimal(value);
                if (number == null) {
                    return violation(column, INVALID_NUMBER);
                }
                if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                    return violation(column, OUT_OF_RANGE);
                }
            }
            return null;
        }

        @Nullable Violation edss() {
            String value = value("edss");
            if (value == null) {
                return null;
            }
            BigDecimal number = decimal(value);
            if (number == null) {
                return violation("edss", INVALID_NUMBER);
            }
            BigDecimal halves = number.multiply(BigDecimal.TWO);
            boolean halfStep = halves.stripTrailingZeros().scale() <= 0;
            return halfStep && number.signum() >= 0 && number.compareTo(BigDecimal.TEN) <= 0
                    ? null : violation("edss", OUT_OF_RANGE);
        }

        @Nullable Violation labValue() {
            String value = value("value");
            if (value == null || value.equals("positive") || value.equals("negative")) {
                return null;
            }
            return decimal(value) != null ? null : violation("value", INVALID_NUMBER);
        }

        private static @Nullable BigDecimal decimal(String value) {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static @Nullable LocalDate parseDate(String value, boolean partialAllowed) {
            try {
                if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(value);
                }
                if (partialAllowed && value.matches("\\d{4}-\\d{2}")) {
                    return LocalDate.parse(value + "-01");
                }
                if (partialAllowed && value.matches("\\d{4}")) {
                    return LocalDate.of(Integer.parseInt(value), 7, 1);
                }
                return null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
