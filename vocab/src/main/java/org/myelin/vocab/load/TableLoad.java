package org.myelin.vocab.load;

import java.time.Duration;

/** One table's part of a load: rows copied, time taken, and names cut to fit their column. */
public record TableLoad(String table, long rows, Duration elapsed, long truncatedNames) {

    public double rowsPerSecond() {
        return rows / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }
}
