package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Quote;

/**
 * Finds who said what: reported speech from the parse and direct quotes by sieves, each
 * attributed to entities, tagged with topics and with the entities it names.
 *
 * <pre>{@code
 * List<Statement> said = new StatementExtractor(Lexicons.shipped(), topics).extract(article, entities);
 * }</pre>
 */
public final class StatementExtractor {
    /**
     * How sure the statement model must be of a nested statement to keep it, chosen on PolNeAR
     * train: most statements inside another's content are part of that claim. With the model's
     * own threshold alone (0.2) precision falls by 0.003 there for no gain in F1 with the speaker;
     * 0.6 and 0.7 give the same F1 (0.655) and 0.6 keeps more nested reports (recall 0.591, not 0.590).
     */
    static final double NESTED_CUT = 0.6;
    /**
     * How sure the statement model must be of what a relative clause says someone spoke of ("the
     * truce that Okafor hinted at", {@link AttributionRule#RELATIVE_CLAUSE}), below the model's own
     * threshold: on PolNeAR train 5 of the 12 such statements scoring 0.2 to 0.4 match a gold
     * content, more than the share (about a third) at which a statement adds to F1.
     */
    static final double RELATIVE_CLAUSE_CUT = 0.2;
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
        List<Quote> quotes = Quotes.plausible(article); // paired once, for every finder
        List<Statement> reported = new ArrayList<>(new ReportedSpeechFinder(article, lexicons, speakers, quotes).find());
        reported.addAll(new ComplementFinder(article, lexicons, speakers, quotes).find(reported));
        List<Statement> all = new ArrayList<>(distinct(article, reported));
        all.addAll(new DirectQuoteFinder(article, lexicons, speakers, all, quotes).find());
        for (Statement turn : new TranscriptFinder(article, index, lexicons.findingSources()).find()) {
            // a turn's "NAME:" outranks CoreNLP's own guess at who spoke a quotation on the same line, and takes in a
            // quotation of the same speaker's inside it ("Keller: ‘No Deal’ Before the Vote" is all Keller's)
            List<Statement> quoted = all.stream().filter(s -> s.kind() == StatementKind.DIRECT && s.begin() < turn.end() && turn.begin() < s.end()).toList();
            if (quoted.stream().allMatch(s -> s.method().rule() == AttributionRule.CORENLP
                    || s.speakers().equals(turn.speakers()) && turn.holds(s))) {
                all.removeAll(quoted);
                all.add(turn);
            }
        }
        all.addAll(new UnattributedFinder(article, lexicons, quotes).find(all));
        all.replaceAll(s -> s.withNegated(isNegated(article, s)));
        java.util.Map<Statement, Statement> reports = Reports.of(all);
        all.removeIf(s -> s.kind() != StatementKind.DIRECT && !keeps(StatementFeatures.of(article, s, lexicons), reports.containsKey(s),
                s.method().rule() == AttributionRule.RELATIVE_CLAUSE));
        TopicTagger tagger = new TopicTagger(article, topics, lexicons.anaphors());
        return all.stream()
                .map(s -> s.withTopics(tagger.tag(s, all)))
                .map(s -> s.withMentioned(index.namedWithin(s.begin(), s.end())))
                .toList();
    }

    /**
     * Whether a reported statement or attitude has a negated cue ("did not say", "never claimed"):
     * it is kept, as annotators of attribution keep it, and marked, so that no one reads it as a
     * claim of its speaker's.
     */
    private static boolean isNegated(AnnotatedArticle article, Statement s) {
        if (s.kind() == StatementKind.DIRECT || s.cueBegin() < 0) {
            return false;
        }
        return article.tokenAt(s.cueBegin())
                .map(cue -> Negation.isNegated(article, new org.summitkg.extract.parse.Parse(article.sentences().get(cue.sentence())), cue.index()))
                .orElse(false);
    }

    /**
     * Whether the filter keeps a statement: a nested one only when the model is surer of it than
     * {@value #NESTED_CUT}, since most statements inside another's content are part of that claim,
     * and what a relative clause says someone spoke of from {@value #RELATIVE_CLAUSE_CUT} (with no
     * filter, {@link LogisticModel#ALL}, as when training the model, every one is kept).
     */
    private boolean keeps(List<String> features, boolean nested, boolean relativeClause) {
        if (filter == LogisticModel.ALL) {
            return true;
        }
        double p = filter.probability(features);
        boolean sure = filter.accepts(p) || relativeClause && p >= RELATIVE_CLAUSE_CUT;
        return sure && (!nested || p >= NESTED_CUT);
    }

    /**
     * One statement per span: the same content reached from two cues is reported once. A statement
     * whose cue stands inside another's content is kept only where its cue heads the clause the
     * other reports ("the Ledger reported that Okafor told aides …": Okafor's, reported by the
     * Ledger, {@link Reports}); any other ("stressing her commitment to …") is part of that claim.
     */
    private static List<Statement> distinct(AnnotatedArticle article, List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            Statement reporter = Reports.reporting(s, statements);
            boolean partOfClaim = reporter != null && !Reports.isReportedClause(article, s, reporter);
            if (!partOfClaim && out.stream().noneMatch(o -> o.begin() == s.begin() && o.end() == s.end())) {
                out.add(s);
            }
        }
        return out;
    }
}
