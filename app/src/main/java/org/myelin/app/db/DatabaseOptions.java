package org.myelin.app.db;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import picocli.CommandLine.Option;

/** The options every command that touches the database shares (a picocli mixin); each has an environment default. */
public final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:MYELIN_DB_URL}",
            description = "External PostgreSQL, e.g. jdbc:postgresql://host:5432/omop (env MYELIN_DB_URL). "
                    + "Default: the embedded PostgreSQL.")
    @Nullable String url;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:MYELIN_DB_USER}",
            description = "User for --db, unless the URL names one (env MYELIN_DB_USER).")
    @Nullable String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:MYELIN_DB_PASSWORD}",
            description = "Password for --db, unless the URL holds one (env MYELIN_DB_PASSWORD).")
    @Nullable String password;

    @Option(names = "--home", paramLabel = "DIR", defaultValue = "${env:MYELIN_HOME:-${sys:user.home}/.myelin}",
            description = "Myelin's home: the embedded database lives in DIR/pg (env MYELIN_HOME; default ~/.myelin).")
    Path home = Path.of(System.getProperty("user.home"), ".myelin");

    @Option(names = "--pg-port", paramLabel = "PORT", defaultValue = "${env:MYELIN_PG_PORT:-54329}",
            description = "Port of the embedded PostgreSQL (env MYELIN_PG_PORT; default ${DEFAULT-VALUE}).")
    int embeddedPort = 54329;

    @Option(names = "--cdm-schema", paramLabel = "NAME", defaultValue = "${env:MYELIN_CDM_SCHEMA:-cdm}",
            description = "Schema of the clinical CDM tables (default ${DEFAULT-VALUE}).")
    String cdmSchema = "cdm";

    @Option(names = "--vocab-schema", paramLabel = "NAME", defaultValue = "${env:MYELIN_VOCAB_SCHEMA:-vocab}",
            description = "Schema of the vocabulary tables (default ${DEFAULT-VALUE}).")
    String vocabSchema = "vocab";

    @Option(names = "--results-schema", paramLabel = "NAME", defaultValue = "${env:MYELIN_RESULTS_SCHEMA:-results}",
            description = "Schema of cohorts and results (default ${DEFAULT-VALUE}).")
    String resultsSchema = "results";

    @Option(names = "--myelin-schema", paramLabel = "NAME", defaultValue = "${env:MYELIN_SCHEMA:-myelin}",
            description = "Schema of Myelin's run log, quarantine and id maps (default ${DEFAULT-VALUE}).")
    String myelinSchema = "myelin";

    public DatabaseSettings settings() {
        Schemas schemas;
        try {
            schemas = new Schemas(cdmSchema, vocabSchema, resultsSchema, myelinSchema);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + "; fix the --*-schema option or MYELIN_*_SCHEMA variable");
        }
        String external = url == null || url.isBlank() ? null : url.strip();
        return new DatabaseSettings(external, user, password, home, embeddedPort, schemas);
    }
}
