package org.summitkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.summitkg.SummitKgException;
import org.summitkg.bench.CompetencyQueries;
import org.summitkg.bench.GcLog;
import org.summitkg.bench.SparqlClient;
import org.summitkg.internal.Folders;
import org.summitkg.rdf.BundledQuery;
import org.summitkg.rdf.TdbStore;
import org.summitkg.serve.SparqlServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code summit-kg bench}: the seed corpus built cold and again unchanged, each in a fresh JVM as a
 * user runs it, then serve start-up and every competency query over HTTP, one client and 32; with
 * {@code --throughput DIR}, stock CoreNLP on one thread beside summit-kg on every core; with
 * {@code --scale DIR}, stores of growing size with their heap and query latencies side by side.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks summit-kg: cold build and unchanged rebuild of the corpus (each a fresh JVM, as `build` runs), "
                + "serve start, query latency p50/p99 over HTTP, 32 concurrent clients, peak heap.",
            "With --throughput DIR, also stock CoreNLP in one thread beside summit-kg's build on every core (tokens/s, model load "
                + "and cost per annotator).",
            "With --scale DIR, also stores of --sizes articles (the corpus, then DIR's .txt files at any depth): build time, heap "
                + "every 250 articles, and every query, whole-graph and selective, on each store side by side.",
            "With --spark N, only compares build and spark-build (local[1], local[2]) on N synthetic articles."})
final class BenchCommand implements Callable<Integer> {
    private static final int REBUILDS = 3;
    private static final String MARKER = ".summit-kg-bench";

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Corpus (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Scratch folder for stores and caches; emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", description = "Times each query is run (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--throughput", paramLabel = "DIR", description = "Articles to annotate with stock CoreNLP and with build.")
    Path throughput;

    @Option(names = "--scale", paramLabel = "DIR", description = "Articles (any depth) that fill the stores of --sizes.")
    Path scale;

    @Option(names = "--sizes", paramLabel = "N", split = ",", defaultValue = "5,100,1000",
            description = "Store sizes for --scale (default: ${DEFAULT-VALUE}); past DIR's end, articles are recombined from its paragraphs.")
    List<Integer> sizes;

    @Option(names = "--scale-cache", paramLabel = "DIR",
            description = "Annotation cache for --scale (default: a folder in --work; give data/cache to reuse annotations).")
    Path scaleCache;

    @Option(names = "--spark", paramLabel = "N",
            description = "Only the Spark comparison: N synthetic articles built by build, spark-build local[1] and local[2] "
                    + "(each from a cold cache), and the bulk-load rate of load.")
    Integer spark;

    @Option(names = "--skip-cold", description = "Reuse the annotation cache in --work instead of starting cold.")
    boolean skipCold;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        validate();
        if (!skipCold) {
            Folders.delete(work);
        }
        Files.createDirectories(work);
        Files.writeString(work.resolve(MARKER), "a scratch folder of summit-kg bench; emptied by the next bench\n");
        if (spark != null) {
            new SparkBench(corpus, work, out).run(spark);
            return 0;
        }
        QueryBench queries = new QueryBench(rounds, out);
        seeds(out, queries);
        if (throughput != null) {
            new ThroughputBench(work, out).run(throughput);
        }
        if (scale != null) {
            new ScaleBench(corpus, scale, work, scaleCache == null ? work.resolve("scale-cache") : scaleCache, out, queries)
                    .run(sizes.stream().sorted().distinct().toList());
        }
        out.flush();
        return 0;
    }

    private void validate() {
        for (Path dir : new Path[] {corpus, throughput, scale}) {
            if (dir != null && !Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), dir + ": not a folder of articles");
            }
        }
        if (rounds < 1 || sizes.stream().anyMatch(n -> n < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds and --sizes must be at least 1, were " + rounds
                    + " and " + sizes);
        }
        if (Files.isDirectory(work) && !Files.exists(work.resolve(MARKER)) && !Folders.isEmpty(work)) {
            throw new CommandLine.ParameterException(spec.commandLine(), work + ": --work must be a new or empty folder or one bench "
                    + "made (it is emptied first), and this one holds other files");
        }
    }

    /** Cold build and unchanged rebuild of the corpus, each in a JVM of its own, then its queries. */
    private void seeds(PrintWriter out, QueryBench queries) throws Exception {
        Path db = work.resolve("db");
        Path cache = work.resolve("cache");
        double cold = childBuild(db, cache, "cold");
        GcLog.Heap heap = GcLog.read(work.resolve("gc-cold.log"));
        out.printf("cold build:   %.1f s wall, JVM start and CoreNLP's models included (%s); heap peak %,d MB, live at most %,d MB%n",
                cold, corpus, heap.peakMb(), heap.liveMb());
        double[] again = new double[REBUILDS];
        for (int i = 0; i < REBUILDS; i++) {
            again[i] = childBuild(db, cache, "rebuild");
        }
        java.util.Arrays.sort(again);
        out.printf("rebuild:      %.2f s wall with JVM start, nothing changed (median of %d; %.2f–%.2f s)%n", again[REBUILDS / 2],
                REBUILDS, again[0], again[REBUILDS - 1]);
        out.flush();
        try (TdbStore store = TdbStore.open(db)) {
            long start = System.nanoTime();
            SparqlServer server = SparqlServer.create(store.dataset()).port(0).ui(false).start();
            new SparqlClient(server.sparqlEndpoint()).select("ASK { ?s ?p ?o }");
            out.printf("serve start:  %.2f s to the first answer (in process)%n", (System.nanoTime() - start) / 1e9);
            server.stop();
            queries.each(store);
            queries.concurrent(store, CompetencyQueries.NAMES.stream().map(BundledQuery::text).toList(), "the corpus, every competency query");
        }
    }

    /** Seconds of {@code summit-kg build} in a fresh JVM with this one's settings; its output goes to a log in --work. */
    private double childBuild(Path db, Path cache, String name) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-Xlog:gc:file=" + work.resolve("gc-" + name + ".log"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SummitKg.class.getName(), "build", "--corpus",
                corpus.toString(), "--db", db.toString(), "--cache", cache.toString()));
        Path log = work.resolve("build-" + name + ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new SummitKgException("bench: the " + name + " build exited with " + code + "; see " + log);
        }
        return seconds;
    }
}
