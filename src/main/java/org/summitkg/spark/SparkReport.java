package org.summitkg.spark;

import java.util.List;

/**
 * What a Spark build did.
 *
 * @param shared  entity and event resources the graphs describe (after the reduce by IRI)
 * @param skipped the reasons of the first skipped articles (all of them are in the manifest)
 */
public record SparkReport(long built, long unchanged, long skippedCount, long quads, long shared, List<String> skipped,
                          double seconds) {
    /** How many skipped articles the report names. */
    static final int SKIPPED_SHOWN = 50;

    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d articles built, %d unchanged, %d skipped; %,d quads, %,d shared resources; %.1f s",
                built, unchanged, skippedCount, quads, shared, seconds);
    }
}
