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

    /**
     * Linking: of the gold entities with a QID that were found (by label or QID), how many got
     * the right QID ({@code goldFound} of {@code goldTotal}); {@code falsePositives} counts found
     * entities linked to a QID other than their gold entity's.
     */
    public Score linking(GoldArticle gold, List<FoundEntity> found) {
        int total = 0;
        int right = 0;
        int wrong = 0;
        for (GoldEntity g : gold.entities()) {
            List<FoundEntity> matched = found.stream().filter(f -> matches(g, f)).toList();
            if (g.wikidata() == null || matched.isEmpty()) {
                continue;
            }
            total++;
            right += matched.stream().anyMatch(f -> g.wikidata().equals(f.wikidata())) ? 1 : 0;
            wrong += (int) matched.stream().filter(f -> !f.wikidata().isEmpty() && !g.wikidata().equals(f.wikidata())).count();
        }
        return new Score(right, wrong, right, total);
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
