package org.myelin.cohort.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.myelin.sql.jooq.results.Tables.COHORT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.cohort.run.CohortDefinition;
import org.myelin.cohort.run.CohortGenerator;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.migrate.SchemaMigrator;
import org.myelin.sql.testing.StatementCounter;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

@ExtendWith(TestDatabaseExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhenotypeLibraryTests {

    private final PhenotypeLibrary library = PhenotypeLibrary.ms();
    private final Map<Integer, List<String>> expected = new HashMap<>();
    private TestDatabase database;
    private MsCdm cdm;

    @BeforeAll
    void writeCdm(TestDatabase database) {
        this.database = database;
        cdm = new MsCdm(database);
        int ms = cdm.concept("SNOMED", "24700007");
        int course = cdm.concept("Myelin", "MS_COURSE");
        int relapse = cdm.concept("Myelin", "RELAPSE");
        // 1: one diagnosis, long follow-up
        cdm.person(1, "2010-01-01", "2020-12-31").condition(1, ms, "2015-01-10");
        expect(1, "2015-01-10", "2020-12-31", "ms", "ms-one-year-follow-up");
        // 2: two diagnoses, fingolimod, then a switch to ocrelizumab after a 62-day gap
        cdm.person(2, "2015-01-01", "2018-12-31").condition(2, ms, "2016-03-01").condition(2, ms, "2016-06-01")
                .drug(2, cdm.named("RxNorm", "fingolimod"), "2016-07-01", "2017-07-01")
                .drug(2, cdm.named("RxNorm", "ocrelizumab"), "2017-09-01", "2018-03-01");
        expect(2, "2016-03-01", "2018-12-31", "ms", "ms-diagnosis-and-dmt", "ms-one-year-follow-up");
        expect(2, "2016-06-01", "2018-12-31", "ms-two-diagnoses");
        expect(2, "2016-07-01", "2017-07-01", "new-users-fingolimod");
        expect(2, "2017-09-01", "2018-03-01", "new-users-ocrelizumab", "new-users-high-efficacy", "dmt-switchers");
        // 3: follow-up under a year; rituximab is not an MS-specific DMT
        cdm.person(3, "2019-01-01", "2019-12-31").condition(3, ms, "2019-06-01")
                .drug(3, cdm.named("RxNorm", "rituximab"), "2019-07-01", "2019-07-15");
        expect(3, "2019-06-01", "2019-12-31", "ms");
        expect(3, "2019-07-01", "2019-07-15", "new-users-rituximab", "new-users-high-efficacy");
        // 4: CIS, then RRMS (recorded twice), then SPMS
        cdm.person(4, "2012-01-01", "2020-12-31").condition(4, cdm.concept("Myelin", "CIS"), "2012-02-01")
                .observation(4, course, "2012-02-01", cdm.concept("Myelin", "CIS"))
                .observation(4, course, "2013-05-01", cdm.concept("Myelin", "RRMS"))
                .observation(4, course, "2014-05-01", cdm.concept("Myelin", "RRMS"))
                .observation(4, course, "2018-01-01", cdm.concept("Myelin", "SPMS"));
        expect(4, "2012-02-01", "2013-05-01", "cis");
        expect(4, "2013-05-01", "2018-01-01", "rrms");
        expect(4, "2018-01-01", "2020-12-31", "spms");
        // 5: progressive-relapsing, which counts as primary progressive
        cdm.person(5, "2010-01-01", "2020-12-31").condition(5, ms, "2011-01-01")
                .observation(5, course, "2011-01-01", cdm.concept("Myelin", "PRMS"));
        expect(5, "2011-01-01", "2020-12-31", "ms", "ms-one-year-follow-up", "ppms");
        // 6: relapses 19 days apart are one; platform drugs 32 days apart are two exposures; progression onset
        cdm.person(6, "2013-01-01", "2016-12-31").condition(6, relapse, "2014-01-01").condition(6, relapse, "2014-01-20")
                .condition(6, relapse, "2014-06-01")
                .drug(6, cdm.concept("Myelin", "INTERFERON_BETA_1B"), "2014-02-01", "2014-12-31")
                .drug(6, cdm.named("RxNorm", "glatiramer"), "2015-02-01", "2015-08-01")
                .observation(6, cdm.concept("Myelin", "PROGRESSION_ONSET"), "2016-01-01", 0);
        expect(6, "2014-01-01", "2014-01-21", "ms-relapse");
        expect(6, "2014-06-01", "2014-06-02", "ms-relapse");
        expect(6, "2014-02-01", "2014-12-31", "new-users-interferon-beta-1b", "new-users-platform");
        expect(6, "2015-02-01", "2015-08-01", "new-users-glatiramer", "dmt-switchers");
        expect(6, "2016-01-01", "2016-12-31", "spms");
        // 7: a relapse treatment is no DMT
        cdm.person(7, "2010-01-01", "2020-12-31").drug(7, cdm.named("RxNorm", "methylprednisolone"), "2015-01-01",
                "2015-01-02");
        // 8: alemtuzumab is high-efficacy but not MS-specific
        cdm.person(8, "2013-01-01", "2020-12-31").condition(8, ms, "2014-01-01")
                .drug(8, cdm.named("RxNorm", "alemtuzumab"), "2014-03-01", "2014-03-05");
        expect(8, "2014-01-01", "2020-12-31", "ms", "ms-one-year-follow-up");
        expect(8, "2014-03-01", "2014-03-05", "new-users-alemtuzumab", "new-users-high-efficacy");
        // 9: natalizumab infusions 28 days apart are one exposure period
        int natalizumab = cdm.named("RxNorm", "natalizumab");
        cdm.person(9, "2015-01-01", "2020-12-31").drug(9, natalizumab, "2016-01-01", "2016-01-01")
                .drug(9, natalizumab, "2016-01-29", "2016-01-29");
        expect(9, "2016-01-01", "2016-01-29", "new-users-natalizumab", "new-users-high-efficacy");
        // 10-21: one new user of each other DMT
        newUser(10, cdm.concept("RxNorm", "712566"), "new-users-ofatumumab", "new-users-high-efficacy");
        newUser(11, cdm.concept("Myelin", "UBLITUXIMAB"), "new-users-ublituximab", "new-users-high-efficacy");
        newUser(12, cdm.named("RxNorm", "cladribine"), "new-users-cladribine", "new-users-high-efficacy");
        newUser(13, cdm.concept("Myelin", "MITOXANTRONE"), "new-users-mitoxantrone", "new-users-high-efficacy");
        newUser(14, cdm.named("RxNorm", "interferon beta-1a"), "new-users-interferon-beta-1a", "new-users-platform");
        newUser(15, cdm.concept("Myelin", "PEGINTERFERON_BETA_1A"), "new-users-peginterferon-beta-1a",
                "new-users-platform");
        newUser(16, cdm.named("RxNorm", "teriflunomide"), "new-users-teriflunomide", "new-users-platform");
        newUser(17, cdm.named("RxNorm", "dimethyl fumarate"), "new-users-dimethyl-fumarate", "new-users-platform");
        newUser(18, cdm.concept("Myelin", "DIROXIMEL_FUMARATE"), "new-users-diroximel-fumarate", "new-users-platform");
        // the sphingosine 1-phosphate modulators are in neither group
        newUser(19, cdm.named("RxNorm", "siponimod"), "new-users-siponimod");
        newUser(20, cdm.concept("Myelin", "OZANIMOD"), "new-users-ozanimod");
        newUser(21, cdm.concept("Myelin", "PONESIMOD"), "new-users-ponesimod");
    }

    @Test
    void everyLibraryCohortHoldsExactlyTheExpectedPersonsAndPeriods() {
        CohortGenerator generator = new CohortGenerator(database.dataSource(), Schemas.DEFAULT);
        List<CohortDefinition> definitions = library.definitions(database.dataSource(), Schemas.DEFAULT);

        definitions.forEach(generator::generate);

        assertThat(definitions).hasSize(library.cohorts().size());
        assertThat(expected).as("every cohort has members to find")
                .containsOnlyKeys(library.cohorts().stream().map(LibraryCohort::cohortId).toList());
        for (LibraryCohort cohort : library.cohorts()) {
            List<String> rows = cdm.sql().select(COHORT.SUBJECT_ID, COHORT.COHORT_START_DATE, COHORT.COHORT_END_DATE)
                    .from(COHORT).where(COHORT.COHORT_DEFINITION_ID.eq(cohort.cohortId()))
                    .orderBy(COHORT.SUBJECT_ID, COHORT.COHORT_START_DATE)
                    .fetch(row -> row.value1() + " " + row.value2() + " " + row.value3());
            assertThat(rows).as("cohort %d %s", cohort.cohortId(), cohort.key())
                    .containsExactlyInAnyOrderElementsOf(expected.getOrDefault(cohort.cohortId(), List.of()));
        }
    }

    @Test
    void chosenCohortsAreResolvedWithOneVocabularyStatement() {
        StatementCounter counter = new StatementCounter(database.dataSource());

        List<CohortDefinition> chosen = library.definitions(List.of(library.cohort("rrms"), library.cohort(1001)),
                counter.dataSource(), Schemas.DEFAULT);

        assertThat(counter.statements()).isOne();
        assertThat(chosen).extracting(CohortDefinition::cohortId).containsExactly(1005, 1001);
    }

    @Test
    void aConceptMissingFromTheVocabularyIsAnErrorNamingTheDefinitionAndPath() {
        Schemas emptyVocabulary = new Schemas("cdm", "vocab_empty", "results", "myelin");
        new SchemaMigrator(database.dataSource()).migrate(SchemaKind.VOCAB, emptyVocabulary.vocab(), SchemaMigrator.TABLES_ONLY);

        assertThatThrownBy(() -> library.definition(1001, database.dataSource(), emptyVocabulary))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("the loaded vocabulary has no standard, valid concept for 4 library concept(s)")
                .hasMessageContaining("library/ms/ms.json: $.ConceptSets[0].expression.items[0].concept: SNOMED 24700007;")
                .hasMessageContaining("$.ConceptSets[0].expression.items[3].concept: SNOMED 25470001000004105");
    }

    @Test
    void anUnknownCohortIdNamesTheRange() {
        assertThatThrownBy(() -> library.cohort(999)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("no library cohort 999 (the library holds 1001 to 1049");
    }

    @Test
    void theModuleReadmeTablesEveryCohortWithItsIdAndKey() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        for (LibraryCohort cohort : library.cohorts()) {
            assertThat(readme).contains("| " + cohort.cohortId() + " | `" + cohort.key() + "` | " + cohort.name() + " |");
        }
    }

    /** A person observed 2015-2020 with one exposure to {@code drug}, 2017-03-01 to 2017-09-01. */
    private void newUser(int person, int drug, String... keys) {
        cdm.person(person, "2015-01-01", "2020-12-31").drug(person, drug, "2017-03-01", "2017-09-01");
        expect(person, "2017-03-01", "2017-09-01", keys);
    }

    private void expect(int person, String start, String end, String... keys) {
        for (String key : keys) {
            expected.computeIfAbsent(library.cohort(key).cohortId(), id -> new ArrayList<>())
                    .add(person + " " + start + " " + end);
        }
    }
}
