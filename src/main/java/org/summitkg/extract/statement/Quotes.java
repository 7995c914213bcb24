package org.summitkg.extract.statement;

import java.util.List;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Quote;

/**
 * The quotations of an article that can be trusted as such. CoreNLP pairs quote marks across
 * the whole text, so one stray or curly-vs-straight mark makes a "quote" run over paragraphs of
 * narration. A quotation that crosses a paragraph break is kept only when the new paragraph
 * opens with a quote mark (the convention for a quote that goes on), and none is longer than
 * {@value #MAX_TOKENS} tokens.
 */
final class Quotes {
    static final int MAX_TOKENS = 250;
    private static final String OPENING = "“\"'‘«";

    private Quotes() {
    }

    static List<Quote> plausible(AnnotatedArticle article) {
        return article.annotations().quotes().stream().filter(Quotes::isPlausible).toList();
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
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int next = i + 1;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < text.length() && OPENING.indexOf(text.charAt(next)) < 0) {
                return false;
            }
        }
        return true;
    }
}
