package org.summitkg.spark;

import java.io.Serializable;
import java.util.List;
import org.summitkg.rdf.EventFacts;

/**
 * What became of one article in a Spark build: its manifest row, and for a built article the
 * N-Quads of its named graph and the shared resources (entities, events) it describes.
 *
 * @param status      {@code built}, {@code unchanged} (same text, metadata and pipeline as the previous run) or {@code skipped}
 * @param reason      why it was skipped, naming the file and the rule; empty otherwise
 * @param sourceState digest of what the graph was made from (text, metadata, pipeline version)
 * @param resources   "IRI TAB label" of each entity and event resource the graph describes
 * @param eventFacts  what the graph says of each event, for the cross-article events graph
 */
record ArticleOutcome(String id, String file, String status, String reason, String textSha256, String pipelineVersion,
                      String sourceState, int entities, int statements, int events, long quads, String nquads,
                      List<String> resources, List<EventFacts> eventFacts) implements Serializable {
    static final String BUILT = "built";
    static final String UNCHANGED = "unchanged";
    static final String SKIPPED = "skipped";

    static ArticleOutcome skipped(String id, String file, String reason) {
        return new ArticleOutcome(id, file, SKIPPED, reason, "", "", "", 0, 0, 0, 0, "", List.of(), List.of());
    }

    boolean built() {
        return BUILT.equals(status);
    }
}
