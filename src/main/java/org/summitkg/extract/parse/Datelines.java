package org.summitkg.extract.parse;

import java.util.Locale;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Sentence;

/**
 * Datelines, the one home of what counts as one: a place in capitals among the first words of a
 * sentence or opening a line, then within a few words, none of them in lower case, a dash
 * ("PORT ALDER —", "PORT ALDER, Freedonia (Agency) –", "PORT ALDER, Aug 31 (Agency) - "). What
 * follows the dash is the story; the place is no speaker and no part of what anyone said.
 *
 * <pre>{@code
 * int story = Datelines.storyStart(article, sentence.firstToken());
 * }</pre>
 */
public final class Datelines {
    /** How many words after the place the dash may stand. */
    private static final int TAIL = 8;
    /** How far into its sentence the place may stand ("The PORT ALDER —" after a stray word of a headline). */
    private static final int LEAD = 2;

    private Datelines() {
    }

    /** The dash of the dateline whose place token {@code t} is, or -1. */
    public static int dash(AnnotatedArticle article, Sentence sentence, int t) {
        String word = article.token(t).word();
        // a headline without a full stop runs into the dateline's sentence: the place then opens a line, not the sentence
        boolean opensLine = t > 0 && article.text(article.token(t - 1).end(), article.token(t).begin()).indexOf('\n') >= 0;
        if (t > sentence.firstToken() + LEAD && !opensLine || !word.equals(word.toUpperCase(Locale.ROOT))
                || word.codePoints().filter(Character::isLetter).count() < 2) {
            return -1;
        }
        for (int d = t + 1; d < Math.min(sentence.endToken(), t + TAIL); d++) {
            if (Dashes.isDash(article, d)) {
                return d;
            }
            if (Character.isLowerCase(article.token(d).word().codePointAt(0))) {
                return -1; // "PAFA is broke — …": a sentence, not a dateline
            }
        }
        return -1;
    }

    /** The first token of the story when a dateline opens at token {@code t}, else {@code t}. */
    public static int storyStart(AnnotatedArticle article, int t) {
        Sentence sentence = article.sentences().get(article.token(t).sentence());
        int dash = dash(article, sentence, t);
        return dash < 0 || dash + 1 >= sentence.endToken() ? t : dash + 1;
    }
}
