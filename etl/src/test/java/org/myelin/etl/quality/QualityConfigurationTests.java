package org.myelin.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.UserError;

class QualityConfigurationTests {

    private static final String HEADER = "check_name,cdm_table,cdm_field,vocabulary_id,concept_code,unit_vocabulary_id,"
            + "unit_concept_code,gender,after_field,low,high,threshold,fatal,note\n";

    @TempDir
    Path directory;

    @Test
    void bundledFileMakesKeysAndRequiredFieldsFatal() {
        QualityConfiguration bundled = QualityConfiguration.bundled();

        assertThat(bundled.fatal(CheckType.isPrimaryKey, "measurement", "measurement_id")).isTrue();
        assertThat(bundled.fatal(CheckType.isRequired, "person", "year_of_birth")).isTrue();
        assertThat(bundled.fatal(CheckType.isForeignKey, "person", "race_concept_id")).isFalse();
        assertThat(bundled.fatal(CheckType.plausibleValueLow, "person", "year_of_birth")).isFalse();
        assertThat(bundled.threshold(CheckType.standardConceptRecordCompleteness, "person", "race_concept_id")).isEqualTo(5.0);
    }

    @Test
    void mostSpecificRowGivesTheThreshold() throws IOException {
        Path file = write(HEADER + "isRequired,,,,,,,,,,,3,no,\nisRequired,person,,,,,,,,,,7,,\n"
                + "isRequired,person,year_of_birth,,,,,,,,,9,yes,\n");

        QualityConfiguration configuration = QualityConfiguration.load(file);

        assertThat(configuration.threshold(CheckType.isRequired, "death", "person_id")).isEqualTo(3.0);
        assertThat(configuration.threshold(CheckType.isRequired, "person", "person_id")).isEqualTo(7.0);
        assertThat(configuration.threshold(CheckType.isRequired, "person", "year_of_birth")).isEqualTo(9.0);
        assertThat(configuration.fatal(CheckType.isRequired, "person", "year_of_birth")).isTrue();
        assertThat(configuration.fatal(CheckType.isRequired, "person", "person_id")).isFalse();
    }

    @Test
    void unknownCheckIsAUserErrorNamingFileLineAndCheck() throws IOException {
        Path file = write(HEADER + "isRequired,,,,,,,,,,,0,yes,\nisPrimaryKeys,,,,,,,,,,,0,yes,\n");

        assertThatThrownBy(() -> QualityConfiguration.load(file)).isInstanceOf(UserError.class)
                .hasMessage(file + " line 3: unknown check 'isPrimaryKeys'; the checks are listed in etl/QUALITY.md");
    }

    @Test
    void unknownFieldIsAUserErrorNamingTableAndField() throws IOException {
        Path file = write(HEADER + "plausibleValueLow,person,year_of_brith,,,,,,,1850,,1,no,\n");

        assertThatThrownBy(() -> QualityConfiguration.load(file)).isInstanceOf(UserError.class)
                .hasMessage(file + " line 2: unknown CDM field 'person.year_of_brith'");
    }

    @Test
    void unknownTableIsAUserError() throws IOException {
        Path file = write(HEADER + "isRequired,persons,,,,,,,,,,0,yes,\n");

        assertThatThrownBy(() -> QualityConfiguration.load(file)).isInstanceOf(UserError.class)
                .hasMessage(file + " line 2: unknown CDM table 'persons'");
    }

    private Path write(String content) throws IOException {
        Path file = directory.resolve("thresholds.csv");
        Files.writeString(file, content);
        return file;
    }
}
