package org.myelin.etl.synthetic;

/**
 * A treating MS centre and the parts of its routine that shape the data it records.
 *
 * @param visitIntervalDays usual time between routine visits
 * @param collectsProms whether patients fill in questionnaires at yearly visits
 * @param measuresNfl whether serum neurofilament light is measured yearly
 * @param weight share of the registry's patients followed here, relative to the other centres
 */
public record Centre(String id, String name, String city, String country, String postalCode,
        int visitIntervalDays, boolean collectsProms, boolean measuresNfl, int weight) {
}
