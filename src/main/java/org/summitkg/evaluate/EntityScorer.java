package org.summitkg.evaluate;

import java.util.List;

/**
 * Scores found entities against gold by the gold README's rule: a found entity matches a gold
 * entity when their QIDs agree or, failing that, when its label equals one of the gold
 * mentions (ignoring case). A found entity whose label is one of the gold file's
 * "other named items" counts neither way.
 */
public final class EntityScorer {

    public Score score(GoldArticle gold, List<FoundEntity> found) {
        int tp = 0;
        int fp = 0;
        for (FoundEntity f : found) {
            if (gold.entities().stream().anyMatch(g -> matches(g, f))) {
                tp++;
            } else if (gold.ignoredNames().stream().noneMatch(n -> n.equalsIgnoreCase(f.label()))) {
                fp++;
            }
        }
        int goldFound = (int) gold.entities().stream().filter(g -> found.stream().anyMatch(f -> matches(g, f))).count();
        return new Score(tp, fp, goldFound, gold.entities().size());
    }

    /** Gold entities that nothing found matched, for reports. */
    public List<GoldEntity> missed(GoldArticle gold, List<FoundEntity> found) {
        return gold.entities().stream().filter(g -> found.stream().noneMatch(f -> matches(g, f))).toList();
    }

    /** Found entities that match no gold entity and are not ignored, for reports. */
    public List<FoundEntity> spurious(GoldArticle gold, List<FoundEntity> found) {
        return found.stream().filter(f -> gold.entities().stream().noneMatch(g -> matches(g, f)))
                .filter(f -> gold.ignoredNames().stream().noneMatch(n -> n.equalsIgnoreCase(f.label()))).toList();
    }

    static boolean matches(GoldEntity g, FoundEntity f) {
        if (g.wikidata() != null && g.wikidata().equals(f.wikidata())) {
            return true;
        }
        return g.hasMention(f.label());
    }
}
