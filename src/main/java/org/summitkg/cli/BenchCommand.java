package org.summitkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.summitkg.SummitKgException;
import org.summitkg.bench.CompetencyQueries;
import org.summitkg.bench.Latencies;
import org.summitkg.bench.SyntheticCorpus;
import org.summitkg.internal.Folders;
import org.summitkg.rdf.BundledQuery;
import org.summitkg.rdf.TdbStore;
import org.summitkg.serve.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code summit-kg bench}: measures a cold build (empty cache and store), a rebuild with nothing
 * changed, summit-kg's own share of the build beyond CoreNLP, serve start-up, the latency of each
 * competency query over HTTP, peak heap, and optionally builds of synthetic corpora.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks summit-kg on a corpus: cold build, rebuild with nothing changed, overhead beyond "
                + "CoreNLP, serve start, query latency p50/p99 over HTTP, peak heap.",
            "With --spark N, compares build and spark-build (local[1], local[2]) on N synthetic articles instead.",
            "With --synthetic N, also builds N articles made by recombining the corpus paragraphs and reports "
                + "time per article as the build goes."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Corpus (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Scratch folder for stores and caches; emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--rounds", defaultValue = "20", description = "Times each query is run (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--synthetic", paramLabel = "N", split = ",",
            description = "Sizes of synthetic corpora to build, e.g. 100,1000 (default: none).")
    List<Integer> synthetic = new ArrayList<>();

    @Option(names = "--spark", paramLabel = "N",
            description = "Only the Spark comparison: N synthetic articles built by build, spark-build local[1] and local[2] "
                    + "(each from a cold cache), and the bulk-load rate of load.")
    Integer spark;

    @Option(names = "--skip-cold", description = "Reuse the annotation cache in --work instead of starting cold.")
    boolean skipCold;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!skipCold) {
            Folders.delete(work);
        }
        if (spark != null) {
            new SparkBench(corpus, work, out).run(spark);
            return 0;
        }
        Path cache = work.resolve("cache");
        try (TdbStore store = TdbStore.open(work.resolve("db"))) {
            BuildPipeline pipeline = BuildPipeline.withCache(cache);
            BuildReport cold = pipeline.build(corpus, store);
            double annotation = pipeline.annotator().annotationNanos() / 1e9;
            BuildReport rebuild = BuildPipeline.withCache(cache).build(corpus, store);
            out.printf("cold build:   %d articles in %.1f s (%d annotated; CoreNLP %.1f s of CPU on %d threads, models included)%n",
                    cold.built(), cold.seconds(), cold.annotated(), annotation, Runtime.getRuntime().availableProcessors());
            out.printf("rebuild:      %.2f s (%d annotated, %d from cache)%n", rebuild.seconds(), rebuild.annotated(), rebuild.cached());
            out.printf("overhead:     %.1f %% of the cold build is summit-kg's own work (the rebuild's share)%n",
                    100 * rebuild.seconds() / cold.seconds());
            queries(store, out);
        }
        for (int n : synthetic) {
            scaling(n, cache, out);
        }
        out.printf("peak heap:    %d MB%n", peakHeapMb());
        out.flush();
        return 0;
    }

    private void queries(TdbStore store, PrintWriter out) throws Exception {
        long start = System.nanoTime();
        SparqlServer server = SparqlServer.create(store.dataset()).port(0).start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            send(http, server, "ASK { ?s ?p ?o }");
            out.printf("serve start:  %.2f s to the first answer%n", (System.nanoTime() - start) / 1e9);
            for (String name : CompetencyQueries.NAMES) {
                String query = BundledQuery.text(name);
                Latencies times = new Latencies();
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    send(http, server, query);
                    times.record(System.nanoTime() - t0);
                }
                out.printf("query %-28s p50 %7.1f ms  p99 %7.1f ms%n", name, times.percentileMs(50), times.percentileMs(99));
            }
        } finally {
            server.stop();
        }
    }

    private static void send(HttpClient http, SparqlServer server, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new SummitKgException("bench query answered HTTP " + r.statusCode() + ": " + r.body().lines().findFirst().orElse(""));
        }
    }

    private void scaling(int n, Path cache, PrintWriter out) throws IOException {
        Path folder = new SyntheticCorpus(corpus, 42).write(work.resolve("synthetic-" + n), n);
        try (TdbStore store = TdbStore.open(work.resolve("db-" + n))) {
            List<String> marks = new ArrayList<>();
            long start = System.nanoTime();
            BuildPipeline pipeline = BuildPipeline.withCache(cache).onProgress((done, total, what) -> {
                if (done > 0 && (done % Math.max(1, total / 4) == 0 || done == total)) {
                    marks.add(String.format("%d: %.2f s/article, heap %d MB", done,
                            (System.nanoTime() - start) / 1e9 / done, usedHeapMb()));
                }
            });
            BuildReport report = pipeline.build(folder, store);
            out.printf("synthetic %d: %d built in %.1f s (%.2f s/article); %s%n", n, report.built(), report.seconds(),
                    report.seconds() / Math.max(1, report.built()), String.join("; ", marks));
        }
    }

    private static long usedHeapMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
