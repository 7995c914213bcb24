package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Quote;
import org.summitkg.nlp.Token;

/**
 * Quotations found by pairing double quote marks within each paragraph, for where CoreNLP's
 * pairing across the whole text went wrong: one stray mark earlier in the article makes it pair
 * each closing mark with the next opening one, and {@link Quotes} drops those inside-out pairs,
 * which leaves the real quotations after the stray mark unfound. A mark opens by its place (at a
 * paragraph's start or after a space or bracket, and before a word) or closes by it (after a word,
 * before a space or punctuation); where its place says neither, a curly mark's shape decides, and
 * a straight one closes the quotation that is open, else opens one.
 *
 * <pre>{@code
 * List<Quote> quotes = QuoteMarks.paired(article); // Okafor said "no". Then "yes," Keller said. → "no", "yes,"
 * }</pre>
 */
final class QuoteMarks {
    private static final String BEFORE_OPENING = "([{—–-";
    private static final String AFTER_CLOSING = ".,;:!?)]}—–-";

    /** What a quote mark is by its place in the text alone. */
    enum Place { OPENS, CLOSES, EITHER }

    private QuoteMarks() {
    }

    /**
     * What the mark at {@code i} is by its place: it opens at a paragraph's start or after a space,
     * bracket or dash when a word follows; it closes after a word when a space or punctuation
     * follows; otherwise ("word"word, " spaced ") its place does not say.
     */
    static Place place(String text, int i) {
        boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || BEFORE_OPENING.indexOf(text.charAt(i - 1)) >= 0;
        boolean beforeSpace = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || AFTER_CLOSING.indexOf(text.charAt(i + 1)) >= 0;
        return afterSpace == beforeSpace ? Place.EITHER : afterSpace ? Place.OPENS : Place.CLOSES;
    }

    /** The quotations that double marks enclose, each within one paragraph, with their tokens found in one pass. */
    static List<Quote> paired(AnnotatedArticle article) {
        String text = article.article().text();
        List<Token> tokens = article.tokens();
        List<Quote> out = new ArrayList<>();
        int t = 0;
        for (int[] span : spans(text)) {
            while (t < tokens.size() && tokens.get(t).begin() < span[0]) {
                t++;
            }
            int last = -1;
            boolean word = false;
            for (int k = t; k < tokens.size() && tokens.get(k).end() <= span[1]; k++) {
                last = k;
                word |= Character.isLetterOrDigit(tokens.get(k).word().codePointAt(0));
            }
            if (word) {
                out.add(new Quote(text.substring(span[0], span[1]), span[0], span[1], tokens.get(t).index(), tokens.get(last).index(), "", -1, -1));
            }
        }
        return out;
    }

    /** The character spans, marks included, of the quotations that double marks enclose in {@code text}, each within one paragraph. */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1; // a quotation that runs on over paragraphs is CoreNLP's to find
            } else if (Quotes.DOUBLE_MARKS.indexOf(c) >= 0) {
                if (opens(text, i, open >= 0)) {
                    open = i;
                } else if (open >= 0) {
                    out.add(new int[] {open, i + 1});
                    open = -1;
                }
            }
        }
        return out;
    }

    /** By its place, else a curly mark by its shape, else a straight one closes the quotation that is open. */
    private static boolean opens(String text, int i, boolean quoteOpen) {
        Place place = place(text, i);
        if (place != Place.EITHER) {
            return place == Place.OPENS;
        }
        char c = text.charAt(i);
        return c == '“' || c == '"' && !quoteOpen;
    }
}
