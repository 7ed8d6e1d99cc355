package org.myelin.etl.synthetic;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The terms reporters use for adverse events typical of each DMT, and for events unrelated to treatment. */
final class AdverseEventTerms {

    static final String PML = "Progressive multifocal leukoencephalopathy";

    private static final List<String> UNRELATED = List.of("Urinary tract infection", "Fall", "Depression",
            "Upper respiratory tract infection");

    private AdverseEventTerms() {
    }

    static List<String> typical(@Nullable Drug drug) {
        if (drug == null) {
            return UNRELATED;
        }
        return switch (drug) {
            case INTERFERON_BETA_1A, INTERFERON_BETA_1B, PEGINTERFERON_BETA_1A -> List.of("Influenza like illness",
                    "Injection site reaction", "Hepatic enzyme increased", "Depression");
            case GLATIRAMER_ACETATE -> List.of("Injection site reaction (\"lump\")", "Lipoatrophy",
                    "Immediate post-injection reaction");
            case TERIFLUNOMIDE -> List.of("Alopecia", "Alanine aminotransferase increased", "Diarrhoea");
            case DIMETHYL_FUMARATE, DIROXIMEL_FUMARATE -> List.of("Flushing", "Abdominal pain", "Lymphopenia");
            case FINGOLIMOD, SIPONIMOD, OZANIMOD, PONESIMOD -> List.of("Bradycardia", "Macular oedema",
                    "Lymphopenia", "Herpes zoster");
            case CLADRIBINE -> List.of("Lymphopenia", "Herpes zoster");
            case NATALIZUMAB -> List.of("Infusion related reaction", "Hypersensitivity");
            case ALEMTUZUMAB -> List.of("Autoimmune thyroiditis", "Immune thrombocytopenia",
                    "Infusion related reaction");
            case OCRELIZUMAB, OFATUMUMAB, UBLITUXIMAB -> List.of("Infusion related reaction",
                    "Upper respiratory tract infection", "Hypogammaglobulinaemia");
            case DACLIZUMAB -> List.of("Autoimmune hepatitis", "Rash, generalised");
            case MITOXANTRONE -> List.of("Cardiomyopathy", "Nausea, vomiting", "Leukopenia");
        };
    }
}
