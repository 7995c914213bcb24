package org.summitkg.extract.statement;

import org.summitkg.extract.parse.Dashes;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * Where a content that is a phrase, not a clause, ends: before the writer's aside about it. A
 * noun phrase or a gerund reported as said ("praised the harbour plan", "called for raising the
 * fee") often runs on, in the parse, into what the writer adds about it: a relative clause after
 * a comma ("…, which the council rejected"), a participle after a comma ("…, adding that …"), a
 * dash or a bracket, a coordinated clause with a subject of its own ("…, but the board refused"),
 * or a clause of time or reason ("… as the council met", "… because the fee rose"). What was
 * said ends there. A clause said ("said the plan would fail, which …") is left as it is: its
 * speaker may have said all of it.
 *
 * <pre>{@code
 * int[] content = PhraseEnd.cut(article, parse, span); // "the harbour plan, which …" → "the harbour plan"
 * }</pre>
 */
final class PhraseEnd {
    private PhraseEnd() {
    }

    /** The span cut before the first aside after its head, or the span itself when its head is a verb or nothing is cut. */
    static int[] cut(AnnotatedArticle article, Parse parse, int[] span) {
        int head = head(parse, span);
        String pos = article.token(head).pos();
        boolean clause = !parse.children(head, "nsubj").isEmpty() || !parse.children(head, "cop").isEmpty();
        if (pos.startsWith("VB") && !pos.equals("VBG") || pos.equals("MD") || clause) {
            return span;
        }
        for (int t = head + 1; t <= span[1]; t++) {
            if (opensAside(article, parse, t, head, span)) {
                int end = t - 1;
                while (end > span[0] && ContentSpans.isPunct(article.token(end))) {
                    end--;
                }
                return end >= head ? new int[] {span[0], end} : span;
            }
        }
        return span;
    }

    /** The token of the span whose governor lies outside it: the phrase's head. */
    private static int head(Parse parse, int[] span) {
        for (int t = span[0]; t <= span[1]; t++) {
            int parent = parse.parent(t);
            if (parent < span[0] || parent > span[1]) {
                return t;
            }
        }
        return span[0];
    }

    private static boolean opensAside(AnnotatedArticle article, Parse parse, int t, int head, int[] span) {
        Token token = article.token(t);
        if (Dashes.isDash(article, t)) {
            // "the plan - a charge …" ends the phrase; "the ferry crews -- those on the night shift -- would strike" is an aside
            // within it, "the plan — from the pier to the bus routes" an elaboration of it
            boolean elaboration = t + 1 <= span[1] && article.token(t + 1).pos().equals("IN");
            return !elaboration && java.util.stream.IntStream.rangeClosed(t + 1, span[1]).noneMatch(k -> Dashes.isDash(article, k));
        }
        if (token.pos().equals("-LRB-")) {
            return true;
        }
        if (token.pos().equals("IN") && parse.relation(t).equals("mark") && FunctionWords.CIRCUMSTANCE_MARKS.contains(token.word())
                && parse.parent(t) >= 0 && parse.relation(parse.parent(t)).matches("advcl.*|dep") && parse.parent(parse.parent(t)) == head) {
            return true; // "a narrow lead as the count goes on", the clause hung as an adverbial or loose
        }
        if (!token.word().equals(",") || t + 1 > span[1]) {
            return false;
        }
        Token next = article.token(t + 1);
        if (next.isRelativeWord() || next.pos().equals("VBG") && !parse.relation(t + 1).equals("case")) {
            return true; // ", which the council rejected", ", who …", ", adding that …"
        }
        return next.pos().equals("CC") && t + 2 <= span[1] && clauseWithSubjectAt(parse, t + 2, span);
    }

    /** Whether a coordinated verb with a subject of its own starts at token {@code from}: ", but the board refused". */
    private static boolean clauseWithSubjectAt(Parse parse, int from, int[] span) {
        for (int k = from; k <= span[1]; k++) {
            if (parse.relation(k).startsWith("conj") && !parse.children(k, "nsubj").isEmpty() && parse.span(k)[0] == from) {
                return true;
            }
        }
        return false;
    }

}
