package org.myelin.cohort.study;

import java.time.Duration;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code manifest.json} of a results package: the study, its parameters, provenance and a checksum per file. */
final class StudyManifest {

    /** One file of the package with its size and SHA-256. */
    record FileEntry(String name, long bytes, String sha256) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StudyManifest() {
    }

    static String json(StudyResults results, List<FileEntry> files) {
        StudyDefinition study = results.study();
        Provenance provenance = results.provenance();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "myelin-study-results/1");
        ObjectNode studyNode = root.putObject("study");
        studyNode.put("id", study.id());
        studyNode.put("title", study.title());
        ArrayNode cohorts = studyNode.putArray("cohorts");
        for (CohortReference cohort : study.cohorts()) {
            ObjectNode node = cohorts.addObject();
            node.put("cohortId", cohort.cohortId());
            node.put("name", cohort.name());
            node.put("role", cohort.role().label());
            node.put("source", cohort.source().name().toLowerCase(java.util.Locale.ROOT));
            node.put("definition", cohort.source() == CohortReference.Source.FILE
                    ? java.nio.file.Path.of(cohort.location()).getFileName().toString() : cohort.location());
        }
        ObjectNode parameters = root.putObject("parameters");
        parameters.put("minCellCount", results.settings().minCellCount());
        ArrayNode analyses = parameters.putArray("analyses");
        study.analyses().stream().sorted().forEach(analysis -> analyses.add(analysis.jsonName()));
        parameters.put("timeToEventIntervalDays", study.timeToEventIntervalDays());
        ObjectNode source = root.putObject("cdmSource");
        provenance.cdmSource().forEach((key, value) -> source.put(key, value == null ? null : value.toString()));
        root.put("vocabularyVersion", provenance.vocabularyVersion());
        root.put("myelinVersion", results.settings().myelinVersion());
        ObjectNode run = root.putObject("run");
        run.put("started", provenance.started().toString());
        run.put("finished", provenance.finished().toString());
        run.put("seconds", Duration.between(provenance.started(), provenance.finished()).toMillis() / 1000.0);
        ArrayNode list = root.putArray("files");
        for (FileEntry file : files) {
            list.addObject().put("name", file.name()).put("bytes", file.bytes()).put("sha256", file.sha256());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
