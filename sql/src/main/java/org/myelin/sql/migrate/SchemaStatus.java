package org.myelin.sql.migrate;

import org.myelin.sql.SchemaKind;

/** How far one schema is migrated: changesets applied against changesets this Myelin knows. */
public record SchemaStatus(SchemaKind kind, String schemaName, int applied, int known) {

    public boolean upToDate() {
        return applied >= known;
    }

    public boolean initialised() {
        return applied > 0;
    }
}
