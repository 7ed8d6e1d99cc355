package org.myelin.sql;

import java.util.Locale;

/** The four kinds of schema Myelin owns; each has one Liquibase changelog and one generated jOOQ package. */
public enum SchemaKind {
    CDM,
    VOCAB,
    RESULTS,
    MYELIN;

    /** The name used in the changelogs and the generated model, and the default name in the database. */
    public String modelName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The classpath location of this schema's master changelog. */
    public String changelog() {
        return "db/changelog/" + modelName() + ".xml";
    }
}
