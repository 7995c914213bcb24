package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Quote;

/**
 * The quotations of an article that can be trusted as such. CoreNLP pairs quote marks across
 * the whole text, so one stray or curly-vs-straight mark makes a "quote" run over paragraphs of
 * narration. A quotation that crosses a paragraph break is kept only when the new paragraph
 * opens with a quote mark and the one it leaves holds no double quote mark after the opening one
 * (the convention for a quote that goes on: its paragraphs open, none closes), and none is longer than
 * {@value #MAX_TOKENS} tokens. Nor is one that opens with what is a closing mark by its place
 * (after a word, before a space), or closes with an opening one. Where one mark threw CoreNLP's
 * pairing, the quotations after it are found again by pairing the marks within each paragraph
 * ({@link QuoteMarks}); they are kept where they overlap none of CoreNLP's that are kept.
 */
final class Quotes {
    static final int MAX_TOKENS = 250;
    /** Marks that open a quotation, and marks that close one. */
    static final String OPENING = "“\"'‘«";
    static final String CLOSING = "”\"'’»";
    static final String DOUBLE_MARKS = "“”\"";

    private Quotes() {
    }

    static List<Quote> plausible(AnnotatedArticle article) {
        String text = article.article().text();
        List<Quote> kept = article.annotations().quotes().stream().filter(q -> isPlausible(q) && !isInsideOut(text, q)).toList();
        List<Quote> out = new ArrayList<>(kept);
        for (Quote q : QuoteMarks.paired(article)) {
            if (kept.stream().noneMatch(k -> k.begin() < q.end() && q.begin() < k.end())) {
                out.add(q);
            }
        }
        out.sort(Comparator.comparingInt(Quote::begin));
        return List.copyOf(out);
    }

    /**
     * Whether CoreNLP paired a closing mark with the next opening one: a quotation that opens with
     * what is by its place a closing mark ({@code a “fair" deal}) or closes with an opening one
     * ({@code a "fair deal}; {@link QuoteMarks#place}) is the stretch between two quotations.
     */
    static boolean isInsideOut(String text, Quote q) {
        return q.end() - q.begin() >= 2 && (QuoteMarks.place(text, q.begin()) == QuoteMarks.Place.CLOSES
                || QuoteMarks.place(text, q.end() - 1) == QuoteMarks.Place.OPENS);
    }

    /** Whether the token lies inside one of the quotations. */
    static boolean contain(List<Quote> quotes, org.summitkg.nlp.Token t) {
        return quotes.stream().anyMatch(q -> q.begin() <= t.begin() && t.end() <= q.end());
    }

    static boolean isPlausible(Quote q) {
        if (q.endToken() - q.firstToken() > MAX_TOKENS) {
            return false;
        }
        String text = q.text();
        int paragraph = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int next = i + 1;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < text.length() && OPENING.indexOf(text.charAt(next)) < 0 || closesBefore(text, paragraph, i)) {
                return false;
            }
            paragraph = next + 1;
        }
        return true;
    }

    /** Whether a double quote mark stands in text[from, to): the paragraph closed a quote of its own, so none goes on. */
    private static boolean closesBefore(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (DOUBLE_MARKS.indexOf(text.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
