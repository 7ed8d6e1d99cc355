package org.myelin.cohort.outcome;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.myelin.cohort.library.ConceptLookup;
import org.myelin.cohort.library.ConceptReference;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * The concepts the outcomes read, named by vocabulary and code in {@code outcome/ms-concepts.csv} (what the registry
 * ETL writes: the EDSS and pyramidal score as measurements, relapses as conditions, MRI lesion counts as
 * measurements) and resolved against the loaded vocabulary.
 */
record OutcomeConcepts(int edss, int pyramidal, int relapse, int newOrEnlargingT2, int gdLesions) {

    private static final String FILE = "outcome/ms-concepts.csv";

    static OutcomeConcepts resolve(DataSource dataSource, Schemas schemas) {
        Map<String, ConceptReference> roles = read();
        Map<ConceptReference, Integer> ids = new ConceptLookup(dataSource, schemas).find(roles.values());
        List<String> missing = new ArrayList<>();
        roles.forEach((role, reference) -> {
            if (!ids.containsKey(reference)) {
                missing.add(role + " (" + reference + ")");
            }
        });
        if (!missing.isEmpty()) {
            throw new UserError(FILE + ": the loaded vocabulary has no standard, valid concept for " + String.join(", ", missing)
                    + " (load a vocabulary that holds them, e.g. 'myelin vocab load --starter')");
        }
        return new OutcomeConcepts(ids.get(roles.get("edss")), ids.get(roles.get("pyramidal")),
                ids.get(roles.get("relapse")), ids.get(roles.get("new_or_enlarging_t2")), ids.get(roles.get("gd_lesions")));
    }

    private static Map<String, ConceptReference> read() {
        Map<String, ConceptReference> roles = new LinkedHashMap<>();
        try (InputStream in = OutcomeConcepts.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(",", -1);
                roles.put(fields[0], ConceptReference.byCode(fields[1], fields[2]));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE, e);
        }
        return roles;
    }
}
