package org.summitkg.extract.statement;

import java.util.List;
import java.util.Locale;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;

/** Whether a cue is negated ("without announcing", "did not say", "said nothing", "nobody asked"): its statement is marked summit:negated. */
final class Negation {
    private Negation() {
    }

    static boolean isNegated(AnnotatedArticle article, Parse parse, int cue) {
        for (int obj : parse.children(cue, "obj")) {
            if (FunctionWords.NOTHING.contains(article.token(obj).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int subject : parse.children(cue, "nsubj")) {
            if (FunctionWords.NOBODY.contains(article.token(subject).word())) {
                return true; // "nobody asked about the fees"
            }
        }
        for (String rel : List.of("advmod", "mark", "case", "neg")) {
            for (int c : parse.children(cue, rel)) {
                if (FunctionWords.NEGATIONS.contains(article.token(c).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
