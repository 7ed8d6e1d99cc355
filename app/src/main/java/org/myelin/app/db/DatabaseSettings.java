package org.myelin.app.db;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.Schemas;

/**
 * Where Myelin's database is: an external server when {@code url} is set, else the embedded server whose
 * data lives in {@code home/pg} and which listens on {@code embeddedPort}.
 */
public record DatabaseSettings(@Nullable String url, @Nullable String user, @Nullable String password,
        Path home, int embeddedPort, Schemas schemas) {

    public boolean embedded() {
        return url == null;
    }
}
