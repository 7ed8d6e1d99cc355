package org.myelin.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.UserError;

/** A site's fhir-code-systems.csv beside its mapping files: its rows add to the bundled ones or replace them. */
class FhirCodeSystemsTests {

    @TempDir
    Path folder;

    @Test
    void aSitesRowsAddSystemsAndReplaceBundledOnes() throws IOException {
        Files.writeString(folder.resolve(FhirCodeSystems.FILE), """
                system_uri,vocabulary_id,mapping_vocabulary_id
                http://example.org/fhir/CodeSystem/ms-clinic,,MsClinic
                http://snomed.info/sct,SNOMED,SiteSnomed
                """);

        FhirCodeSystems systems = FhirCodeSystems.withSite(folder);

        assertThat(systems.find("http://example.org/fhir/CodeSystem/ms-clinic"))
                .contains(new FhirCodeSystems.CodeSystem("http://example.org/fhir/CodeSystem/ms-clinic", null, "MsClinic"));
        assertThat(systems.find("http://snomed.info/sct"))
                .contains(new FhirCodeSystems.CodeSystem("http://snomed.info/sct", "SNOMED", "SiteSnomed"));
        assertThat(systems.find("http://loinc.org")).isEqualTo(FhirCodeSystems.bundled().find("http://loinc.org"));
    }

    @Test
    void aFolderWithoutTheFileKeepsTheBundledTable() {
        assertThat(FhirCodeSystems.withSite(folder).vocabularyIds()).isEqualTo(FhirCodeSystems.bundled().vocabularyIds());
    }

    @Test
    void theSitesFileIsNotReadAsMappingRows() throws IOException {
        Files.writeString(folder.resolve(FhirCodeSystems.FILE), "system_uri,vocabulary_id,mapping_vocabulary_id\nurn:x,LOINC,\n");

        assertThat(MappingFileReader.folder(folder)).isEmpty();
    }

    @Test
    void aRowWithoutAVocabularyIsRejectedWithItsLine() throws IOException {
        Files.writeString(folder.resolve(FhirCodeSystems.FILE), "system_uri,vocabulary_id,mapping_vocabulary_id\nurn:x,LOINC,\nurn:y,,\n");

        assertThatThrownBy(() -> FhirCodeSystems.withSite(folder)).isInstanceOf(UserError.class)
                .hasMessage(folder.resolve(FhirCodeSystems.FILE) + ":3: give a system_uri and its vocabulary_id or mapping_vocabulary_id");
    }

    @Test
    void aRowWithAnotherNumberOfFieldsIsRejectedWithItsLine() throws IOException {
        Files.writeString(folder.resolve(FhirCodeSystems.FILE), "system_uri,vocabulary_id,mapping_vocabulary_id\nurn:x,LOINC,,extra\n");

        assertThatThrownBy(() -> FhirCodeSystems.withSite(folder)).isInstanceOf(UserError.class)
                .hasMessage(folder.resolve(FhirCodeSystems.FILE) + ":2: expected 3 fields, found 4");
    }

    @Test
    void aFileWithoutTheColumnsIsRejected() throws IOException {
        Files.writeString(folder.resolve(FhirCodeSystems.FILE), "uri,vocabulary\nurn:x,LOINC\n");

        assertThatThrownBy(() -> FhirCodeSystems.withSite(folder)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(folder.resolve(FhirCodeSystems.FILE) + ": missing column(s) system_uri, vocabulary_id");
    }
}
