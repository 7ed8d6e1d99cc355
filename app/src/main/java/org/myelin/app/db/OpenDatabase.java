package org.myelin.app.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.Schemas;

/** A connected Myelin database; closing it closes the pool and stops an embedded server started for it. */
public final class OpenDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final String displayUrl;
    private final Schemas schemas;
    private final @Nullable EmbeddedServer embedded;

    OpenDatabase(HikariDataSource dataSource, String displayUrl, Schemas schemas, @Nullable EmbeddedServer embedded) {
        this.dataSource = dataSource;
        this.displayUrl = displayUrl;
        this.schemas = schemas;
        this.embedded = embedded;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Schemas schemas() {
        return schemas;
    }

    public DSLContext sql() {
        return DSL.using(dataSource, Schemas.dialect(), schemas.settings());
    }

    /** The JDBC URL without its password, for people and for other tools. */
    public String displayUrl() {
        return displayUrl;
    }

    /** A short description: external, or embedded with where its data lives. */
    public String description() {
        if (embedded == null) {
            return "external PostgreSQL";
        }
        return "embedded PostgreSQL, data in " + embedded.dataDirectory()
                + (embedded.startedHere() ? "" : " (joined the running server)");
    }

    @Override
    public void close() {
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
