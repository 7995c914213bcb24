package org.summitkg.evaluate;

import java.util.List;
import java.util.Optional;
import org.summitkg.extract.statement.LogisticModel;
import org.summitkg.extract.statement.Statement;
import org.summitkg.extract.statement.StatementFeatures;
import org.summitkg.extract.statement.StatementKind;
import org.summitkg.nlp.AnnotatedArticle;

/**
 * Trains the statement model from BRAT gold: every reported statement or attitude the rules find (with no filter) is an
 * example, right when it matches a gold content as scoring matches them; a quoted fragment inside
 * a gold content, neither right nor wrong, is left out.
 *
 * <pre>{@code
 * StatementFilterTrainer t = new StatementFilterTrainer();
 * t.add(annotated, graph.statements(), goldDocument);   // for each article
 * LogisticModel m = t.train(1.0, 0.3);
 * }</pre>
 */
public final class StatementFilterTrainer {
    private final LogisticTrainer trainer = new LogisticTrainer();

    public void add(AnnotatedArticle article, List<Statement> found, BratDocument gold) {
        AttributionScorer scorer = new AttributionScorer(gold);
        for (Statement s : found) {
            if (s.kind() == StatementKind.DIRECT) {
                continue; // direct quotes are kept as found
            }
            Optional<Boolean> right = scorer.judge(FoundAttribution.of(s));
            right.ifPresent(r -> trainer.add(StatementFeatures.of(article, s), r));
        }
    }

    public int examples() {
        return trainer.examples();
    }

    public int right() {
        return trainer.positives();
    }

    /** Fits the weights; a statement scoring below {@code threshold} is dropped. */
    public LogisticModel train(double sigma, double threshold) {
        return trainer.train(sigma, threshold, 0);
    }
}
