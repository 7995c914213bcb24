package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private static final String DOUBLE = "“”\"";
    private static final String BEFORE_OPENING = "([{—–-";
    private static final String AFTER_CLOSING = ".,;:!?)]}—–-";

    private QuoteMarks() {
    }

    /** The quotations that double marks enclose, each within one paragraph. */
    static List<Quote> paired(AnnotatedArticle article) {
        List<Quote> out = new ArrayList<>();
        for (int[] span : spans(article.article().text())) {
            quote(article, span[0], span[1]).ifPresent(out::add);
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
            } else if (DOUBLE.indexOf(c) >= 0) {
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

    private static boolean opens(String text, int i, boolean quoteOpen) {
        char c = text.charAt(i);
        boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || BEFORE_OPENING.indexOf(text.charAt(i - 1)) >= 0;
        boolean beforeSpace = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || AFTER_CLOSING.indexOf(text.charAt(i + 1)) >= 0;
        if (afterSpace != beforeSpace) {
            return afterSpace;
        }
        return c == '“' || c == '"' && !quoteOpen;
    }

    /** The quotation from the opening mark at {@code begin} to the closing one ending at {@code end}, if it holds a word. */
    private static Optional<Quote> quote(AnnotatedArticle article, int begin, int end) {
        int first = -1;
        int last = -1;
        boolean word = false;
        for (Token t : article.tokens()) {
            if (t.begin() >= begin && t.end() <= end) {
                first = first < 0 ? t.index() : first;
                last = t.index();
                word |= Character.isLetterOrDigit(t.word().codePointAt(0));
            }
        }
        if (!word) {
            return Optional.empty();
        }
        return Optional.of(new Quote(article.article().text().substring(begin, end), begin, end, first, last, "", -1, -1));
    }
}
