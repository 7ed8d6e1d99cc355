package org.myelin.etl.quality;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.myelin.sql.Schemas;

/** Every check instance for one CDM schema, generated from the specification and the thresholds file. */
final class CheckPlan {

    private CheckPlan() {
    }

    static List<CheckInstance> instances(DSLContext sql, QualityConfiguration configuration, Schemas schemas) {
        CheckContext context = new CheckContext(CdmSpecification.load(), configuration,
                ConceptIds.resolve(sql, configuration.conceptCodes()), schemas, ProvenKeys.of(sql, schemas.cdm()));
        List<CheckInstance> instances = new ArrayList<>();
        instances.addAll(new StructureChecks(context).instances());
        instances.addAll(new FieldChecks(context).instances());
        instances.addAll(new TemporalChecks(context).instances());
        instances.addAll(new ConceptChecks(context).instances());
        instances.addAll(new MultipleSclerosisChecks(context).instances());
        return instances;
    }
}
