package org.myelin.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/** The foreign-key checks that block publishing: exactly the CDM's own keys between its tables, whatever the file says. */
@ExtendWith(TestDatabaseExtension.class)
class FieldChecksTests {

    private static final Pattern CDM_FOREIGN_KEY = Pattern.compile("alter table (\\w+) add constraint \\w+ foreign key \\((\\w+)\\)");

    @Test
    void everyReferenceToACdmTableIsFatalAndAReferenceToAConceptIsNot(TestDatabase database) throws IOException {
        database.migrate();
        CdmSpecification spec = CdmSpecification.load();

        List<CheckInstance> foreignKeys = CheckPlan.instances(database.sql(), QualityConfiguration.bundled(), Schemas.DEFAULT)
                .stream().filter(instance -> instance.type() == CheckType.isForeignKey).toList();

        List<String> fatal = foreignKeys.stream().filter(CheckInstance::fatal).map(FieldChecksTests::tableField).toList();
        assertThat(fatal).containsExactlyInAnyOrderElementsOf(keysOfTheCdmChangelog());
        assertThat(foreignKeys).filteredOn(instance -> !instance.fatal())
                .extracting(instance -> spec.field(instance.table(), Objects.requireNonNull(instance.field())).orElseThrow().fkTable())
                .containsOnly("concept", "domain");
    }

    private static String tableField(CheckInstance instance) {
        return instance.table() + "." + instance.field();
    }

    /** The foreign keys the sql module builds between CDM tables, as table.field. */
    private static List<String> keysOfTheCdmChangelog() throws IOException {
        try (InputStream in = Objects.requireNonNull(FieldChecksTests.class.getClassLoader()
                .getResourceAsStream("db/changelog/cdm/004-foreign-keys.sql"))) {
            return CDM_FOREIGN_KEY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).results()
                    .map(match -> match.group(1) + "." + match.group(2)).toList();
        }
    }
}
