package org.myelin.cohort.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.myelin.cohort.model.CohortExpressionReader;
import org.myelin.sql.UserError;

/** Reads ATLAS definition files; a definition is named after its file, without the {@code .json} suffix. */
public final class CohortDefinitionFiles {

    private final CohortExpressionReader reader = new CohortExpressionReader();

    /** Reads one definition to be generated as {@code cohortId}; a bad file fails with a {@link UserError}. */
    public CohortDefinition read(Path file, int cohortId) {
        String json;
        try {
            // definitions are small documents, and their text is stored in cohort_definition as written
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        return new CohortDefinition(cohortId, name, null, reader.read(json, file.toString()), json);
    }
}
