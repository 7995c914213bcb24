package org.summitkg.cli;

import java.util.List;

/** The competency queries that benchmarks and load tests send, and how their latencies are summarised. */
final class LoadQueries {
    static final List<String> NAMES = List.of("entities-by-article", "cooccurrence", "mention-provenance", "statements",
            "claims-about-topic", "statements-by-speaker", "says-about", "statement-provenance", "events",
            "event-participants", "proposed-events", "same-event-across-articles");

    private LoadQueries() {
    }

    /** The p-th percentile of sorted nanosecond latencies, in milliseconds. */
    static double percentile(List<Long> sortedNanos, int p) {
        int i = Math.min(sortedNanos.size() - 1, (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, i)) / 1e6;
    }
}
