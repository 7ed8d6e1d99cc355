package org.myelin.etl.registry.synthetic;

import java.util.Map;
import org.myelin.etl.synthetic.Centre;

/**
 * How a centre's staff fill in the registry: which name they write for a drug (generic, brand or abbreviation,
 * as shares), how often they add the ATC code, how precisely they record birth dates, the vitamin D unit of their
 * laboratory, and whether they count T2 lesions or only tick a category.
 */
record CentreConventions(double genericShare, double brandShare, double atcShare, DatePrecision birthPrecision,
        boolean capitalisedNames, boolean vitaminDInNanogramsPerMillilitre, boolean lesionCategoryOnly) {

    /** How much of a date a registry keeps. */
    enum DatePrecision {
        DAY,
        MONTH,
        YEAR
    }

    private static final CentreConventions FALLBACK =
            new CentreConventions(0.6, 0.3, 0.5, DatePrecision.MONTH, false, false, false);

    private static final Map<String, CentreConventions> BY_CENTRE = Map.ofEntries(
            Map.entry("DK01", new CentreConventions(0.7, 0.2, 0.9, DatePrecision.MONTH, false, false, false)),
            Map.entry("DK02", new CentreConventions(0.6, 0.4, 0.8, DatePrecision.MONTH, false, false, false)),
            Map.entry("SE01", new CentreConventions(0.4, 0.6, 0.5, DatePrecision.YEAR, false, false, false)),
            Map.entry("SE02", new CentreConventions(1.0, 0.0, 0.0, DatePrecision.YEAR, true, false, false)),
            Map.entry("IT01", new CentreConventions(0.3, 0.5, 0.0, DatePrecision.DAY, false, true, false)),
            Map.entry("IT02", new CentreConventions(0.2, 0.8, 0.0, DatePrecision.DAY, false, true, true)),
            Map.entry("FR01", new CentreConventions(0.9, 0.1, 0.3, DatePrecision.MONTH, true, false, true)),
            Map.entry("FR02", new CentreConventions(0.8, 0.2, 0.0, DatePrecision.MONTH, false, false, false)),
            Map.entry("CZ01", new CentreConventions(0.5, 0.5, 1.0, DatePrecision.YEAR, false, false, false)),
            Map.entry("DE01", new CentreConventions(0.0, 0.7, 0.2, DatePrecision.MONTH, false, true, false)),
            Map.entry("NL01", new CentreConventions(0.8, 0.0, 0.6, DatePrecision.YEAR, false, false, false)),
            Map.entry("ES01", new CentreConventions(0.5, 0.5, 0.0, DatePrecision.DAY, true, false, false)));

    static CentreConventions of(Centre centre) {
        return BY_CENTRE.getOrDefault(centre.id(), FALLBACK);
    }
}
