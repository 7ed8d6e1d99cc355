package org.myelin.mappings;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One row of a mapping file: a source code of a source vocabulary, and its target concept named by
 * vocabulary and code, or by concept id where a verified id is known but its code is not.
 *
 * @param locator the file and line the row came from, for messages
 */
public record MappingRow(String sourceVocabularyId, String sourceCode, String sourceCodeDescription,
        String targetVocabularyId, @Nullable String targetConceptCode, @Nullable Integer targetConceptId, String locator) {

    /** Source codes match case-insensitively and without surrounding blanks: registries write "Tysabri" and "TYSABRI". */
    public static String normalise(String sourceCode) {
        return sourceCode.strip().toLowerCase(Locale.ROOT);
    }

    public String key() {
        return sourceVocabularyId + "\u0000" + normalise(sourceCode);
    }
}
