package org.myelin.app.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.UserError;
import org.postgresql.Driver;

/** Opens the database that {@link DatabaseSettings} name: the external server, or the embedded one. */
public final class DatabaseConnector {

    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    public OpenDatabase open(DatabaseSettings settings) {
        if (settings.embedded()) {
            EmbeddedServer server = EmbeddedServer.startOrJoin(settings.home(), settings.embeddedPort());
            try {
                return new OpenDatabase(pool(server.jdbcUrl(), null, null), server.jdbcUrl(), settings.schemas(), server);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
        String url = validated(settings.url());
        checkReachable(url, settings.user(), settings.password());
        return new OpenDatabase(pool(url, settings.user(), settings.password()), withoutPassword(url),
                settings.schemas(), null);
    }

    /** The URL commands print for the given settings, without starting anything. */
    public String displayUrl(DatabaseSettings settings) {
        return settings.embedded() ? EmbeddedServer.urlFor(settings.embeddedPort()) : withoutPassword(validated(settings.url()));
    }

    private static String validated(@Nullable String url) {
        if (url == null || !url.startsWith("jdbc:postgresql:") || Driver.parseURL(url, new Properties()) == null) {
            throw new UserError("'" + url + "' is not a PostgreSQL JDBC URL; use jdbc:postgresql://HOST:PORT/DATABASE");
        }
        return url;
    }

    /** Fails with one line naming host, port and cause when the server cannot be reached or refuses the login. */
    private static void checkReachable(String url, @Nullable String user, @Nullable String password) {
        Properties login = credentials(user, password);
        login.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        try (Connection ignored = DriverManager.getConnection(url, login)) {
            // reachable and logged in
        } catch (SQLException e) {
            Properties parsed = Driver.parseURL(url, new Properties());
            String where = parsed == null ? url
                    : parsed.getProperty("PGHOST") + ":" + parsed.getProperty("PGPORT") + "/" + parsed.getProperty("PGDBNAME");
            String cause = String.valueOf(e.getMessage()).lines().findFirst().orElse("unknown error");
            throw new UserError("cannot connect to PostgreSQL at " + where + ": " + cause
                    + " (nothing was changed; check --db, --db-user, --db-password)", e);
        }
    }

    private static HikariDataSource pool(String url, @Nullable String user, @Nullable String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setDataSourceProperties(credentials(user, password));
        config.setMaximumPoolSize(16);  // a registry run holds a COPY stream per table being filled, the lock and the quarantine
        config.setPoolName("myelin");
        return new HikariDataSource(config);
    }

    private static Properties credentials(@Nullable String user, @Nullable String password) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    static String withoutPassword(String url) {
        return url.replaceAll("([?&])password=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }
}
