package org.myelin.etl.registry.map;

import org.myelin.etl.load.CdmSink;
import org.myelin.etl.registry.read.SourceLine;

/** Turns one admitted line of a registry file into CDM rows. */
public interface RegistryRowMapper {

    void map(SourceLine line, CdmSink sink);
}
