package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;

/**
 * What a describing verb ({@code describing-verbs} lexicon: "called", "described", "labelled")
 * reports: the characterisation with what it characterises ("called the plan a “fantasy”",
 * "described the talks as constructive"), or what it demands ("called for a recount", "called on
 * the council to delay the vote"). Empty where the verb has neither; then it reports what any
 * verb of saying does.
 */
final class DescribedContents {
    private final AnnotatedArticle article;
    private final ContentSpans spans;

    DescribedContents(AnnotatedArticle article, ContentSpans spans) {
        this.article = article;
        this.spans = spans;
    }

    /**
     * "described the talks as constructive", "called the talks constructive", "called him a fraud"
     * (parsed as two objects): the characterisation.
     */
    java.util.Optional<int[]> of(Parse parse, int cue) {
        for (int obj : parse.children(cue, "obj")) {
            List<Integer> said = new ArrayList<>(parse.children(cue, "xcomp"));
            parse.children(cue, "iobj").forEach(i -> said.add(0, i));
            // "called the delay a disgrace", parsed with the characterisation as a bare noun-phrase modifier
            said.addAll(parse.children(cue, "obl:npmod").stream().filter(n -> n > obj).toList());
            for (int x : said) {
                int[] first = parse.span(Math.min(obj, x));
                int[] last = parse.span(Math.max(obj, x));
                // "called it a “fairy tale”" keeps the characterisation alone, as "described it as …" does
                boolean pronoun = x > obj && article.token(obj).pos().startsWith("PRP");
                int[] span = spans.trim(pronoun ? last : new int[] {first[0], last[1]}, cue);
                if (span != null && spans.isContent(span)) {
                    return java.util.Optional.of(span);
                }
            }
        }
        for (int x : parse.children(cue, "xcomp")) {
            int[] clause = parse.span(x);
            boolean pronounFirst = parse.children(x, "nsubj").stream()
                    .anyMatch(n -> n == clause[0] && article.token(n).pos().startsWith("PRP"));
            int[] span = pronounFirst && !article.token(x).pos().startsWith("VB") ? spans.trim(new int[] {clause[0] + 1, clause[1]}, cue) : null;
            if (span != null && spans.isContent(span)) {
                return java.util.Optional.of(span); // "calling it a distraction", parsed as a clause with "it" its subject
            }
        }
        for (String rel : List.of("obl", "advcl")) {
            for (int head : parse.children(cue, rel)) {
                if (FunctionWords.DESCRIBED_AS.contains(spans.caseWord(parse, head))) {
                    int[] span = spans.trim(withDescribed(parse, cue, parse.span(head)), cue);
                    if (span != null && spans.isContent(span)) {
                        return java.util.Optional.of(span);
                    }
                }
            }
        }
        return demanded(parse, cue);
    }

    /**
     * "described the harbour plan as a “disaster”": the characterisation with what it characterises,
     * an object right before it that is more than a pronoun ("described it as …" keeps the phrase alone).
     */
    private int[] withDescribed(Parse parse, int cue, int[] described) {
        for (int obj : parse.children(cue, "obj")) {
            int[] object = parse.span(obj);
            if (object[1] + 1 == described[0] && !article.token(obj).pos().startsWith("PRP")) {
                return new int[] {object[0], described[1]};
            }
        }
        return described;
    }

    /** "called for a recount", "called on the council to delay the vote": what is demanded. */
    private java.util.Optional<int[]> demanded(Parse parse, int cue) {
        for (int head : parse.children(cue, "obl")) {
            String preposition = spans.caseWord(parse, head);
            int[] demand = toClauseAfter(parse, cue, parse.span(head)[1]);
            int[] span = FunctionWords.DEMAND_FOR.contains(preposition)
                    ? spans.trim(demand == null ? parse.span(head) : new int[] {parse.span(head)[0], demand[1]}, cue)
                    : FunctionWords.DEMAND_ON.contains(preposition) && demand != null ? spans.trim(demand, cue) : null;
            if (span != null && spans.isContent(span)) {
                return java.util.Optional.of(span);
            }
        }
        // "called for the mayor to resign", "called on the council to delay", parsed as one adverbial clause
        for (int clause : parse.children(cue, "advcl")) {
            boolean demand = parse.children(clause, "mark").stream().map(m -> article.token(m).word())
                    .anyMatch(m -> FunctionWords.DEMAND_FOR.contains(m) || FunctionWords.DEMAND_ON.contains(m));
            int[] span = clause > cue && demand ? spans.trim(parse.span(clause), cue) : null;
            if (span != null && spans.isContent(span)) {
                return java.util.Optional.of(span);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The "to" clause hung off the cue right after token {@code end} ("called on the council to
     * delay", "called for the mayor to resign"), as an open complement or, as the parser often has
     * it, an adverbial; null when there is none.
     */
    private int[] toClauseAfter(Parse parse, int cue, int end) {
        List<Integer> clauses = new ArrayList<>(parse.children(cue, "xcomp"));
        clauses.addAll(parse.children(cue, "advcl"));
        for (int c : clauses) {
            int[] span = parse.span(c);
            if (span[0] > end && span[0] <= end + 2) {
                return span;
            }
        }
        return null;
    }
}
