package org.myelin.cohort.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The report's treatment-sequence chart keeps to the most common sequences of a target that has many. */
class StudyReportTests {

    @Test
    void onlyTheMostCommonSequencesAreCharted() {
        StudyDefinition study = new StudyDefinitionReader().read("""
                {"id": "many", "title": "Many sequences", "targets": [{"cohortId": 1, "name": "t", "generated": true}],
                 "analyses": ["treatmentSequences"]}""", "study.json", Path.of("."));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new ArrayList<>(List.of(1, "drug " + i + " > other " + i, 2L, 100L - i, 2.0)));
        }
        StudyResults results = new StudyResults(study, new StudySettings(5, "test"),
                List.of(TreatmentSequenceAnalysis.SEQUENCES.withRows(rows)),
                new Provenance(Map.of(), "v", Instant.EPOCH, Instant.EPOCH));

        String html = StudyReport.render(results);

        assertThat(Pattern.compile("drug \\d+ &gt; other").matcher(html).results().count())
                .isEqualTo(StudyReport.CHARTED_SEQUENCES);
        assertThat(html).contains("drug 14 &gt; other 14").doesNotContain("drug 15 &gt;")
                .contains("25 less common sequences are in treatment_sequences.csv.");
    }
}
