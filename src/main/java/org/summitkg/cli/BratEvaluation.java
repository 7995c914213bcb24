package org.summitkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitkg.corpus.Skipped;
import org.summitkg.evaluate.AttributionScore;
import org.summitkg.evaluate.AttributionScorer;
import org.summitkg.evaluate.BratDocument;
import org.summitkg.evaluate.FoundAttribution;
import org.summitkg.evaluate.Score;
import org.summitkg.extract.ArticleGraph;

/**
 * Scores summit-kg's statements against BRAT standoff gold (PolNeAR's format): runs the pipeline
 * over the gold texts (annotations cached as in {@code build}), then scores each article's
 * statements against its attributions and prints the figures per article and overall.
 */
final class BratEvaluation {
    private static final Logger log = LoggerFactory.getLogger("summitkg.evaluate");

    private final BuildPipeline pipeline;

    BratEvaluation(BuildPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Scores every gold document; returns the overall score. */
    AttributionScore run(Path gold, PrintWriter out, boolean perArticle, boolean details) {
        long start = System.nanoTime();
        BratGold brat = BratGold.read(gold);
        List<Skipped> skipped = new ArrayList<>(brat.corpus().skipped());
        List<ArticleGraph> graphs = pipeline.extract(brat.articles(), skipped);
        skipped.forEach(s -> log.warn("Not scored: {}", s.reason()));
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%-52s %5s %6s %5s %6s %6s %6s %6s %6s%n", "article", "gold", "speech", "found", "P", "R", "R-sp", "spkAcc",
                "F1-spk");
        AttributionScore total = AttributionScore.ZERO;
        for (ArticleGraph g : graphs) {
            BratDocument doc = brat.of(g.article());
            if (!doc.text().equals(g.article().text())) {
                log.warn("{}: the text summit-kg read differs from the gold text; offsets may not agree", g.article().file());
            }
            AttributionScorer scorer = new AttributionScorer(doc);
            List<FoundAttribution> found = found(g);
            AttributionScore s = scorer.score(found);
            total = total.plus(s);
            if (perArticle) {
                row(out, doc.name(), s);
            }
            if (details) {
                scorer.missed(found).forEach(m -> out.println("  " + m));
                scorer.spurious(found).forEach(m -> out.println("  " + m));
                scorer.wrongSpeakers(found).forEach(m -> out.println("  " + m));
            }
        }
        row(out, "ALL (" + graphs.size() + " articles)", total);
        out.printf("%d articles scored, %d skipped, in %.1f s%n", graphs.size(), skipped.size(), seconds);
        out.flush();
        return total;
    }

    static void row(PrintWriter out, String article, AttributionScore s) {
        Score c = s.content();
        out.printf("%-52s %5d %6d %5d %6.3f %6.3f %6.3f %6.3f %6.3f%n", shorten(article), c.goldTotal(), s.speechCues().goldTotal(),
                c.truePositives() + c.falsePositives(), c.precision(), c.recall(), s.speechCues().recall(), s.speakerAccuracy(),
                s.withSpeaker().f1());
    }

    /** The statements of one article as scoring sees them. */
    static List<FoundAttribution> found(ArticleGraph graph) {
        return FoundAttribution.of(graph.statements());
    }


    private static String shorten(String s) {
        return s.length() <= 52 ? s : s.substring(0, 51) + "…";
    }
}
