package org.myelin.etl.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/** The fixed set of synthetic centres: several countries, different routines. */
public final class Centres {

    private static final List<Centre> ALL = List.of(
            new Centre("DK01", "MS Clinic, University Hospital Aarhus", "Aarhus", "DK", "8200", 180, true, true, 12),
            new Centre("DK02", "Neurology Department Odense", "Odense", "DK", "5000", 365, false, false, 6),
            new Centre("SE01", "MS Centre \"Karolinska\" Huddinge", "Stockholm", "SE", "141 86", 365, true, true, 10),
            new Centre("SE02", "Neurologimottagningen Göteborg", "Göteborg", "SE", "413 45", 365, true, false, 6),
            new Centre("IT01", "Centro Sclerosi Multipla, Milano", "Milano", "IT", "20132", 180, false, true, 9),
            new Centre("IT02", "Centro SM Bari", "Bari", "IT", "70124", 180, false, false, 5),
            new Centre("FR01", "Hôpital neurologique, Lyon", "Lyon", "FR", "69500", 365, false, false, 10),
            new Centre("FR02", "CRC-SEP Rennes", "Rennes", "FR", "35033", 365, true, false, 5),
            new Centre("CZ01", "MS Centrum Praha", "Praha", "CZ", "128 21", 180, true, false, 8),
            new Centre("DE01", "MS-Ambulanz Hamburg", "Hamburg", "DE", "20246", 180, true, true, 8),
            new Centre("NL01", "MS Centrum Amsterdam", "Amsterdam", "NL", "1081 HV", 365, true, true, 6),
            new Centre("ES01", "Unidad de Esclerosis Múltiple, Barcelona", "Barcelona", "ES", "08035", 180, false,
                    true, 7));

    private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Centre::weight).sum();

    private Centres() {
    }

    public static List<Centre> all() {
        return ALL;
    }

    /** Picks a centre in proportion to its weight. */
    static Centre pick(SplittableRandom random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (Centre centre : ALL) {
            ticket -= centre.weight();
            if (ticket < 0) {
                return centre;
            }
        }
        throw new IllegalStateException("weights exhausted");
    }
}
