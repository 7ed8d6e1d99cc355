package org.myelin.cohort.study;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.outcome.Outcome;
import org.myelin.cohort.outcome.OutcomeReader;
import org.myelin.sql.UserError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a study definition strictly: an unknown attribute, analysis or value type fails with a {@link UserError}
 * naming the file and the JSON path, e.g. {@code study.json: $.analyses[2]: unknown analysis 'survival'}. Definition
 * files named by a cohort are resolved against the study file's folder.
 */
public final class StudyDefinitionReader {

    private static final Pattern STUDY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Set<String> TOP = Set.of("id", "title", "targets", "comparators", "outcomes", "analyses",
            "timeToEventIntervalDays", "relapseCohortId");
    private static final Set<String> COHORT = Set.of("cohortId", "name", "library", "file", "msOutcome", "generated");
    private static final int DEFAULT_INTERVAL_DAYS = 90;

    private final JsonMapper mapper = JsonMapper.builder().build();

    public StudyDefinition read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such study definition");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage(), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        return read(json, file.toString(), folder);
    }

    /** The standard study shipped with Myelin for a library ({@code ms}: the whole MS library and every analysis). */
    public StudyDefinition readLibraryStudy(String library) {
        if (!library.equals("ms")) {
            throw new UserError("unknown study library '" + library + "'; Myelin ships 'ms'");
        }
        String resource = "/study/ms-library-study.json";
        try (InputStream in = StudyDefinitionReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, Path.of("."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a definition's text; {@code source} prefixes errors, {@code folder} resolves cohort files. */
    public StudyDefinition read(String json, String source, Path folder) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new UserError(source + ": not valid JSON: " + e.getOriginalMessage());
        }
        Json in = new Json(source);
        in.object(root, "$", TOP);
        String id = in.text(root, "$", "id", true);
        if (!STUDY_ID.matcher(id).matches()) {
            throw in.error("$.id", "study id '" + id + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        Set<Integer> ids = new HashSet<>();
        List<CohortReference> targets = cohorts(in, root, CohortRole.TARGET, "targets", folder, ids, true);
        List<CohortReference> comparators = cohorts(in, root, CohortRole.COMPARATOR, "comparators", folder, ids, false);
        List<CohortReference> outcomes = cohorts(in, root, CohortRole.OUTCOME, "outcomes", folder, ids, false);
        int interval = root.has("timeToEventIntervalDays")
                ? in.integer(root.get("timeToEventIntervalDays"), "$.timeToEventIntervalDays", 1, 3650)
                : DEFAULT_INTERVAL_DAYS;
        Set<Analysis> analyses = analyses(in, root);
        return new StudyDefinition(id, in.text(root, "$", "title", true), targets, comparators, outcomes,
                analyses, interval, relapseCohort(in, root, ids, analyses));
    }

    private static List<CohortReference> cohorts(Json in, JsonNode root, CohortRole role, String field, Path folder,
            Set<Integer> ids, boolean required) {
        JsonNode list = root.get(field);
        if (list == null) {
            if (required) {
                throw in.error("$." + field, "missing; a study needs at least one target cohort");
            }
            return List.of();
        }
        String listPath = "$." + field;
        if (!list.isArray() || (required && list.isEmpty())) {
            throw in.error(listPath, required ? "must be a non-empty array of cohorts" : "must be an array of cohorts");
        }
        List<CohortReference> cohorts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = listPath + "[" + i + "]";
            JsonNode node = list.get(i);
            in.object(node, path, COHORT);
            if (!node.has("cohortId")) {
                throw in.error(path + ".cohortId", "missing");
            }
            int cohortId = in.integer(node.get("cohortId"), path + ".cohortId", 1, Integer.MAX_VALUE);
            if (!ids.add(cohortId)) {
                throw in.error(path + ".cohortId", "cohort id " + cohortId + " is used twice in the study");
            }
            cohorts.add(reference(in, node, path, cohortId, role, folder));
        }
        return cohorts;
    }

    private static CohortReference reference(Json in, JsonNode node, String path, int cohortId, CohortRole role,
            Path folder) {
        int sources = (node.has("library") ? 1 : 0) + (node.has("file") ? 1 : 0) + (node.has("msOutcome") ? 1 : 0)
                + (node.has("generated") ? 1 : 0);
        if (sources != 1) {
            throw in.error(path, "give exactly one of 'library' (a library cohort id), 'file' (an ATLAS definition), "
                    + "'msOutcome' (an MS outcome and its parameters) or 'generated': true (a cohort already in the "
                    + "results schema)");
        }
        CohortReference.Source source;
        String location;
        @Nullable Outcome outcome = null;
        if (node.has("msOutcome")) {
            source = CohortReference.Source.OUTCOME;
            outcome = new OutcomeReader().read(node.get("msOutcome"), in.source() + ": " + path + ".msOutcome");
            location = outcome.name();
        } else if (node.has("library")) {
            source = CohortReference.Source.LIBRARY;
            location = in.text(node, path, "library", true);
        } else if (node.has("file")) {
            source = CohortReference.Source.FILE;
            location = folder.resolve(in.text(node, path, "file", true)).normalize().toString();
        } else {
            if (!node.get("generated").isBoolean() || !node.get("generated").booleanValue()) {
                throw in.error(path + ".generated", "must be true (or name a 'library' id or a 'file' instead)");
            }
            source = CohortReference.Source.GENERATED;
            location = "cohort " + cohortId;
        }
        String name = node.has("name") ? in.text(node, path, "name", true)
                : source == CohortReference.Source.FILE
                        ? Path.of(location).getFileName().toString().replaceFirst("(?i)\\.json$", "") : location;
        return new CohortReference(cohortId, name, role, source, location, outcome, path);
    }

    /** The relapse events cohort the relapse rate counts: one of the study's cohorts, required by that analysis. */
    private static @Nullable Integer relapseCohort(Json in, JsonNode root, Set<Integer> ids, Set<Analysis> analyses) {
        JsonNode node = root.get("relapseCohortId");
        if (node == null) {
            if (analyses.contains(Analysis.RELAPSE_RATE)) {
                throw in.error("$.relapseCohortId", "missing; the relapseRate analysis counts the relapse events of "
                        + "one of the study's cohorts (e.g. the library's 'ms-relapse')");
            }
            return null;
        }
        int cohortId = in.integer(node, "$.relapseCohortId", 1, Integer.MAX_VALUE);
        if (!ids.contains(cohortId)) {
            throw in.error("$.relapseCohortId", "cohort " + cohortId + " is not one of the study's cohorts");
        }
        return cohortId;
    }

    private static Set<Analysis> analyses(Json in, JsonNode root) {
        JsonNode list = root.get("analyses");
        if (list == null) {
            throw in.error("$.analyses", "missing; name the analyses to run, e.g. [\"cohortCounts\", \"incidence\"]");
        }
        if (!list.isArray() || list.isEmpty()) {
            throw in.error("$.analyses", "must be a non-empty array of analysis names");
        }
        Set<Analysis> analyses = EnumSet.noneOf(Analysis.class);
        for (int i = 0; i < list.size(); i++) {
            String path = "$.analyses[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isString()) {
                throw in.error(path, "must be an analysis name");
            }
            String name = node.stringValue();
            analyses.add(Analysis.named(name).orElseThrow(() -> in.error(path, "unknown analysis '" + name
                    + "'; known: " + java.util.Arrays.stream(Analysis.values()).map(Analysis::jsonName).toList())));
        }
        return analyses;
    }

    /** Typed access to JSON values with errors that name the source and the path. */
    private record Json(String source) {

        UserError error(String path, String message) {
            return new UserError(source + ": " + path + ": " + message);
        }

        void object(JsonNode node, String path, Set<String> allowed) {
            if (!node.isObject()) {
                throw error(path, "must be a JSON object");
            }
            for (String name : node.propertyNames()) {
                if (!allowed.contains(name)) {
                    throw error(path + "." + name, "unknown attribute; allowed: " + allowed.stream().sorted().toList());
                }
            }
        }

        String text(JsonNode parent, String path, String field, boolean required) {
            JsonNode node = parent.get(field);
            if (node == null || node.isNull()) {
                throw error(path + "." + field, "missing");
            }
            if (!node.isString() || (required && node.stringValue().isBlank())) {
                throw error(path + "." + field, "must be a non-empty string");
            }
            return node.stringValue();
        }

        int integer(JsonNode node, String path, int min, int max) {
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
                throw error(path, "must be a whole number from " + min + " to " + max);
            }
            return node.intValue();
        }
    }
}
