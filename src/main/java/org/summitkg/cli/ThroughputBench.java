package org.summitkg.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.summitkg.corpus.Article;
import org.summitkg.corpus.CorpusSource;
import org.summitkg.nlp.CoreNlpAnnotator;
import org.summitkg.rdf.TdbStore;

/**
 * {@code bench --throughput DIR}: the articles of DIR annotated by stock Stanford CoreNLP in one
 * thread (the same annotators and settings as summit-kg's, models loaded one annotator at a time
 * so each one's load is timed, then each annotator's share of the annotation time), side by side
 * with a summit-kg {@code build} of the same articles from a cold cache on every core. Tokens per
 * second leave model loading out on both sides.
 */
final class ThroughputBench {
    private static final int WARM_UP_ARTICLES = 5;

    private final Path work;
    private final PrintWriter out;

    ThroughputBench(Path work, PrintWriter out) {
        this.work = work;
        this.out = out;
    }

    void run(Path folder) {
        List<Article> articles = CorpusSource.of(folder).read().articles();
        StanfordCoreNLP.clearAnnotatorPool();
        StanfordCoreNLP stock = loadOneByOne();
        for (Article a : articles.subList(0, Math.min(WARM_UP_ARTICLES, articles.size()))) {
            stock.annotate(new Annotation(a.text()));
        }
        stock = new StanfordCoreNLP(settings(1)); // fresh timing counters; the models come from CoreNLP's pool
        long tokens = 0;
        long start = System.nanoTime();
        for (Article a : articles) {
            Annotation doc = new Annotation(a.text());
            a.publishedDate().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
            stock.annotate(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        double stockSeconds = (System.nanoTime() - start) / 1e9;
        out.printf("throughput, stock CoreNLP, 1 thread: %d articles, %,d tokens in %.1f s: %.0f tokens/s%n", articles.size(), tokens,
                stockSeconds, tokens / stockSeconds);
        out.printf("throughput, stock CoreNLP, per annotator: %s%n", shares(stock.timingInformation(), tokens));
        out.flush();
        try (TdbStore store = TdbStore.open(work.resolve("throughput-db"))) {
            double load = CoreNlpAnnotator.shared().loadSeconds();
            BuildReport report = BuildPipeline.withCache(work.resolve("throughput-cache")).build(folder, store);
            double loadNow = CoreNlpAnnotator.shared().loadSeconds() - load;
            double seconds = report.seconds() - loadNow;
            out.printf("throughput, summit-kg build, %d workers: %d articles in %.1f s (models %.1f s of it): %.0f tokens/s, "
                    + "%.2fx one stock thread%n", CoreNlpAnnotator.threads(), report.built(), report.seconds(), loadNow, tokens / seconds,
                    stockSeconds / seconds);
        }
        out.flush();
    }

    /** Stock CoreNLP with summit-kg's annotators, each one's model load timed as it joins the pipeline. */
    private StanfordCoreNLP loadOneByOne() {
        List<String> annotators = Arrays.asList(settings(1).getProperty("annotators").split(","));
        List<String> loads = new ArrayList<>();
        StanfordCoreNLP pipeline = null;
        double total = 0;
        for (int i = 1; i <= annotators.size(); i++) {
            Properties p = settings(1);
            p.setProperty("annotators", String.join(",", annotators.subList(0, i)));
            long t0 = System.nanoTime();
            pipeline = new StanfordCoreNLP(p);
            double s = (System.nanoTime() - t0) / 1e9;
            total += s;
            loads.add(String.format("%s %.1f s", annotators.get(i - 1), s));
        }
        out.printf("throughput, stock CoreNLP, model load: %s (%.1f s)%n", String.join(", ", loads), total);
        return pipeline;
    }

    private static Properties settings(int threads) {
        Properties p = CoreNlpAnnotator.properties();
        p.setProperty("threads", Integer.toString(threads));
        return p;
    }

    /** CoreNLP's timing lines ("NERCombinerAnnotator: 12.3 sec.") as ms per 1,000 tokens and share of the total. */
    static String shares(String timing, long tokens) {
        List<String[]> rows = new ArrayList<>();
        double total = 0;
        for (String line : timing.split("\n")) {
            String[] parts = line.strip().split(":\\s*");
            if (parts.length == 2 && parts[1].endsWith(" sec.") && !parts[0].startsWith("TOTAL")) {
                rows.add(parts);
                total += Double.parseDouble(parts[1].replace(" sec.", ""));
            }
        }
        List<String> cells = new ArrayList<>();
        for (String[] r : rows) {
            double s = Double.parseDouble(r[1].replace(" sec.", ""));
            cells.add(String.format("%s %.0f ms/1k tokens (%.0f %%)", r[0].replace("Annotator", ""), 1000 * s * 1000 / tokens,
                    total == 0 ? 0 : 100 * s / total));
        }
        return String.join(", ", cells);
    }
}
