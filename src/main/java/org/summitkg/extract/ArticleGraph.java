package org.summitkg.extract;

import java.util.List;
import java.util.Objects;
import org.summitkg.corpus.Article;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.event.Event;
import org.summitkg.extract.statement.Statement;

/** What the extractors found in one article: the input to linking and RDF mapping. */
public record ArticleGraph(Article article, List<SentenceSpan> sentences, List<Entity> entities,
                           List<Statement> statements, List<Event> events, List<MadeAt> madeAt) {
    public ArticleGraph {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
        madeAt = List.copyOf(madeAt);
    }
}
