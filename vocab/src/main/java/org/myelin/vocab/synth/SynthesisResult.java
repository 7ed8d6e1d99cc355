package org.myelin.vocab.synth;

import java.nio.file.Path;
import java.util.Map;

/** What a synthesis wrote: the folder and the data rows of each file (headers not counted). */
public record SynthesisResult(Path folder, Map<String, Long> rowsPerFile) {

    public SynthesisResult {
        rowsPerFile = Map.copyOf(rowsPerFile);
    }

    public long rows(String fileName) {
        return rowsPerFile.getOrDefault(fileName, 0L);
    }
}
