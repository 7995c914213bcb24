package org.summitkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityExtractor;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.entity.KnownNames;
import org.summitkg.extract.event.Event;
import org.summitkg.extract.event.EventExtractor;
import org.summitkg.extract.event.EventLexicon;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.statement.Statement;
import org.summitkg.extract.statement.LogisticModel;
import org.summitkg.extract.statement.StatementExtractor;
import org.summitkg.extract.statement.TopicScheme;
import org.summitkg.nlp.AnnotatedArticle;

/**
 * Runs every extractor over an annotated article and gathers the results into an
 * {@link ArticleGraph}.
 */
public final class ArticleExtractor {
    private final Lexicons lexicons;
    private final EntityExtractor entities;
    private final StatementExtractor statements;
    private final EventExtractor events;

    /** Extractors with the shipped lexicons and no topics. */
    public ArticleExtractor() {
        this(Lexicons.shipped(), TopicScheme.empty());
    }

    public ArticleExtractor(Lexicons lexicons, TopicScheme topics) {
        this(lexicons, topics, KnownNames.none());
    }

    public ArticleExtractor(Lexicons lexicons, TopicScheme topics, KnownNames knownNames) {
        this(lexicons, topics, knownNames, LogisticModel.shipped(LogisticModel.STATEMENTS));
    }

    /** Extractors that keep the statements {@code statementFilter} accepts ({@link LogisticModel#ALL}: all the rules find). */
    public ArticleExtractor(Lexicons lexicons, TopicScheme topics, KnownNames knownNames, LogisticModel statementFilter) {
        this.lexicons = lexicons;
        this.entities = new EntityExtractor(lexicons, knownNames);
        this.statements = new StatementExtractor(lexicons, topics, statementFilter);
        this.events = new EventExtractor(EventLexicon.shipped(), knownNames);
    }

    public ArticleGraph extract(AnnotatedArticle article) {
        List<SentenceSpan> sentences = article.sentences().stream()
                .map(s -> new SentenceSpan(s.index(), s.begin(), s.end(), article.text(s.begin(), s.end())))
                .toList();
        List<Entity> found = entities.extract(article);
        EntityIndex index = new EntityIndex(article, found, lexicons.groupNouns());
        List<Statement> said = statements.extract(article, index);
        List<Event> happened = events.extract(article, index);
        return new ArticleGraph(article.article(), sentences, withSpeakers(found, said), said, happened,
                new StatementEventLinker(article).link(said, happened));
    }

    /** The entities found, and the speakers that only the statements know ("the county clerk said"). */
    private static List<Entity> withSpeakers(List<Entity> found, List<Statement> said) {
        List<Entity> all = new ArrayList<>(found);
        said.stream().flatMap(s -> s.speakers().stream()).distinct().filter(e -> !found.contains(e)).forEach(all::add);
        return all;
    }
}
