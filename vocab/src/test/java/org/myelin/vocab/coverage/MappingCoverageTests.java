package org.myelin.vocab.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

@ExtendWith(TestDatabaseExtension.class)
class MappingCoverageTests {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private static CoverageReport report;

    @BeforeAll
    static void givenACdmAfterAnEtlRun(TestDatabase database) {
        database.migrate();
        DSLContext sql = database.sql();
        sql.insertInto(CONCEPT).values(374919, "Multiple sclerosis", "Condition", "SNOMED", "Disorder", "S", "24700007",
                DAY, DAY, null).execute();
        sql.insertInto(PERSON, PERSON.PERSON_ID, PERSON.GENDER_CONCEPT_ID, PERSON.GENDER_SOURCE_VALUE,
                PERSON.YEAR_OF_BIRTH, PERSON.RACE_CONCEPT_ID, PERSON.ETHNICITY_CONCEPT_ID)
                .values(1, 0, "U", 1980, 0, 0).values(2, 0, "U", 1985, 0, 0).execute();
        int id = 1;
        for (String[] row : new String[][] {{"374919", "G35"}, {"374919", "G35"}, {"374919", "G35"},
                {"0", "G35.9 <unknown>"}, {"0", "G35.9 <unknown>"}, {"0", "Sjögren, \"primary\""}}) {
            sql.insertInto(CONDITION_OCCURRENCE, CONDITION_OCCURRENCE.CONDITION_OCCURRENCE_ID,
                    CONDITION_OCCURRENCE.PERSON_ID, CONDITION_OCCURRENCE.CONDITION_CONCEPT_ID,
                    CONDITION_OCCURRENCE.CONDITION_START_DATE, CONDITION_OCCURRENCE.CONDITION_TYPE_CONCEPT_ID,
                    CONDITION_OCCURRENCE.CONDITION_SOURCE_VALUE)
                    .values(id++, 1, Integer.parseInt(row[0]), DAY, 32879, row[1]).execute();
        }
        sql.insertInto(MEASUREMENT, MEASUREMENT.MEASUREMENT_ID, MEASUREMENT.PERSON_ID, MEASUREMENT.MEASUREMENT_CONCEPT_ID,
                MEASUREMENT.MEASUREMENT_DATE, MEASUREMENT.MEASUREMENT_TYPE_CONCEPT_ID, MEASUREMENT.MEASUREMENT_SOURCE_VALUE,
                MEASUREMENT.UNIT_CONCEPT_ID, MEASUREMENT.UNIT_SOURCE_VALUE)
                .values(1, 2, 0, DAY, 32879, "serum_nfl", 0, "pg/mL").execute();
        report = new MappingCoverage(database.dataSource(), Schemas.DEFAULT).report();
    }

    @Test
    void unmappedSourceValuesComeByFrequencyThenTableColumnAndValue() {
        assertThat(report.unmapped()).extracting(CoverageRow::table, CoverageRow::conceptColumn, CoverageRow::sourceValue,
                CoverageRow::records).containsExactly(
                        tuple("condition_occurrence", "condition_concept_id", "G35.9 <unknown>", 2L),
                        tuple("person", "ethnicity_concept_id", "", 2L),
                        tuple("person", "gender_concept_id", "U", 2L),
                        tuple("person", "race_concept_id", "", 2L),
                        tuple("condition_occurrence", "condition_concept_id", "Sjögren, \"primary\"", 1L),
                        tuple("measurement", "measurement_concept_id", "serum_nfl", 1L),
                        tuple("measurement", "unit_concept_id", "pg/mL", 1L));
    }

    @Test
    void mappedSourceValuesCarryTheConceptAndItsName() {
        assertThat(report.mapped()).containsExactly(
                new CoverageRow("condition_occurrence", "condition_concept_id", "G35", 374919, "Multiple sclerosis", 3));
        assertThat(report.columns()).contains(
                new CoverageReport.ColumnCoverage("condition_occurrence.condition_concept_id", 6, 3));
    }

    @Test
    void csvAndHtmlHoldEveryValueQuotedAndEscaped(@TempDir Path folder) throws IOException {
        MappingCoverage.writeCsv(report, folder.resolve("coverage.csv"));
        MappingCoverage.writeHtml(report, folder.resolve("coverage.html"));

        List<String> csv = Files.readAllLines(folder.resolve("coverage.csv"));
        assertThat(csv.getFirst()).isEqualTo("table,concept_column,source_value,mapped,concept_id,concept_name,records");
        assertThat(csv).contains("condition_occurrence,condition_concept_id,\"Sjögren, \"\"primary\"\"\",false,0,,1",
                "condition_occurrence,condition_concept_id,G35,true,374919,Multiple sclerosis,3");
        String html = Files.readString(folder.resolve("coverage.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("G35.9 &lt;unknown&gt;")
                .contains("<td>condition_occurrence.condition_concept_id</td><td class=\"n\">6</td><td class=\"n\">3</td>"
                        + "<td class=\"n\">50.0</td>")
                .doesNotContain("<unknown>").doesNotContain("<script").doesNotContain("http");
    }
}
