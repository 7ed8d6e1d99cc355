package org.myelin.vocab.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.LoadResult;
import org.myelin.vocab.load.VocabularyLoader;

@ExtendWith(TestDatabaseExtension.class)
class StarterVocabularyTests {

    private static final long FIRST_LOCAL_ID = 2_000_000_000L;
    private static final Pattern README_ROW = Pattern.compile("^\\| (\\d+) \\| ([^|]+) \\| ([^|]+) \\|");

    @Test
    void starterLoadsCleanWithItsVersion(TestDatabase database) {
        LoadResult result = new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent())
                .loadStarter();

        assertThat(result.validation().problems()).isEmpty();
        assertThat(result.validation().version()).isEqualTo("Myelin MS starter 1");
        assertThat(result.truncatedNames()).isZero();
        assertThat(database.sql().fetchValue(CONCEPT.CONCEPT_NAME, CONCEPT.CONCEPT_ID.eq(374919)))
                .isEqualTo("Multiple sclerosis");
    }

    @Test
    void everyIdClaimingARealVocabularyIsVerifiedOrADocumentedInfrastructureConcept() throws IOException {
        Map<Long, CSVRecord> verified = verifiedConcepts();
        Map<Long, String> infrastructure = documentedInfrastructure();

        List<CSVRecord> real = starterConcepts().stream()
                .filter(row -> Long.parseLong(row.get("concept_id")) < FIRST_LOCAL_ID).toList();

        assertThat(real).isNotEmpty().allSatisfy(row -> {
            long id = Long.parseLong(row.get("concept_id"));
            assertThat(verified.containsKey(id) || infrastructure.containsKey(id))
                    .as("concept %d %s", id, row.get("concept_name")).isTrue();
            if (verified.containsKey(id)) {
                CSVRecord fact = verified.get(id);
                assertThat(row.get("concept_name")).isEqualTo(fact.get("concept_name"));
                assertThat(row.get("domain_id")).isEqualTo(fact.get("domain_id"));
                assertThat(row.get("vocabulary_id")).isEqualTo(fact.get("vocabulary_id"));
                assertThat(row.get("concept_code")).isEqualTo(fact.get("concept_code"));
            } else {
                assertThat(row.get("concept_name")).isEqualTo(infrastructure.get(id));
            }
        });
        assertThat(real.stream().map(row -> Long.parseLong(row.get("concept_id"))).collect(Collectors.toSet()))
                .containsAll(verified.keySet());
    }

    @Test
    void everyOtherConceptIsALocalSiteConceptNamedAsSuch() throws IOException {
        List<CSVRecord> local = starterConcepts().stream()
                .filter(row -> Long.parseLong(row.get("concept_id")) >= FIRST_LOCAL_ID).toList();

        assertThat(local).hasSizeGreaterThan(40).allSatisfy(row -> {
            assertThat(row.get("vocabulary_id")).isEqualTo("Myelin");
            assertThat(row.get("concept_name")).startsWith(
                    Long.parseLong(row.get("concept_id")) == FIRST_LOCAL_ID ? "Myelin site vocabulary" : "Myelin site concept: ");
        });
        Set<String> codes = local.stream().map(row -> row.get("concept_code")).collect(Collectors.toSet());
        assertThat(codes).contains("RRMS", "SPMS", "PPMS", "CIS", "RIS", "EDSS", "RELAPSE", "SERUM_NFL",
                "T2_LESIONS", "OZANIMOD", "MSIS29_PHYSICAL");
    }

    private static List<CSVRecord> starterConcepts() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                StarterVocabularyTests.class.getClassLoader().getResourceAsStream("starter/CONCEPT.csv"));
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get()
                    .parse(reader).getRecords();
        }
    }

    private static Map<Long, CSVRecord> verifiedConcepts() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                StarterVocabularyTests.class.getClassLoader().getResourceAsStream("ms/verified-concepts.csv"));
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .collect(Collectors.toMap(row -> Long.parseLong(row.get("concept_id")), row -> row));
        }
    }

    /** The rows of the README's "Infrastructure concepts" and "Vital signs" tables: id to name. */
    private static Map<Long, String> documentedInfrastructure() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Map<Long, String> rows = new HashMap<>();
        for (String title : List.of("### Infrastructure concepts", "### Vital signs the FHIR generator writes")) {
            String section = readme.substring(readme.indexOf(title));
            section = section.substring(0, section.indexOf("\n###", 5));
            for (String line : section.lines().toList()) {
                Matcher matcher = README_ROW.matcher(line);
                if (matcher.find()) {
                    rows.put(Long.parseLong(matcher.group(1)), matcher.group(2).strip());
                }
            }
        }
        return rows;
    }
}
