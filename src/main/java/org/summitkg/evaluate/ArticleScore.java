package org.summitkg.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one gold article by category ("entities", "direct", "reported",
 * "reported+borderline", "topic:ceasefire", …), whether the graph has the article at all, and
 * what was missed or spurious, for reports.
 */
public record ArticleScore(String article, boolean inGraph, Map<String, Score> scores, List<String> missed,
                           List<String> spurious) {
    public ArticleScore {
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    public Score entities() {
        return scores.get("entities");
    }
}
