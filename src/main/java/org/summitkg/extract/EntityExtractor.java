package org.summitkg.extract;

import java.util.List;
import org.summitkg.nlp.AnnotatedArticle;

/**
 * Finds the people, organizations and places of an article with all their mentions: named ones
 * from NER, grouped by name rules, plus the descriptions that coreference ties to them.
 *
 * <pre>{@code
 * List<Entity> entities = new EntityExtractor().extract(annotatedArticle);
 * }</pre>
 */
public final class EntityExtractor {
    private final NamedMentionFinder finder;

    public EntityExtractor() {
        this(Lexicon.load("titles"), Lexicon.load("facilities"));
    }

    public EntityExtractor(Lexicon titles, Lexicon facilities) {
        this.finder = new NamedMentionFinder(titles, facilities);
    }

    public List<Entity> extract(AnnotatedArticle article) {
        List<Cluster> clusters = new NameClusterer().cluster(finder.find(article));
        new CorefAttacher(article).attach(clusters);
        return clusters.stream().map(Cluster::toEntity).toList();
    }
}
