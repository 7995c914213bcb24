package org.summitkg.extract;

import java.util.List;
import org.summitkg.nlp.AnnotatedArticle;

/**
 * Runs every extractor over an annotated article and gathers the results into an
 * {@link ArticleGraph}.
 */
public final class ArticleExtractor {
    private final EntityExtractor entities;

    public ArticleExtractor() {
        this(new EntityExtractor());
    }

    public ArticleExtractor(EntityExtractor entities) {
        this.entities = entities;
    }

    public ArticleGraph extract(AnnotatedArticle article) {
        List<SentenceSpan> sentences = article.sentences().stream()
                .map(s -> new SentenceSpan(s.index(), s.begin(), s.end(), article.text(s.begin(), s.end())))
                .toList();
        return new ArticleGraph(article.article(), sentences, entities.extract(article));
    }
}
