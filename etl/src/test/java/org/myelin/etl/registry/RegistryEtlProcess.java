package org.myelin.etl.registry;

import java.nio.file.Path;
import java.util.List;
import org.myelin.sql.Schemas;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The registry job in a process of its own, for a test to kill: {@code RegistryEtlProcess JDBC_URL EXPORT}. Prints
 * {@value #STAGE} and the stage's description as each stage begins, and {@value #DONE} when the run completed.
 */
final class RegistryEtlProcess {

    static final String STAGE = "registry-etl-stage: ";
    static final String DONE = "registry-etl-done";

    private RegistryEtlProcess() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[0]);
        new RegistryEtl(dataSource, Schemas.DEFAULT, new RunProgress() {
            @Override
            public void stage(String description) {
                System.out.println(STAGE + description);
                System.out.flush();
            }

            @Override
            public void rows(String file, long read) {
            }
        }).run(Path.of(args[1]), List.of());
        System.out.println(DONE);
    }
}
