package org.summitkg.rdf;

import java.time.Instant;
import java.util.Objects;

/** What the provenance of a named graph records besides the article: when and by what it was made. */
public record GraphMetadata(Instant generatedAt, String pipelineVersion) {
    public GraphMetadata {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    }
}
