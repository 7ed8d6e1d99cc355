package org.myelin.sql.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Hands each test class a fresh, empty PostgreSQL database as a {@link TestDatabase} parameter.
 *
 * <p>The server is chosen once per JVM: the one {@code MYELIN_TEST_DB_URL} names (a JDBC URL with
 * credentials, on a database from which others can be created); else a Testcontainers PostgreSQL when
 * a Docker engine answers; else an embedded PostgreSQL. The database is dropped after the class.
 */
public final class TestDatabaseExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabaseExtension.class);

    /** Liquibase logs through java.util.logging, which the tests do not route to logback: keep its INFO lines out. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresServer server = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(PostgresServer.class, key -> startServer(), PostgresServer.class);
        context.getStore(NAMESPACE).put(TestDatabase.class, server.createDatabase(context.getDisplayName()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase database = context.getStore(NAMESPACE).remove(TestDatabase.class, TestDatabase.class);
        PostgresServer server = context.getRoot().getStore(NAMESPACE).get(PostgresServer.class, PostgresServer.class);
        if (database != null && server != null) {
            server.dropDatabase(database);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
    }

    private static PostgresServer startServer() {
        String external = System.getenv("MYELIN_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new PostgresServer(external) {
                @Override
                String description() {
                    return "MYELIN_TEST_DB_URL";
                }

                @Override
                public void close() {
                }
            };
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new PostgresServer("jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432)
                    + "/" + container.getDatabaseName() + "?user=" + container.getUsername()
                    + "&password=" + container.getPassword()) {
                @Override
                String description() {
                    return "Testcontainers " + container.getDockerImageName();
                }

                @Override
                public void close() {
                    container.stop();
                }
            };
        }
        return PostgresServer.embedded();
    }

    private static boolean dockerAnswers() {
        // asking Testcontainers with no engine in sight only logs a page of errors
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
