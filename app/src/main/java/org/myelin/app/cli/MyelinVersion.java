package org.myelin.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code myelin --version}: the project version from the jar's manifest. */
public final class MyelinVersion implements IVersionProvider {

    /** The version of this build, or "development" when run from classes rather than the jar. */
    public static String current() {
        String version = MyelinVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"myelin " + current(), "Java " + Runtime.version() + ", OMOP CDM v5.4"};
    }
}
