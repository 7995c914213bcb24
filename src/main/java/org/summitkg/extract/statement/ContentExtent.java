package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * How far a content reaches beyond the complement it was found as: the clause or phrase the
 * parser hung from the cue right after it ("stressed the need to act", "noted the pier was shut
 * and the ferry late"), the characterisation of an object ("called the plan a “fantasy”"), the
 * claim inside a noun of saying, a predicate the parser split off ("said the fee “is too high”"),
 * and the condition before a parenthetical cue. {@link ReportedSpeechFinder} finds the complement;
 * this class only widens it.
 */
final class ContentExtent {
    private final AnnotatedArticle article;
    private final Lexicons lexicons;
    private final ContentSpans spans;
    private final Predicate<Token> verbCue;
    private final Predicate<Token> nounCue;
    private final BiPredicate<Parse, Integer> addressee;
    private final LogisticModel cues = LogisticModel.shipped(LogisticModel.CUES);

    ContentExtent(AnnotatedArticle article, Lexicons lexicons, ContentSpans spans, Predicate<Token> verbCue, Predicate<Token> nounCue,
                  BiPredicate<Parse, Integer> addressee) {
        this.article = article;
        this.lexicons = lexicons;
        this.spans = spans;
        this.verbCue = verbCue;
        this.nounCue = nounCue;
        this.addressee = addressee;
    }

    /** "Stressed the need to protect …": an object and the clause right after it are one content. */
    int[] extend(Parse parse, int cue, String rel, int[] span) {
        if (rel.equals("obl")) {
            return characterised(parse, cue, span); // "pointed to the strikes as proof that …"
        }
        if (rel.equals("ccomp")) {
            return continued(parse, cue, span);
        }
        if (!rel.equals("obj")) {
            return span;
        }
        int[] claim = claimedClause(parse, span);
        if (claim != span) {
            return claim;
        }
        int[] quoted = throughQuotedPredicate(parse, cue, span);
        if (quoted != span) {
            return quoted;
        }
        int[] clause = objectAsSubject(parse, cue, span);
        if (clause != span) {
            return clause;
        }
        for (int x : parse.children(cue, "xcomp")) {
            int[] more = parse.span(x);
            if (more[0] >= span[1] + 1 && more[0] <= span[1] + 2) {
                return new int[] {span[0], more[1]};
            }
        }
        int[] characterised = characterised(parse, cue, span);
        return characterised != span ? characterised : trailing(parse, cue, span);
    }

    /**
     * "described lax checks by the crew", "welcomed the ruling against the port
     * from the appeals court": an object with the complements the parser hung from the cue right
     * after it, which belong to what was said; not an oblique of time, place or medium
     * ({@code setting-prepositions}: "thanked the crew on Friday", "in a radio interview"), an
     * addressee, a clause of circumstance, one that reports again or one whose subject is a name.
     */
    private int[] trailing(Parse parse, int cue, int[] span) {
        int[] out = span;
        for (int c : parse.children(cue, "").stream().sorted().toList()) {
            String rel = parse.relation(c);
            int[] more = parse.span(c);
            if (more[0] <= out[1] || rel.equals("punct")) {
                continue;
            }
            if (!onlyPunctuation(out[1] + 1, more[0] - 1) || more[0] - out[1] > 2) {
                break;
            }
            boolean complement = rel.equals("obl") && !spans.isSetting(parse, c) && !addressee.test(parse, c)
                    || rel.equals("xcomp")
                    || (rel.equals("advcl") || rel.equals("ccomp")) && !isCircumstance(parse, c) && !reportsAgain(parse, c) && !hasNamedSubject(parse, c);
            if (!complement) {
                break;
            }
            out = new int[] {out[0], more[1]};
        }
        return out;
    }

    /**
     * A reported clause with what the parser hung from the cue right after it: "noted the ferry
     * was late and it still had no lights", "said she will vote for the plan because it is
     * cheaper", "said the fees will rise, but not before May". A clause after it that reports
     * again ("and added that …", ", adding …", "but went on to say …") is a statement of its own,
     * and one whose subject is a name ("…, but Keller disagreed") is what someone else did.
     */
    private int[] continued(Parse parse, int cue, int[] span) {
        if (span[0] < cue) {
            return span;
        }
        int[] out = span;
        for (int c : parse.children(cue, "").stream().sorted().toList()) {
            String rel = parse.relation(c);
            int[] more = parse.span(c);
            boolean clause = (rel.equals("advcl") || rel.equals("conj")) && !hasNamedSubject(parse, c);
            if (clause && more[0] > out[1] && onlyPunctuation(out[1] + 1, more[0] - 1) && !reportsAgain(parse, c)) {
                out = new int[] {out[0], more[1]};
            }
        }
        return out;
    }

    /** "…, but Keller disagreed": a clause whose subject is a name tells what someone else did. */
    private boolean hasNamedSubject(Parse parse, int head) {
        return parse.children(head, "nsubj").stream().anyMatch(t -> article.token(t).pos().startsWith("NNP"));
    }

    /**
     * Where a reported clause after a parenthetical cue starts: "If the pier closes, Okafor said,
     * the ferry will stop" reports the condition too, which the parser hung from the cue; a clause
     * of time or reason ({@code circumstance-marks}: "As the crowd booed, she said, …") is the
     * writer's. Else the clause's own start.
     */
    int ledBy(Parse parse, int cue, int[] span) {
        int first = Parse.firstWord(article.tokens(), parse.sentence().firstToken(), parse.sentence().endToken());
        boolean parenthetical = cue + 1 < span[0] && article.token(cue + 1).word().equals(",");
        for (int c : parse.children(cue, "advcl")) {
            int[] before = parse.span(c);
            boolean opens = before[0] <= first && before[1] + 1 < cue && article.token(before[1] + 1).word().equals(",");
            String mark = spans.childWord(parse, c, "mark");
            boolean condition = !mark.isEmpty() && !FunctionWords.CIRCUMSTANCE_MARKS.contains(mark); // "if", not "as" or "when"
            if (parenthetical && opens && condition && !reportsAgain(parse, c) && !parse.children(cue, "nsubj").isEmpty()) {
                return before[0];
            }
        }
        return span[0];
    }

    /**
     * Whether a clause reports again: its head is a verb of saying or thinking, listed or taken by
     * the cue model, or has one as its open complement ("went on to say"); a cue deeper inside
     * ("and that she had her staff tell callers …") is part of what was said.
     */
    private boolean reportsAgain(Parse parse, int head) {
        return isCueVerb(parse, head) || parse.children(head, "xcomp").stream().anyMatch(x -> isCueVerb(parse, x));
    }

    private boolean isCueVerb(Parse parse, int t) {
        return verbCue.test(article.token(t)) || article.token(t).pos().startsWith("VB") && CueFeatures.isCandidate(parse, article, t)
                && cues.accepts(CueFeatures.of(article, parse, t, lexicons, spans.inQuote(article.token(t))));
    }

    private boolean onlyPunctuation(int from, int to) {
        for (int t = from; t <= to; t++) {
            if (!ContentSpans.isPunct(article.token(t))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "criticized the law as a “crazy system”", "blasted the media for being dishonest", "pointed
     * to the strikes as proof", "waved the plan off as being “a fantasy”": the object with what it
     * was called, blamed for or taken as, and with any complement right after it that quotes the
     * speaker ("mocked the rally with “a crowd of dozens”"): the quote is part of what was said.
     * A clause with a subject of its own after "as" ("praised the plan as the council met") says
     * when, not what.
     */
    private int[] characterised(Parse parse, int cue, int[] span) {
        for (String rel2 : List.of("obl", "advcl")) {
            for (int x : parse.children(cue, rel2)) {
                int[] more = parse.span(x);
                // "as being a fantasy" characterises; "as the council met", with a subject of its own, says when
                boolean characterising = (FunctionWords.CHARACTERISING_PREPOSITIONS.contains(spans.caseWord(parse, x))
                        || FunctionWords.CHARACTERISING_PREPOSITIONS.contains(spans.childWord(parse, x, "mark"))) && !isCircumstance(parse, x);
                if (more[0] == span[1] + 1 && (characterising || spans.opensQuote(more))) {
                    return new int[] {span[0], more[1]};
                }
            }
        }
        return span;
    }

    /** "as the council met": a finite clause with a subject of its own, opened by a word of time or reason. */
    private boolean isCircumstance(Parse parse, int clause) {
        List<Integer> marks = parse.children(clause, "mark");
        boolean finite = article.token(clause).pos().matches("VB[DZP]") || !parse.children(clause, "aux").isEmpty();
        return finite && !marks.isEmpty() && FunctionWords.CIRCUMSTANCE_MARKS.contains(spans.childWord(parse, clause, "mark"))
                && parse.children(clause, "nsubj").stream().anyMatch(n -> n > marks.get(0) && n < clause && article.token(n).pos().matches("NN.*|PRP")
                && java.util.stream.IntStream.range(marks.get(0) + 1, n).noneMatch(t -> article.token(t).pos().startsWith("VB")));
    }

    /**
     * "repeated the claim that the pier will close": an object that is itself a noun of saying
     * with a clause of its own reports that clause.
     */
    private int[] claimedClause(Parse parse, int[] span) {
        for (int t = span[0]; t <= span[1]; t++) {
            if (nounCue.test(article.token(t)) && parse.span(t)[1] == span[1]) {
                List<Integer> clauses = new ArrayList<>(parse.children(t, "acl"));
                clauses.addAll(parse.children(t, "ccomp"));
                for (int clause : clauses) {
                    if (clause > t && !parse.children(clause, "mark").isEmpty() && parse.hasSubject(clause)) {
                        return parse.span(clause);
                    }
                }
            }
        }
        return span;
    }

    /**
     * "fear the board will close the pier", parsed as an object ("the board") and a loose verb
     * ("will close …") hung off the cue, or off another verb ("… and says Lindqvist is ignoring
     * it"): a verb right after the object, with an auxiliary or a tense and no subject of its own,
     * makes the object its subject, and the two are the content.
     */
    int[] objectAsSubject(Parse parse, int cue, int[] span) {
        for (int child : parse.children(cue, "dep")) {
            int[] next = parse.span(child);
            Token verb = article.token(child);
            boolean finite = verb.pos().matches("VB[DZP]") || !parse.children(child, "aux").isEmpty();
            if (next[0] == span[1] + 1 && finite && parse.children(child, "nsubj").isEmpty()) {
                return new int[] {span[0], next[1]};
            }
        }
        int next = span[1] + 1;
        if (next < parse.sentence().endToken() && (parse.relation(next).equals("aux") || parse.relation(next).equals("cop"))) {
            int verb = parse.parent(next);
            if (verb > next && !parse.hasSubject(verb)) {
                return new int[] {span[0], parse.span(verb)[1]};
            }
        }
        return span;
    }

    /**
     * "said the fee “is too high” for most": a quotation mark inside the clause throws the parser,
     * which makes the subject the cue's object and hangs the quoted predicate off the cue; the
     * content is the object with that predicate (and what follows it, hung the same way).
     */
    private int[] throughQuotedPredicate(Parse parse, int cue, int[] span) {
        int end = span[1];
        boolean quoteSeen = false;
        for (boolean more = true; more;) {
            more = false;
            for (int child : parse.children(cue, "dep")) {
                int[] next = parse.span(child);
                int gap = next[0] - end - 1;
                boolean opensWithQuote = article.token(next[0]).pos().equals("``") || gap == 1 && article.token(end + 1).pos().equals("``");
                if (next[0] > end && gap <= 1 && (opensWithQuote || quoteSeen) && article.token(child).pos().matches("VB.*|JJ.*|MD")) {
                    end = next[1];
                    quoteSeen = true;
                    more = true;
                }
            }
        }
        return end == span[1] ? span : new int[] {span[0], end};
    }
}
