package org.summitkg.extract.parse;

import java.util.Set;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * Dashes, the one home of what counts as one: what follows a dash is an aside ("— a remark that
 * …") or, after a dateline, the story ("PORT ALDER — Okafor said …").
 *
 * <pre>{@code
 * if (Dashes.isDash(article, t)) { … }
 * }</pre>
 */
public final class Dashes {
    /** Dash tokens: em, en and horizontal bar, and a doubled hyphen. */
    public static final Set<String> TOKENS = Set.of("—", "–", "―", "--");

    private Dashes() {
    }

    /** A dash, or a hyphen with a space on either side ("the budget - a charge …", "PORT ALDER - Okafor said"), which a tagger may call anything. */
    public static boolean isDash(AnnotatedArticle article, int t) {
        Token token = article.token(t);
        if (TOKENS.contains(token.word())) {
            return true;
        }
        return token.word().equals("-") && t > 0 && t + 1 < article.tokens().size()
                && article.token(t - 1).end() < token.begin() && token.end() < article.token(t + 1).begin();
    }
}
