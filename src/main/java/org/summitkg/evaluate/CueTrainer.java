package org.summitkg.evaluate;

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
        AttributionScorer scorer = new AttributionScorer(gold);
        for (CueFeatures.Candidate c : CueFeatures.candidates(article, lexicons)) {
            trainer.add(c.features(), isCue(article, c, gold, scorer));
        }
    }

    /**
     * Whether the candidate lies in a gold cue and one of its possible contents matches that
     * attribution's content as scoring matches them (half its words covered, at most three times as long).
     */
    static boolean isCue(AnnotatedArticle article, CueFeatures.Candidate c, BratDocument gold, AttributionScorer scorer) {
        Token token = article.token(c.token());
        for (BratAttribution a : gold.attributions()) {
            if (a.cue().stream().anyMatch(span -> span.begin() <= token.begin() && token.end() <= span.end())
                    && c.contents().stream().anyMatch(span -> scorer.matches(a,
                    new TextSpan(article.token(span[0]).begin(), article.token(span[1]).end())))) {
                return true;
            }
        }
        return false;
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
