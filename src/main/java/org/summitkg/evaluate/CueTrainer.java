package org.summitkg.evaluate;

import java.util.List;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.statement.CueFeatures;
import org.summitkg.extract.statement.LogisticModel;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * Trains a {@link LogisticModel} from BRAT gold: every candidate word of every article (see
 * {@link CueFeatures}) is an example, a cue when it lies inside a gold attribution's cue span.
 * The learner is CoreNLP's logistic regression with a Gaussian prior ({@link LogisticTrainer}).
 *
 * <pre>{@code
 * CueTrainer t = new CueTrainer(Lexicons.shipped());
 * t.add(annotated, goldDocument);   // for each article
 * LogisticModel m = t.train(1.0, 0.4, 0.1);
 * }</pre>
 */
public final class CueTrainer {
    private final Lexicons lexicons;
    private final LogisticTrainer trainer = new LogisticTrainer();

    public CueTrainer(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** Adds the candidates of one article, labelled by the gold cues. */
    public void add(AnnotatedArticle article, BratDocument gold) {
        for (CueFeatures.Candidate c : CueFeatures.candidates(article, lexicons)) {
            trainer.add(c.features(), isCue(article, c, gold));
        }
    }
    /**
     * Whether the candidate lies in a gold cue and one of its possible contents matches that
     * attribution's content as scoring matches them (half its words covered, at most three times as long).
     */
    static boolean isCue(AnnotatedArticle article, CueFeatures.Candidate c, BratDocument gold) {
        Token token = article.token(c.token());
        for (BratAttribution a : gold.attributions()) {
            if (a.cue().stream().anyMatch(span -> span.begin() <= token.begin() && token.end() <= span.end())
                    && (c.contents().stream().anyMatch(span -> matches(article, span, a.content())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(AnnotatedArticle article, int[] span, List<TextSpan> content) {
        int gold = 0;
        int found = 0;
        int both = 0;
        int from = Math.min(span[0], article.tokens().size());
        for (Token t : article.tokens()) {
            if (!Character.isLetterOrDigit(t.word().codePointAt(0))) {
                continue;
            }
            boolean inGold = content.stream().anyMatch(g -> g.begin() <= t.begin() && t.end() <= g.end());
            boolean inFound = t.index() >= from && t.index() <= span[1];
            gold += inGold ? 1 : 0;
            found += inFound ? 1 : 0;
            both += inGold && inFound ? 1 : 0;
        }
        return gold > 0 && 2 * both >= gold && found <= 3 * gold;
    }

    public int examples() {
        return trainer.examples();
    }

    public int positives() {
        return trainer.positives();
    }

    /** Fits the weights; {@code sigma} is the prior's width (smaller: smoother), {@code threshold} and {@code veto} the model's cuts. */
    public LogisticModel train(double sigma, double threshold, double veto) {
        return trainer.train(sigma, threshold, veto);
    }
}
