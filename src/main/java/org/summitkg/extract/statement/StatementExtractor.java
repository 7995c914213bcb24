package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.nlp.AnnotatedArticle;

/**
 * Finds who said what: reported speech from the parse and direct quotes by sieves, each
 * attributed to entities, tagged with topics and with the entities it names.
 *
 * <pre>{@code
 * List<Statement> said = new StatementExtractor(Lexicons.shipped(), topics).extract(article, entities);
 * }</pre>
 */
public final class StatementExtractor {
    private final Lexicons lexicons;
    private final TopicScheme topics;
    private final LogisticModel filter;

    /** Extractors that keep what the shipped statement model accepts. */
    public StatementExtractor(Lexicons lexicons, TopicScheme topics) {
        this(lexicons, topics, LogisticModel.shipped(LogisticModel.STATEMENTS));
    }

    /** Extractors that keep the statements {@code filter} accepts ({@link LogisticModel#ALL}: every one the rules find). */
    public StatementExtractor(Lexicons lexicons, TopicScheme topics, LogisticModel filter) {
        this.lexicons = lexicons;
        this.topics = topics;
        this.filter = filter;
    }

    /** The statements of the article, its entities looked up in {@code index}. */
    public List<Statement> extract(AnnotatedArticle article, EntityIndex index) {
        SpeakerFinder speakers = new SpeakerFinder(article, index, lexicons);
        List<Statement> reported = new ReportedSpeechFinder(article, lexicons, speakers).find();
        List<Statement> all = new ArrayList<>(distinct(reported));
        all.addAll(new DirectQuoteFinder(article, lexicons, speakers, all).find());
        for (Statement turn : new TranscriptFinder(article, index).find()) {
            if (all.stream().noneMatch(s -> s.kind() == StatementKind.DIRECT && s.begin() < turn.end() && turn.begin() < s.end())) {
                all.add(turn);
            }
        }
        all.removeIf(s -> s.kind() != StatementKind.DIRECT && !filter.accepts(StatementFeatures.of(article, s)));
        TopicTagger tagger = new TopicTagger(article, topics, lexicons.anaphors());
        return all.stream()
                .map(s -> s.withTopics(tagger.tag(s, all)))
                .map(s -> s.withMentioned(index.namedWithin(s.begin(), s.end())))
                .toList();
    }

    /**
     * One statement per span (the same content reached from two cues is reported once), and none
     * whose cue stands inside another's content ("stressing her commitment to …" is one claim).
     */
    private static List<Statement> distinct(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            boolean nested = statements.stream().anyMatch(o -> o != s && o.begin() <= s.cueBegin() && s.cueBegin() < o.end());
            if (!nested && out.stream().noneMatch(o -> o.begin() == s.begin() && o.end() == s.end())) {
                out.add(s);
            }
        }
        return out;
    }
}
