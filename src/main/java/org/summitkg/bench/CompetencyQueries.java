package org.summitkg.bench;

import java.util.List;

/** The bundled competency queries that {@code bench} and the load test send, in the order they report them. */
public final class CompetencyQueries {
    public static final List<String> NAMES = List.of("entities-by-article", "cooccurrence", "mention-provenance", "statements",
            "claims-about-topic", "statements-by-speaker", "says-about", "statement-provenance", "events",
            "event-participants", "proposed-events", "same-event-across-articles", "event-timeline");

    private CompetencyQueries() {
    }
}
