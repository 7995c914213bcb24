package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Quote;
import org.summitkg.nlp.Sentence;
import org.summitkg.nlp.Token;

/**
 * The last resort of reported speech: a word the cue model takes for a cue where no rule found
 * what it reports ("Keller was coy about whether the council would change course") reports its
 * first complement after it, in the order clause, open clause, object, oblique, adverbial
 * clause, with the cue's complements right after it ("faulted the council for the delay"). Not
 * where the cue is passive or quoted, nor a pronoun or a quotation as content. The
 * statement model, which has learnt how often such contents are what annotators mark, decides
 * which to keep.
 */
final class ComplementFinder {
    /**
     * How sure the cue model must be of a word before its complement is taken, as for a learned
     * cue. On PolNeAR train (2-fold, statement model retrained) 0.25 gains 0.002 of F1 with the
     * speaker for 0.013 of precision, 0.5 loses 0.003; clauses alone from 0.25 gain nothing.
     */
    static final double CUE_CUT = 0.4;
    /**
     * How sure of its cue an object must be, as for a learned cue's: "sketched a gloomy outlook"
     * and "greeted the crowd" score below it. On PolNeAR train (2-fold) it costs 0.001 of F1 with the
     * speaker for 0.002 of precision.
     */
    static final double OBJECT_CUT = 0.5;
    private static final List<String> RELATIONS = List.of("ccomp", "xcomp", "obj", "obl", "advcl");

    private final AnnotatedArticle article;
    private final Lexicons lexicons;
    private final SpeakerFinder speakers;
    private final List<Quote> quotes;
    private final LogisticModel cues = LogisticModel.shipped(LogisticModel.CUES);

    ComplementFinder(AnnotatedArticle article, Lexicons lexicons, SpeakerFinder speakers, List<Quote> quotes) {
        this.article = article;
        this.lexicons = lexicons;
        this.speakers = speakers;
        this.quotes = quotes;
    }

    /** The statements the rules missed, beside those they found ({@code found}, not changed). */
    List<Statement> find(List<Statement> found) {
        List<Statement> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            Parse parse = new Parse(s);
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                double p = isUnusedCue(parse, t, found) ? cues.probability(CueFeatures.of(article, parse, t, lexicons, false)) : 0;
                if (p >= CUE_CUT) {
                    complement(parse, t, p, found, out);
                }
            }
        }
        return out;
    }

    private boolean isUnusedCue(Parse parse, int t, List<Statement> found) {
        Token token = article.token(t);
        if (!CueFeatures.isCandidate(parse, article, t) || Quotes.contain(quotes, token) || ReportedSpeechFinder.isPassive(article, parse, t)) {
            return false;
        }
        // not where its statement is found, or where it stands inside one
        return found.stream().noneMatch(st -> st.cueBegin() == token.begin() || st.begin() <= token.begin() && token.end() <= st.end());
    }

    private void complement(Parse parse, int cue, double p, List<Statement> found, List<Statement> out) {
        for (String relation : RELATIONS) {
            if (relation.equals("obj") && p < OBJECT_CUT) {
                continue;
            }
            for (int head : parse.children(cue, relation)) {
                if (head < cue || !parse.relation(head).equals(relation) || isPronoun(head) || isHearer(cue, relation)) {
                    continue;
                }
                int[] span = ContentSpans.unpunctuated(article, extended(parse, cue, parse.span(head)));
                if (span[0] <= span[1] && !overlaps(span, found) && !isQuoted(span)) {
                    add(parse, cue, span, out);
                    return;
                }
            }
        }
    }

    /** "faulted the council for the delay": the complement with the cue's complements right after it, but not when ("on Monday"). */
    private int[] extended(Parse parse, int cue, int[] span) {
        int end = span[1];
        boolean more = true;
        while (more) {
            more = false;
            for (String relation : RELATIONS) {
                for (int k : parse.children(cue, relation)) {
                    int[] next = parse.span(k);
                    if (next[0] == end + 1 && parse.relation(k).equals(relation) && !article.token(k).isTemporal()) {
                        end = next[1];
                        more = true;
                    }
                }
            }
        }
        return new int[] {span[0], end};
    }

    /**
     * "it", "this", "that" (tagged a determiner, or a preposition where the parser misreads it):
     * a pronoun stands for what was said before, not in the complement.
     */
    private boolean isPronoun(int head) {
        String pos = article.token(head).pos();
        return pos.startsWith("PRP") || pos.equals("DT") || pos.startsWith("W") || pos.equals("IN");
    }

    /** "told the council": a verb of telling's object heard it. */
    private boolean isHearer(int cue, String relation) {
        return relation.equals("obj") && lexicons.hearerVerbs().contains(article.token(cue).lemma());
    }

    /** A span with quoted words is a direct quote's, for {@link DirectQuoteFinder}. */
    private boolean isQuoted(int[] span) {
        for (int t = span[0]; t <= span[1]; t++) {
            if (Quotes.contain(quotes, article.token(t))) {
                return true;
            }
        }
        return false;
    }

    private boolean overlaps(int[] span, List<Statement> found) {
        int begin = article.token(span[0]).begin();
        int end = article.token(span[1]).end();
        return found.stream().anyMatch(s -> s.begin() < end && begin < s.end());
    }

    private void add(Parse parse, int cue, int[] span, List<Statement> out) {
        Attribution who = speakers.speakerOf(parse, cue);
        if (who == null) {
            return;
        }
        span = PhraseEnd.cut(article, parse, span);
        Token cueToken = article.token(cue);
        int begin = article.token(span[0]).begin();
        int end = article.token(span[1]).end();
        AttributionMethod method = AttributionRule.LEARNED_COMPLEMENT.with(who.rule());
        out.add(new Statement(ReportedSpeechFinder.kindOf(cueToken, lexicons), who.speakers(), article.text(begin, end), begin, end,
                parse.sentence().index(), cueToken.word(), cueToken.begin(), List.of(), List.of(), method, method.confidence(), false, false));
    }
}
