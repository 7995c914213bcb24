package org.summitkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.summitkg.bench.SyntheticCorpus;
import org.summitkg.corpus.CorpusSource;
import org.summitkg.rdf.BulkLoader;
import org.summitkg.rdf.SummitIris;
import org.summitkg.rdf.TdbStore;
import org.summitkg.spark.BuildOutput;
import org.summitkg.spark.SparkBuild;
import org.summitkg.spark.SparkReport;

/**
 * {@code bench --spark N}: one synthetic corpus of N articles built side by side in one process,
 * each from a cold annotation cache — {@code build}, {@code spark-build} with {@code local[1]} and
 * {@code local[2]}, and {@code build} again (the first run in a JVM is slower than later ones, so
 * build is timed first and last) — and the local[2] output bulk-loaded into a fresh store. CoreNLP's models
 * are loaded and the JIT warmed on other articles before the first timing, so no run pays for them.
 */
final class SparkBench {
    private static final int WARM_UP_ARTICLES = 24;
    private final Path corpus;
    private final Path work;
    private final PrintWriter out;

    SparkBench(Path corpus, Path work, PrintWriter out) {
        this.corpus = corpus;
        this.work = work;
        this.out = out;
    }

    void run(int n) throws IOException {
        Path folder = new SyntheticCorpus(corpus, 7).write(work.resolve("spark-corpus-" + n), n);
        warmUp();
        double first = build(folder, n, "first in the JVM");
        double one = spark(folder, "local[1]", n);
        double two = spark(folder, "local[2]", n);
        double last = build(folder, n, "again, last");
        out.printf("spark bench %d: local[2] / local[1] speed-up %.2fx; local[2] / build %.2fx (build first) and %.2fx (build last)%n",
                n, one / two, first / two, last / two);
        try (TdbStore store = TdbStore.open(work.resolve("spark-load-db"))) {
            BuildOutput output = new BuildOutput(work.resolve("spark-out-local[2]"));
            List<String> graphs = new java.util.ArrayList<>(output.manifest().stream().filter(r -> r.built())
                    .map(r -> SummitIris.graph(r.id())).toList());
            BulkLoader.Result loaded = new BulkLoader(store).load(output.nquadsFiles(), graphs);
            out.printf("spark bench %d: load %,d quads in %.1f s, %,.0f quads/s%n", n, loaded.quads(), loaded.seconds(),
                    loaded.quadsPerSecond());
        }
        out.flush();
    }

    /** Seconds of one build of the folder into a fresh store from a cold cache. */
    private double build(Path folder, int n, String when) {
        String name = when.replaceAll("\\W+", "-");
        try (TdbStore store = TdbStore.open(work.resolve("spark-build-db-" + name))) {
            BuildReport report = BuildPipeline.withCache(work.resolve("spark-cache-build-" + name)).build(folder, store);
            out.printf("spark bench %d: build (%d threads, %s) %6.1f s  %.2f articles/s%n", n, org.summitkg.nlp.CoreNlpAnnotator.threads(),
                    when, report.seconds(), report.built() / report.seconds());
            return report.seconds();
        }
    }

    /** Seconds of one Spark build of the folder from a cold cache (session start included). */
    private double spark(Path folder, String master, int n) {
        long start = System.nanoTime();
        SparkSession session = SparkBuildCommand.session(master);
        try {
            SparkReport report = new SparkBuild(session, new SparkBuild.Options(folder.toString(), "", work.resolve("spark-out-" + master)
                    .toString(), work.resolve("spark-cache-" + master).toString(), "", 0, org.summitkg.corpus.CorpusSource.DEFAULT_MAX_BYTES)).run();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("spark bench %d: spark-build %-9s %6.1f s  %.2f articles/s (%d built, %,d quads; job %.1f s)%n", n, master,
                    seconds, report.built() / seconds, report.built(), report.quads(), report.seconds());
            return seconds;
        } finally {
            session.stop();
        }
    }

    /**
     * Loads CoreNLP's models and warms the JIT on other synthetic articles, on every core, outside
     * every timed run: without it the first run measured pays some 20 s of warming that the others do not.
     */
    private void warmUp() throws IOException {
        Path folder = new SyntheticCorpus(corpus, 99).write(work.resolve("spark-warm-up"), WARM_UP_ARTICLES);
        BuildPipeline.withCache(work.resolve("spark-cache-warm-up")).extract(CorpusSource.of(folder).read().articles(),
                new java.util.ArrayList<>());
    }
}
