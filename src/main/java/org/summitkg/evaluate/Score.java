package org.summitkg.evaluate;

/**
 * Counts for one category: extracted items that matched gold ({@code truePositives}), extracted
 * items that did not ({@code falsePositives}), gold items found ({@code goldFound}) out of
 * {@code goldTotal}.
 */
public record Score(int truePositives, int falsePositives, int goldFound, int goldTotal) {
    public Score {
        if (truePositives < 0 || falsePositives < 0 || goldFound < 0 || goldFound > goldTotal) {
            throw new IllegalArgumentException("inconsistent counts " + truePositives + "/" + falsePositives
                    + "/" + goldFound + "/" + goldTotal);
        }
    }

    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    public double recall() {
        return goldTotal == 0 ? 1.0 : (double) goldFound / goldTotal;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                goldFound + o.goldFound, goldTotal + o.goldTotal);
    }
}
