package org.summitkg.extract.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic model over string features, shipped as weights only, one feature per line, with its
 * provenance in the header. Two are shipped beside this class: {@value #CUES} scores whether a
 * word is a cue of attribution (from {@link CueFeatures}; {@code summit-kg train --model cues}
 * makes one), {@value #STATEMENTS} whether a found reported statement or attitude is one an
 * annotator would mark (from {@link StatementFeatures}; {@code summit-kg train --model statements}).
 *
 * <pre>{@code
 * LogisticModel m = LogisticModel.shipped(LogisticModel.CUES);
 * boolean cue = m.accepts(CueFeatures.of(article, parse, t, lexicons, false));
 * }</pre>
 */
public final class LogisticModel {
    public static final String CUES = "cue-model.tsv";
    public static final String STATEMENTS = "statement-model.tsv";
    private static final Map<String, LogisticModel> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();
    /** A model that accepts everything and vetoes nothing. */
    public static final LogisticModel ALL = new LogisticModel(Map.of(), 0, 0.5, 0);

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final double veto;

    /**
     * A model of these weights; a word scoring {@code threshold} or more is a cue, and a verb that
     * scores below {@code veto} is not one, whatever the lexicons say.
     */
    public LogisticModel(Map<String, Double> weights, double bias, double threshold, double veto) {
        if (!(threshold > 0 && threshold <= 1 && veto >= 0 && veto < threshold)) {
            throw new IllegalArgumentException("a model needs 0 <= veto < threshold <= 1, was veto " + veto + ", threshold " + threshold);
        }
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
        this.veto = veto;
    }

    /** The model shipped as this resource beside the class. */
    public static LogisticModel shipped(String resource) {
        return SHIPPED.computeIfAbsent(resource, LogisticModel::load);
    }

    /** The probability that a word with these features is a cue. */
    public double probability(List<String> features) {
        double z = bias;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the probability reaches the model's threshold. */
    public boolean accepts(List<String> features) {
        return accepts(probability(features));
    }

    /** Whether a probability this model gave reaches its threshold. */
    public boolean accepts(double probability) {
        return probability >= threshold;
    }

    /** Whether a listed cue scores so low here that it is not one. */
    public boolean vetoes(List<String> features) {
        return probability(features) < veto;
    }

    /** Writes the model in the form {@link #read} reads, the header lines as comments; weights below 1e-4 are left out. */
    public void write(java.io.Writer out, List<String> header) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        out.write("threshold\t" + threshold + "\n");
        out.write("veto\t" + veto + "\n");
        out.write("bias\t" + bias + "\n");
        List<Map.Entry<String, Double>> sorted = weights.entrySet().stream().filter(e -> Math.abs(e.getValue()) >= 1e-4)
                .sorted(Map.Entry.comparingByKey()).toList();
        for (Map.Entry<String, Double> e : sorted) {
            out.write(e.getKey() + "\t" + String.format(java.util.Locale.ROOT, "%.4f", e.getValue()) + "\n");
        }
        out.flush();
    }

    /** Reads a model: '#' comment lines, then "threshold", "veto", "bias" and feature lines, each name TAB number. */
    public static LogisticModel read(InputStream in, String name) {
        Map<String, Double> w = new HashMap<>();
        double bias = 0;
        double threshold = 0.5;
        double veto = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab < 0) {
                    throw new IllegalArgumentException(name + ":" + n + ": expected name TAB weight, was: " + line);
                }
                String key = line.substring(0, tab);
                double value = Double.parseDouble(line.substring(tab + 1));
                switch (key) {
                    case "threshold" -> threshold = value;
                    case "bias" -> bias = value;
                    case "veto" -> veto = value;
                    default -> w.put(key, value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cue model " + name, e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": a weight is not a number: " + e.getMessage(), e);
        }
        return new LogisticModel(w, bias, threshold, veto);
    }

    private static LogisticModel load(String resource) {
        InputStream in = LogisticModel.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + ": model missing from the classpath beside " + LogisticModel.class.getName());
        }
        return read(in, resource);
    }
}
