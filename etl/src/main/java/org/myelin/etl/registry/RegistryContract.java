package org.myelin.etl.registry;

import static org.myelin.etl.registry.ColumnRule.Kind.CODE;
import static org.myelin.etl.registry.ColumnRule.Kind.CODE_LIST;
import static org.myelin.etl.registry.ColumnRule.Kind.COUNTRY;
import static org.myelin.etl.registry.ColumnRule.Kind.DATE;
import static org.myelin.etl.registry.ColumnRule.Kind.DECIMAL;
import static org.myelin.etl.registry.ColumnRule.Kind.FLAG;
import static org.myelin.etl.registry.ColumnRule.Kind.INTEGER;
import static org.myelin.etl.registry.ColumnRule.Kind.NUMBER_OR_CODE;
import static org.myelin.etl.registry.ColumnRule.Kind.PARTIAL_DATE;
import static org.myelin.etl.registry.ColumnRule.Kind.TEXT;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The value rules of the export format, version 1, column by column: which values are required, and what
 * a value must look like. Rules across rows (unknown patients, duplicate ids, an end before its start)
 * are checked while the rows are loaded.
 */
public final class RegistryContract {

    private static final Set<String> ALL_COURSES = Set.of("RIS", "CIS", "RRMS", "SPMS", "PPMS", "PRMS");
    private static final Set<String> SYSTEMS = Set.of("pyramidal", "cerebellar", "brainstem", "sensory",
            "bowel_bladder", "visual", "cerebral");

    private static final Map<RegistryFile, Map<String, ColumnRule>> RULES = new EnumMap<>(RegistryFile.class);

    static {
        rules(RegistryFile.PATIENTS,
                required("patient_id", TEXT), code("sex", true, "F", "M", "U"), optional("birth_date", PARTIAL_DATE),
                optional("country", COUNTRY), optional("centre_id", TEXT), optional("onset_date", PARTIAL_DATE),
                codes("onset_symptoms", Set.of("optic", "brainstem", "spinal", "supratentorial", "other")),
                optional("diagnosis_date", PARTIAL_DATE),
                code("diagnosis_criteria", false, "McDonald2001", "McDonald2005", "McDonald2010", "McDonald2017", "Poser", "other"),
                code("initial_course", false, "RIS", "CIS", "RRMS", "PPMS", "PRMS"),
                optional("progression_onset_date", PARTIAL_DATE), optional("death_date", DATE),
                optional("last_contact_date", DATE));
        rules(RegistryFile.CENTRES,
                required("centre_id", TEXT), optional("name", TEXT), optional("city", TEXT), optional("country", COUNTRY),
                optional("postal_code", TEXT));
        rules(RegistryFile.VISITS,
                optional("visit_id", TEXT), required("patient_id", TEXT), required("visit_date", DATE),
                number("edss", DECIMAL, "0", false, "10", "0.5"),
                number("fs_pyramidal", INTEGER, "0", false, "6", null), number("fs_cerebellar", INTEGER, "0", false, "6", null),
                number("fs_brainstem", INTEGER, "0", false, "6", null), number("fs_sensory", INTEGER, "0", false, "6", null),
                number("fs_bowel_bladder", INTEGER, "0", false, "6", null), number("fs_visual", INTEGER, "0", false, "6", null),
                number("fs_cerebral", INTEGER, "0", false, "6", null), number("ambulation", INTEGER, "0", false, "16", null),
                code("course", false, ALL_COURSES.toArray(String[]::new)),
                number("t25fw_seconds", DECIMAL, "0", true, null, null),
                number("nhpt_dominant_seconds", DECIMAL, "0", true, null, null),
                number("nhpt_nondominant_seconds", DECIMAL, "0", true, null, null),
                number("sdmt_score", INTEGER, "0", false, "110", null));
        rules(RegistryFile.RELAPSES,
                optional("relapse_id", TEXT), required("patient_id", TEXT), required("onset_date", DATE),
                optional("end_date", DATE), code("severity", false, "mild", "moderate", "severe"),
                optional("steroid_treated", FLAG), code("recovery", false, "complete", "partial", "none"),
                codes("systems_involved", SYSTEMS));
        rules(RegistryFile.TREATMENTS,
                optional("treatment_id", TEXT), required("patient_id", TEXT), required("drug", TEXT),
                optional("atc_code", TEXT), required("start_date", DATE), optional("end_date", DATE),
                optional("dose", TEXT), optional("dose_unit", TEXT), optional("route", TEXT),
                code("stop_reason", false, "lack_of_efficacy", "adverse_event", "pregnancy", "patient_choice",
                        "convenience", "other"));
        rules(RegistryFile.MRI,
                optional("mri_id", TEXT), required("patient_id", TEXT), required("exam_date", DATE),
                code("region", false, "brain", "spine", "brain_and_spine"), optional("contrast", FLAG),
                number("t2_lesions", INTEGER, "0", false, null, null), code("t2_lesions_category", false, "0", "1-2", "3-8", "9+"),
                number("new_or_enlarging_t2", INTEGER, "0", false, null, null),
                number("gd_lesions", INTEGER, "0", false, null, null), number("t1_hypointense", INTEGER, "0", false, null, null));
        rules(RegistryFile.LABS,
                required("patient_id", TEXT), required("sample_date", DATE),
                code("test", true, "csf_ocb", "csf_igg_index", "serum_nfl", "jcv_antibody", "jcv_index", "vitamin_d", "lymphocytes"),
                new ColumnRule("value", NUMBER_OR_CODE, false, Set.of("positive", "negative"), null, false, null, null),
                optional("unit", TEXT));
        rules(RegistryFile.PROMS,
                required("patient_id", TEXT), required("date", DATE),
                code("instrument", true, "MSIS29_PHYSICAL", "MSIS29_PSYCHOLOGICAL", "EQ5D_INDEX", "EQ5D_VAS", "MSWS12", "FSMC"),
                number("score", DECIMAL, null, false, null, null, true));
        rules(RegistryFile.ADVERSE_EVENTS,
                optional("ae_id", TEXT), required("patient_id", TEXT), required("onset_date", DATE),
                optional("meddra_code", TEXT), optional("description", TEXT), optional("serious", FLAG),
                optional("suspected_treatment_id", TEXT),
                code("outcome", false, "recovered", "recovering", "not_recovered", "recovered_with_sequelae", "fatal", "unknown"));
        rules(RegistryFile.PREGNANCIES,
                optional("pregnancy_id", TEXT), required("patient_id", TEXT), required("start_date", PARTIAL_DATE),
                code("outcome", false, "live_birth", "stillbirth", "miscarriage", "induced_abortion", "ectopic", "ongoing", "unknown"),
                optional("outcome_date", DATE), optional("dmt_exposed", FLAG));
    }

    private RegistryContract() {
    }

    /** The rules of a file's columns, in the order the format lists them. */
    public static Map<String, ColumnRule> rules(RegistryFile file) {
        return RULES.get(file);
    }

    /** The columns a file must have in its header. */
    public static List<String> requiredColumns(RegistryFile file) {
        if (file == RegistryFile.ADVERSE_EVENTS) {
            return List.of("patient_id", "onset_date");
        }
        return RULES.get(file).values().stream().filter(ColumnRule::required).map(ColumnRule::column).toList();
    }

    /** The first rule a row breaks, checking columns in the format's order; null for a row that keeps them all. */
    public static ColumnRule.@Nullable Violation firstViolation(RegistryFile file, Map<String, String> row) {
        for (ColumnRule rule : RULES.get(file).values()) {
            ColumnRule.Violation violation = rule.check(row.get(rule.column()));
            if (violation != null) {
                return violation;
            }
        }
        if (file == RegistryFile.ADVERSE_EVENTS && isBlank(row.get("meddra_code")) && isBlank(row.get("description"))) {
            return new ColumnRule.Violation("description", QuarantineReason.MISSING_VALUE,
                    "meddra_code and description are both empty");
        }
        return null;
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static void rules(RegistryFile file, ColumnRule... rules) {
        Map<String, ColumnRule> byColumn = new LinkedHashMap<>();
        for (ColumnRule rule : rules) {
            byColumn.put(rule.column(), rule);
        }
        if (!byColumn.keySet().equals(Set.copyOf(file.columns()))) {
            throw new IllegalStateException("rules of " + file.fileName() + " do not match its columns");
        }
        RULES.put(file, Collections.unmodifiableMap(byColumn));
    }

    private static ColumnRule required(String column, ColumnRule.Kind kind) {
        return new ColumnRule(column, kind, true, Set.of(), null, false, null, null);
    }

    private static ColumnRule optional(String column, ColumnRule.Kind kind) {
        return new ColumnRule(column, kind, false, Set.of(), null, false, null, null);
    }

    private static ColumnRule code(String column, boolean required, String... codes) {
        return new ColumnRule(column, CODE, required, Set.of(codes), null, false, null, null);
    }

    private static ColumnRule codes(String column, Set<String> codes) {
        return new ColumnRule(column, CODE_LIST, false, codes, null, false, null, null);
    }

    private static ColumnRule number(String column, ColumnRule.Kind kind, @Nullable String min, boolean minExclusive,
            @Nullable String max, @Nullable String step) {
        return number(column, kind, min, minExclusive, max, step, false);
    }

    private static ColumnRule number(String column, ColumnRule.Kind kind, @Nullable String min, boolean minExclusive,
            @Nullable String max, @Nullable String step, boolean required) {
        return new ColumnRule(column, kind, required, Set.of(), decimal(min), minExclusive, decimal(max), decimal(step));
    }

    private static @Nullable BigDecimal decimal(@Nullable String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
