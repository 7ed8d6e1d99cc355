package org.myelin.etl.registry.map;

import org.myelin.etl.load.CdmSink;
import org.myelin.etl.registry.read.SourceLine;
import org.myelin.sql.jooq.cdm.tables.records.CareSiteRecord;
import org.myelin.sql.jooq.cdm.tables.records.LocationRecord;

/** centres.csv: a care_site per treating centre, at a location of its own. */
final class CentreMapper implements RegistryRowMapper {

    private final RegistryMappingContext context;

    CentreMapper(RegistryMappingContext context) {
        this.context = context;
    }

    @Override
    public void map(SourceLine line, CdmSink sink) {
        String centre = line.get("centre_id");
        int location = context.locationId("centre:" + centre);
        sink.write(new LocationRecord()
                .setLocationId(location)
                .setCity(line.get("city"))
                .setZip(line.get("postal_code"))
                .setCountrySourceValue(line.get("country"))
                .setLocationSourceValue("centre " + centre));
        sink.write(new CareSiteRecord()
                .setCareSiteId(context.careSiteId(centre))
                .setCareSiteName(line.get("name"))
                .setLocationId(location)
                .setCareSiteSourceValue(centre));
    }
}
