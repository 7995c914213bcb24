package org.summitkg.evaluate;

import java.util.List;

/** The score of one gold article: whether the graph has it at all, entity counts, misses and extras. */
public record ArticleScore(String article, boolean inGraph, Score entities, List<GoldEntity> missedEntities,
                           List<FoundEntity> spuriousEntities) {
    public ArticleScore {
        missedEntities = List.copyOf(missedEntities);
        spuriousEntities = List.copyOf(spuriousEntities);
    }
}
