package org.summitkg.evaluate;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitkg.extract.statement.LogisticModel;

/** Fits a {@link LogisticModel} to labelled feature lists with CoreNLP's logistic regression (Gaussian prior). */
final class LogisticTrainer {
    private static final String BIAS = "bias";

    private final Dataset<Boolean, String> data = new Dataset<>();
    private int positives;

    void add(List<String> features, boolean positive) {
        List<String> withBias = new ArrayList<>(features);
        withBias.add(BIAS);
        data.add(new BasicDatum<>(withBias, positive));
        positives += positive ? 1 : 0;
    }

    int examples() {
        return data.size();
    }

    int positives() {
        return positives;
    }

    LogisticModel train(double sigma, double threshold, double veto) {
        if (positives == 0 || positives == data.size()) {
            throw new IllegalStateException("training needs positive and negative examples; had " + positives + " positive among "
                    + data.size());
        }
        LinearClassifierFactory<Boolean, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<Boolean, String> classifier = factory.trainClassifier(data);
        Map<Boolean, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
        Counter<String> yes = byLabel.get(Boolean.TRUE);
        Counter<String> no = byLabel.get(Boolean.FALSE);
        Map<String, Double> weights = new HashMap<>();
        for (String f : yes.keySet()) {
            weights.put(f, yes.getCount(f) - (no == null ? 0 : no.getCount(f)));
        }
        double bias = weights.getOrDefault(BIAS, 0.0);
        weights.remove(BIAS);
        return new LogisticModel(weights, bias, threshold, veto);
    }
}
