package org.myelin.etl.registry.map;

import org.myelin.etl.registry.RegistryFile;

/** The mapper of each file of the export. */
public final class RegistryMappers {

    private RegistryMappers() {
    }

    public static RegistryRowMapper of(RegistryFile file, RegistryMappingContext context) {
        return switch (file) {
            case CENTRES -> new CentreMapper(context);
            case PATIENTS -> new PatientMapper(context);
            case VISITS -> new VisitMapper(context);
            case RELAPSES -> new RelapseMapper(context);
            case TREATMENTS -> new TreatmentMapper(context);
            case MRI -> new MriMapper(context);
            case LABS -> new LabMapper(context);
            case PROMS -> new PromMapper(context);
            case ADVERSE_EVENTS -> new AdverseEventMapper(context);
            case PREGNANCIES -> new PregnancyMapper(context);
        };
    }
}
