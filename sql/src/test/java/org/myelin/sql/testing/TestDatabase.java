package org.myelin.sql.testing;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;
import org.myelin.sql.migrate.MigrationResult;
import org.myelin.sql.migrate.SchemaMigrator;
import org.postgresql.ds.PGSimpleDataSource;

/** One throwaway PostgreSQL database, handed to a test class by {@link TestDatabaseExtension}. */
public record TestDatabase(String jdbcUrl, String name, DataSource dataSource) {

    static TestDatabase of(String jdbcUrl, String name) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        return new TestDatabase(jdbcUrl, name, dataSource);
    }

    /** Creates every Myelin schema with the default names and all changesets. */
    public MigrationResult migrate() {
        return new SchemaMigrator(dataSource).migrate(Schemas.DEFAULT);
    }

    /** A jOOQ context on this database that renders the default schema names. */
    public DSLContext sql() {
        return DSL.using(dataSource, Schemas.dialect(), Schemas.DEFAULT.settings());
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
