package org.myelin.etl.synthetic;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Disease-modifying therapies for MS, with the names registries use for them.
 *
 * <p>ATC codes are listed only where /work/shared/ms/README.md verified them (old code first, 2024 revision
 * second). {@code relapseReduction} is the relative reduction of the relapse rate, broadly as in the pivotal
 * trials; {@code firstYear} and {@code lastYear} bound when the drug was prescribed in Europe.
 */
public enum Drug {
    INTERFERON_BETA_1A("interferon beta-1a", List.of("Avonex", "Rebif"), List.of("L03AB07"), "IFNb-1a",
            0.30, 1997, null, "30", "ug", "intramuscular", Pattern.CONTINUOUS),
    INTERFERON_BETA_1B("interferon beta-1b", List.of("Betaferon", "Extavia"), List.of("L03AB08"), "IFNb-1b",
            0.30, 1996, null, "250", "ug", "subcutaneous", Pattern.CONTINUOUS),
    PEGINTERFERON_BETA_1A("peginterferon beta-1a", List.of("Plegridy"), List.of("L03AB13"), "PEG-IFN",
            0.35, 2014, null, "125", "ug", "subcutaneous", Pattern.CONTINUOUS),
    GLATIRAMER_ACETATE("glatiramer acetate", List.of("Copaxone"), List.of("L03AX13"), "GA",
            0.30, 2001, null, "20", "mg", "subcutaneous", Pattern.CONTINUOUS),
    TERIFLUNOMIDE("teriflunomide", List.of("Aubagio"), List.of("L04AA31", "L04AK02"), null,
            0.32, 2013, null, "14", "mg", "oral", Pattern.CONTINUOUS),
    DIMETHYL_FUMARATE("dimethyl fumarate", List.of("Tecfidera"), List.of("L04AX07", "N07XX09"), "DMF",
            0.50, 2014, null, "240", "mg", "oral", Pattern.CONTINUOUS),
    DIROXIMEL_FUMARATE("diroximel fumarate", List.of("Vumerity"), List.of(), null,
            0.50, 2022, null, "462", "mg", "oral", Pattern.CONTINUOUS),
    FINGOLIMOD("fingolimod", List.of("Gilenya"), List.of("L04AA27", "L04AE01"), "FTY720",
            0.54, 2011, null, "0.5", "mg", "oral", Pattern.CONTINUOUS),
    SIPONIMOD("siponimod", List.of("Mayzent"), List.of("L04AA42", "L04AE03"), null,
            0.55, 2020, null, "2", "mg", "oral", Pattern.CONTINUOUS),
    OZANIMOD("ozanimod", List.of("Zeposia"), List.of(), null,
            0.50, 2020, null, "0.92", "mg", "oral", Pattern.CONTINUOUS),
    PONESIMOD("ponesimod", List.of("Ponvory"), List.of(), null,
            0.50, 2021, null, "20", "mg", "oral", Pattern.CONTINUOUS),
    CLADRIBINE("cladribine", List.of("Mavenclad"), List.of("L04AA40", "L01BB04"), null,
            0.58, 2017, null, "10", "mg", "oral", Pattern.PULSED),
    NATALIZUMAB("natalizumab", List.of("Tysabri"), List.of("L04AA23", "L04AG03"), "NTZ",
            0.68, 2006, null, "300", "mg", "intravenous", Pattern.CONTINUOUS),
    ALEMTUZUMAB("alemtuzumab", List.of("Lemtrada"), List.of("L04AA34", "L04AG06"), null,
            0.70, 2013, null, "12", "mg", "intravenous", Pattern.PULSED),
    OCRELIZUMAB("ocrelizumab", List.of("Ocrevus"), List.of("L04AA36", "L04AG08"), "OCR",
            0.70, 2018, null, "600", "mg", "intravenous", Pattern.CONTINUOUS),
    OFATUMUMAB("ofatumumab", List.of("Kesimpta"), List.of(), null,
            0.70, 2021, null, "20", "mg", "subcutaneous", Pattern.CONTINUOUS),
    UBLITUXIMAB("ublituximab", List.of("Briumvi"), List.of(), null,
            0.70, 2023, null, "450", "mg", "intravenous", Pattern.CONTINUOUS),
    DACLIZUMAB("daclizumab", List.of("Zinbryta"), List.of("L04AC01", "L04AA08"), null,
            0.45, 2016, 2018, "150", "mg", "subcutaneous", Pattern.CONTINUOUS),
    MITOXANTRONE("mitoxantrone", List.of("Novantrone"), List.of("L01DB07"), null,
            0.60, 1998, 2016, "12", "mg/m2", "intravenous", Pattern.LIMITED);

    /** How a drug is given over time. */
    public enum Pattern {
        /** taken until stopped */
        CONTINUOUS,
        /** short yearly courses (induction) */
        PULSED,
        /** a course bounded by a cumulative dose */
        LIMITED
    }

    private final String genericName;
    private final List<String> brands;
    private final List<String> atcCodes;
    private final @Nullable String abbreviation;
    private final double relapseReduction;
    private final int firstYear;
    private final @Nullable Integer lastYear;
    private final String dose;
    private final String doseUnit;
    private final String route;
    private final Pattern pattern;

    Drug(String genericName, List<String> brands, List<String> atcCodes, @Nullable String abbreviation,
            double relapseReduction, int firstYear, @Nullable Integer lastYear, String dose, String doseUnit,
            String route, Pattern pattern) {
        this.genericName = genericName;
        this.brands = brands;
        this.atcCodes = atcCodes;
        this.abbreviation = abbreviation;
        this.relapseReduction = relapseReduction;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.dose = dose;
        this.doseUnit = doseUnit;
        this.route = route;
        this.pattern = pattern;
    }

    public String genericName() {
        return genericName;
    }

    public List<String> brands() {
        return brands;
    }

    public List<String> atcCodes() {
        return atcCodes;
    }

    public @Nullable String abbreviation() {
        return abbreviation;
    }

    public double relapseReduction() {
        return relapseReduction;
    }

    /** Whether the drug counts as high efficacy, which also slows disability worsening. */
    public boolean highEfficacy() {
        return relapseReduction >= 0.58;
    }

    /** Whether the drug was prescribed for MS in the given year. */
    public boolean availableIn(int year) {
        return year >= firstYear && (lastYear == null || year < lastYear);
    }

    public @Nullable Integer lastYear() {
        return lastYear;
    }

    public String dose() {
        return dose;
    }

    public String doseUnit() {
        return doseUnit;
    }

    public String route() {
        return route;
    }

    public Pattern pattern() {
        return pattern;
    }

    public boolean injectable() {
        return route.equals("subcutaneous") || route.equals("intramuscular");
    }
}
