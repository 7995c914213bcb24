package org.summitkg.cli;

import java.util.List;
import org.summitkg.corpus.Skipped;

/**
 * What a build did: articles stored, left as they were (unchanged), graphs removed (pruned),
 * articles skipped with reasons, annotation cache use, SHACL violations of what it wrote.
 */
record BuildReport(int built, int unchanged, int removed, List<Skipped> skipped, int annotated, int cached,
                   List<String> violations, double seconds) {
    BuildReport {
        skipped = List.copyOf(skipped);
        violations = List.copyOf(violations);
    }

    String summary() {
        return String.format("%d articles built, %d unchanged, %d skipped%s; %d annotated, %d from cache; %s; %.1f s",
                built, unchanged, skipped.size(), removed == 0 ? "" : ", " + removed + " removed", annotated, cached,
                built == 0 ? "nothing new to validate"
                        : violations.isEmpty() ? "SHACL validation passed" : violations.size() + " SHACL violations",
                seconds);
    }

    boolean ok() {
        return skipped.isEmpty() && violations.isEmpty();
    }
}
