package org.summitkg.cli;

import java.util.List;
import org.summitkg.corpus.Skipped;

/** What a build did: articles stored, skipped with reasons, annotation cache use, SHACL violations. */
record BuildReport(int built, List<Skipped> skipped, int annotated, int cached, List<String> violations,
                   double seconds) {
    BuildReport {
        skipped = List.copyOf(skipped);
        violations = List.copyOf(violations);
    }

    String summary() {
        return String.format("%d articles built, %d skipped; %d annotated, %d from cache; %s; %.1f s",
                built, skipped.size(), annotated, cached,
                violations.isEmpty() ? "SHACL validation passed" : violations.size() + " SHACL violations",
                seconds);
    }

    boolean ok() {
        return skipped.isEmpty() && violations.isEmpty();
    }
}
