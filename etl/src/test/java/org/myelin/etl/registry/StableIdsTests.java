package org.myelin.etl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;

/** Two nightly runs: the second export adds a patient, removes one and changes one. */
@ExtendWith(TestDatabaseExtension.class)
class StableIdsTests {

    @TempDir
    Path temp;

    @Test
    void patientsKeepTheirPersonIdAcrossNightsAndANewOneGetsTheNextId(TestDatabase database) throws IOException {
        // given a first night with P1, P2, P3
        database.migrate();
        new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent()).loadStarter();
        DSLContext cdm = database.sql();
        RegistryEtl etl = new RegistryEtl(database.dataSource(), Schemas.DEFAULT, RunProgress.SILENT);
        etl.run(export("first", "P1,F,1980", "P2,M,1975", "P3,F,1990"), List.of());
        Map<String, Integer> first = personIds(cdm);

        // when the next night's export changes P1, drops P3 and adds P4
        etl.run(export("second", "P4,M,2001", "P2,M,1975", "P1,M,1980"), List.of());
        Map<String, Integer> second = personIds(cdm);

        // then P1 and P2 keep their ids, P3 is gone, P4 gets a new one, and P1's change is there
        assertThat(second.get("P1")).isEqualTo(first.get("P1"));
        assertThat(second.get("P2")).isEqualTo(first.get("P2"));
        assertThat(second).doesNotContainKey("P3");
        assertThat(second.get("P4")).isEqualTo(first.values().stream().mapToInt(Integer::intValue).max().orElseThrow() + 1);
        assertThat(cdm.select(PERSON.GENDER_CONCEPT_ID).from(PERSON).where(PERSON.PERSON_SOURCE_VALUE.eq("P1")).fetchOne(0))
                .isEqualTo(8507);
    }

    private Path export(String name, String... patients) throws IOException {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("patients.csv"), "patient_id,sex,birth_date\n" + String.join("\n", patients) + "\n");
        Files.writeString(folder.resolve("visits.csv"), "patient_id,visit_date,edss\n" + Arrays.stream(patients)
                .map(row -> row.split(",")[0] + ",2020-01-01,1.5").collect(Collectors.joining("\n")) + "\n");
        return folder;
    }

    private static Map<String, Integer> personIds(DSLContext cdm) {
        return cdm.select(PERSON.PERSON_SOURCE_VALUE, PERSON.PERSON_ID).from(PERSON).fetchMap(PERSON.PERSON_SOURCE_VALUE, PERSON.PERSON_ID);
    }
}
