package org.summitkg.extract.statement;

import java.util.List;
import java.util.Locale;
import org.summitkg.extract.parse.Datelines;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Quote;
import org.summitkg.nlp.Token;

/**
 * The spans of tokens the reported-speech rules take for content, and the tests every one of them
 * passes: trimmed of the cue, of a leading "that" or "to" and of punctuation; more than a name, a
 * pronoun or a quotation with a word or two around it; ending where a quotation it opens ends.
 *
 * <pre>{@code
 * int[] span = spans.trim(parse.span(head), cue); // "that the pier stays open," → "the pier stays open"
 * boolean ok = span != null && spans.isContent(span);
 * }</pre>
 */
final class ContentSpans {
    /**
     * The fewest tokens a content may have: one ("denied wrongdoing", "urged calm"), which the
     * statement model then judges. On PolNeAR, one rather than two (as until session 22) gains 9
     * matches for 14 spurious on train, dev F1-spk 0.717 → 0.719, 2-fold 0.698/0.678 → 0.699/0.678.
     */
    static final int MIN_CONTENT_TOKENS = 1;
    /** Words around a quote that still make it a direct quote rather than reported speech. */
    private static final int QUOTE_FRAME_WORDS = 2;

    private final AnnotatedArticle article;
    private final List<Quote> quotes;

    ContentSpans(AnnotatedArticle article, List<Quote> quotes) {
        this.article = article;
        this.quotes = quotes;
    }

    /** The span without punctuation at either end, or null when fewer than {@value #MIN_CONTENT_TOKENS} tokens remain. */
    int[] withoutPunctuation(int[] span) {
        int[] inner = unpunctuated(article, new int[] {Datelines.storyStart(article, span[0]), span[1]});
        return inner[1] - inner[0] + 1 < MIN_CONTENT_TOKENS ? null : inner;
    }

    /** The span without punctuation at either end; empty (last before first) when nothing else is in it. */
    static int[] unpunctuated(AnnotatedArticle article, int[] span) {
        int first = span[0];
        int last = span[1];
        while (first <= last && isPunct(article.token(first))) {
            first++;
        }
        while (last >= first && isPunct(article.token(last))) {
            last--;
        }
        return new int[] {first, last};
    }

    /** Drops the cue itself, leading "that"/"to"/prepositions and trailing punctuation. */
    int[] trim(int[] span, int cue) {
        // a content wholly before its cue ("The fees will rise, officials said") keeps its start
        int start = span[1] < cue ? Datelines.storyStart(article, span[0]) : Math.max(span[0], cue + 1);
        int first = start;
        int last = span[1];
        while (first <= last && (isPunct(first) || FunctionWords.CONTENT_LEADING_WORDS.contains(article.token(first).word().toLowerCase(Locale.ROOT))
                && first == start)) {
            first++;
        }
        while (last >= first && isPunct(last)) {
            last--;
        }
        return last - first + 1 < MIN_CONTENT_TOKENS ? null : new int[] {first, last};
    }

    boolean isPunct(int t) {
        return isPunct(article.token(t));
    }

    static boolean isPunct(Token t) {
        String pos = t.pos();
        return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("''") || pos.equals("``")
                || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals("HYPH");
    }

    /**
     * Content that is more than a name or pronoun, and more than a quotation with a word or two
     * around it ("their talks “useful”" is a direct quote, not reported speech).
     */
    boolean isContent(int[] span) {
        int outsideQuotes = 0;
        boolean quoted = false;
        boolean finite = false;
        for (int t = span[0]; t <= span[1]; t++) {
            Token token = article.token(t);
            boolean word = Character.isLetterOrDigit(token.word().codePointAt(0));
            if (!inQuote(token) && word) {
                outsideQuotes++;
                finite |= token.isFinite();
            }
            quoted |= inQuote(token) && word;
        }
        // "said he voted “uncommitted”": a subject and a finite verb before the quote make it a clause of the speaker's own
        return isSubstantive(span) && (outsideQuotes > QUOTE_FRAME_WORDS || quoted && finite && outsideQuotes == QUOTE_FRAME_WORDS);
    }

    /** Whether the span holds a word that is more than a name, a pronoun or a determiner. */
    boolean isSubstantive(int[] span) {
        for (int t = span[0]; t <= span[1]; t++) {
            String pos = article.token(t).pos();
            if (!pos.startsWith("NNP") && !pos.startsWith("PRP") && !pos.equals("DT") && !pos.equals("POS")) {
                return true;
            }
        }
        return false;
    }

    boolean inQuote(Token t) {
        return Quotes.contain(quotes, t);
    }

    /** A content that ends inside a quotation ends with it, closing mark included. */
    int closingQuote(int begin, int end) {
        for (Quote q : quotes) {
            if (q.begin() >= begin && q.begin() < end && end < q.end()) {
                return q.end();
            }
        }
        return end;
    }

    /**
     * Whether the span opens with a quotation that closes on a comma and runs on into the writer's
     * words ("admitted, “We missed it,” referring to the vote"): the quotation is what was said,
     * for the direct-quote rules, and the rest is narration.
     */
    boolean opensWithQuoteRunningOn(int[] span) {
        int begin = article.token(span[0]).begin();
        int end = article.token(span[1]).end();
        return quotes.stream().anyMatch(q -> q.begin() <= begin && begin <= q.begin() + 1 && q.end() < end
                && q.text().matches("(?s).*,\\s*\\p{Pf}?[\"”']?$"));
    }

    /** Whether a quotation opens inside the span. */
    boolean opensQuote(int[] span) {
        int begin = article.token(span[0]).begin();
        int end = article.token(span[1]).end();
        return quotes.stream().anyMatch(q -> q.begin() >= begin && q.begin() < end);
    }

    /**
     * Whether a token in [{@code from}, {@code to}) has a part-of-speech tag the test accepts: a comma
     * between a cue and a subject ("While Okafor said so, the council …" is the clause the cue's lies
     * in, not its content), a verb before "according to".
     */
    boolean hasTag(int from, int to, java.util.function.Predicate<String> tag) {
        for (int t = from; t < to; t++) {
            if (tag.test(article.token(t).pos())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb's oblique says when, where or how something was said, not what: a time, or a
     * phrase opened by one of the {@code setting-prepositions} ("on Friday", "in a radio interview").
     */
    boolean isSetting(Parse parse, int oblique) {
        return article.token(oblique).isTemporal() || FunctionWords.SETTING_PREPOSITIONS.contains(caseWord(parse, oblique));
    }

    /** The preposition of a phrase, or else the word that opens a clause, in lower case; "" when it has neither. */
    String caseWord(Parse parse, int head) {
        String preposition = childWord(parse, head, "case");
        return preposition.isEmpty() ? childWord(parse, head, "mark") : preposition;
    }

    /** The word of the token's first dependent by this relation ("as" in "as being …" for "mark"), in lower case, or "". */
    String childWord(Parse parse, int head, String relation) {
        List<Integer> children = parse.children(head, relation);
        return children.isEmpty() ? "" : article.token(children.get(0)).word().toLowerCase(Locale.ROOT);
    }
}
