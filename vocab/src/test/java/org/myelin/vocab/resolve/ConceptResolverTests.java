package org.myelin.vocab.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;

@ExtendWith(TestDatabaseExtension.class)
class ConceptResolverTests {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final List<String> SLICE = List.of("ICD10CM", "SNOMED");

    private static TestDatabase database;

    @BeforeAll
    static void loadVocabulary(TestDatabase testDatabase, @TempDir Path folder) throws IOException {
        database = testDatabase;
        Files.writeString(folder.resolve("CONCEPT.csv"), """
                concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason
                101\tMultiple sclerosis\tCondition\tSNOMED\tDisorder\tS\tS101\t19700101\t20991231\t
                102\tOld finding\tCondition\tSNOMED\tDisorder\tS\tS102\t19700101\t20991231\t
                103\tDisease course\tObservation\tSNOMED\tObservable Entity\tS\tS103\t19700101\t20991231\t
                104\tRelapsing\tMeas Value\tSNOMED\tQualifier Value\tS\tS104\t19700101\t20991231\t
                105\tDeprecated finding\tCondition\tSNOMED\tDisorder\t\tS105\t19700101\t20200131\tD
                106\tFinding mapped until 2019\tCondition\tSNOMED\tDisorder\tS\tS106\t19700101\t20991231\t
                201\tMultiple sclerosis\tCondition\tICD10CM\t3-char billing code\t\tG35\t19700101\t20991231\t
                202\tUpgraded code\tCondition\tICD10CM\t3-char billing code\t\tU1\t19700101\t20200131\tU
                203\tCode mapped to a deprecated concept\tCondition\tICD10CM\t3-char billing code\t\tX1\t19700101\t20991231\t
                204\tCourse: relapsing\tObservation\tICD10CM\t3-char billing code\t\tOBS\t19700101\t20991231\t
                205\tCode mapped until 2019\tCondition\tICD10CM\t3-char billing code\t\tDATED\t19700101\t20991231\t
                206\tCode mapped through another code\tCondition\tICD10CM\t3-char billing code\t\tCHAIN\t19700101\t20991231\t
                207\tIntermediate code\tCondition\tICD10CM\t3-char billing code\t\tCHAIN2\t19700101\t20991231\t
                301\tOutside the slice\tCondition\tICD10\tICD10 code\t\tG35\t19700101\t20991231\t
                """);
        Files.writeString(folder.resolve("CONCEPT_RELATIONSHIP.csv"), """
                concept_id_1\tconcept_id_2\trelationship_id\tvalid_start_date\tvalid_end_date\tinvalid_reason
                101\t101\tMaps to\t19700101\t20991231\t
                201\t101\tMaps to\t20200201\t20991231\t
                201\t102\tMaps to\t19700101\t20200131\tD
                202\t101\tMaps to\t19700101\t20991231\t
                203\t105\tMaps to\t19700101\t20991231\t
                204\t104\tMaps to value\t19700101\t20991231\t
                204\t103\tMaps to\t19700101\t20991231\t
                205\t106\tMaps to\t19700101\t20191231\t
                206\t207\tMaps to\t19700101\t20991231\t
                207\t101\tMaps to\t19700101\t20991231\t
                301\t101\tMaps to\t19700101\t20991231\t
                """);
        new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent()).load(folder);
    }

    private static ConceptResolver resolver(LocalDate asOf) {
        return ConceptResolver.load(database.dataSource(), Schemas.DEFAULT, SLICE, asOf);
    }

    @Test
    void sourceCodeResolvesToItsStandardConceptAndDomainIgnoringTheDeprecatedMapping() {
        ConceptResolver resolver = resolver(TODAY);

        assertThat(resolver.sourceConceptId("ICD10CM", "G35")).isEqualTo(201);
        assertThat(resolver.standardConceptId("ICD10CM", "G35")).isEqualTo(101);
        assertThat(resolver.resolve("ICD10CM", "G35")).containsExactly(new MappedConcept(101, "Condition", false));
        assertThat(resolver.resolve(201)).containsExactly(new MappedConcept(101, "Condition", false));
    }

    @Test
    void standardConceptMapsToItself() {
        assertThat(resolver(TODAY).standardConceptId(101)).isEqualTo(101);
    }

    @Test
    void upgradedSourceCodeStillMapsToItsReplacement() {
        assertThat(resolver(TODAY).standardConceptId("ICD10CM", "U1")).isEqualTo(101);
    }

    @Test
    void mappingToADeprecatedConceptResolvesToNothing() {
        ConceptResolver resolver = resolver(TODAY);

        assertThat(resolver.sourceConceptId("ICD10CM", "X1")).isEqualTo(203);
        assertThat(resolver.standardConceptId("ICD10CM", "X1")).isZero();
        assertThat(resolver.resolve("ICD10CM", "X1")).isEmpty();
    }

    @Test
    void mapsToComesBeforeMapsToValueEachWithItsDomain() {
        ConceptResolver resolver = resolver(TODAY);

        assertThat(resolver.resolve("ICD10CM", "OBS")).containsExactly(
                new MappedConcept(103, "Observation", false), new MappedConcept(104, "Meas Value", true));
        assertThat(resolver.standardConceptId("ICD10CM", "OBS")).isEqualTo(103);
    }

    @Test
    void mappingCountsOnlyWithinItsValidityDatesAndNeverOnceInvalidated() {
        ConceptResolver in2019 = resolver(LocalDate.of(2019, 6, 1));

        assertThat(resolver(TODAY).standardConceptId("ICD10CM", "DATED")).isZero();
        assertThat(in2019.standardConceptId("ICD10CM", "DATED")).isEqualTo(106);
        // G35's 2019 mapping carries invalid_reason D, and its current one starts in 2020
        assertThat(in2019.resolve("ICD10CM", "G35")).isEmpty();
    }

    @Test
    void mapsToChainThroughANonStandardCodeReachesTheStandardConcept() {
        assertThat(resolver(TODAY).resolve("ICD10CM", "CHAIN")).containsExactly(new MappedConcept(101, "Condition", false));
    }

    @Test
    void codesOutsideTheSliceOrUnknownResolveToZero() {
        ConceptResolver resolver = resolver(TODAY);

        assertThat(resolver.standardConceptId("ICD10", "G35")).isZero();
        assertThat(resolver.standardConceptId("ICD10CM", "G36")).isZero();
        assertThat(resolver.resolve(301)).isEmpty();
        assertThat(resolver.concepts()).isEqualTo(13);
        assertThat(resolver.heapBytes()).isPositive();
    }
}
