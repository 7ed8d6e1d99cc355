package org.myelin.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;

/** Every bundled mapping row reaches a valid concept of the MS starter vocabulary, with the domain its table needs. */
@ExtendWith(TestDatabaseExtension.class)
class BundledMappingsTests {

    @Test
    void everyBundledRowResolvesAgainstTheStarterVocabulary(TestDatabase database) {
        database.migrate();
        new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent()).loadStarter();

        SourceMappings mappings = SourceMappings.resolve(database.dataSource(), Schemas.DEFAULT, MappingFileReader.bundled());

        assertThat(mappings.unresolved()).isEmpty();
        assertThat(mappings.find("MyelinDrug", "Tysabri")).map(SourceMappings.Target::domainId).contains("Drug");
        assertThat(mappings.find("ATC", "L04AE01")).map(SourceMappings.Target::conceptId).contains(40226579);
        assertThat(mappings.find("MyelinVisit", "edss")).map(SourceMappings.Target::domainId).contains("Measurement");
        assertThat(mappings.find("MyelinPatient", "onset_date")).map(SourceMappings.Target::domainId).contains("Observation");
        assertThat(mappings.find("MyelinUnit", "nmol/L")).map(SourceMappings.Target::domainId).contains("Unit");
        assertThat(mappings.find("MyelinType", "registry")).map(SourceMappings.Target::conceptId).contains(32879);
    }
}
