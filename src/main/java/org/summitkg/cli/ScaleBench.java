package org.summitkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.summitkg.SummitKgException;
import org.summitkg.bench.SelectiveQueries;
import org.summitkg.bench.SyntheticCorpus;
import org.summitkg.internal.Folders;
import org.summitkg.rdf.TdbStore;

/**
 * {@code bench --scale DIR}: stores of growing size (the seed corpus first, then DIR's articles;
 * topped up with articles recombined from DIR's paragraphs where DIR has too few), each built from
 * a warm annotation cache into a fresh store, with the live heap (after a full collection) every
 * 250 articles and the peak heap of each build; then every competency query, whole-graph and
 * selective, timed over HTTP on each store side by side, and concurrent clients on the largest.
 */
final class ScaleBench {
    private static final int HEAP_EVERY = 250;
    private static final long MB = 1024 * 1024;

    private final Path seeds;
    private final Path scale;
    private final Path work;
    private final Path cache;
    private final PrintWriter out;
    private final QueryBench queries;

    ScaleBench(Path seeds, Path scale, Path work, Path cache, PrintWriter out, QueryBench queries) {
        this.seeds = seeds;
        this.scale = scale;
        this.work = work;
        this.cache = cache;
        this.out = out;
        this.queries = queries;
    }

    void run(List<Integer> sizes) throws IOException {
        List<Path> seedFiles = texts(seeds, 1);
        if (seedFiles.isEmpty()) {
            throw new SummitKgException(seeds + ": the corpus has no .txt article to bind the selective queries to");
        }
        List<Path> articles = new ArrayList<>(seedFiles);
        articles.addAll(texts(scale, Integer.MAX_VALUE));
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Path> folders = new ArrayList<>();
        Path all = folder(articles, seedFiles.size(), largest);
        // annotates what the cache lacks and warms the JIT, so every timed build below reads the same cache
        try (TdbStore store = TdbStore.open(work.resolve("scale-db-warm-up"))) {
            BuildReport warm = BuildPipeline.withCache(cache).build(all, store);
            out.printf("scale: %d articles ready (%d annotated now, %d from cache) in %.1f s%n", warm.built(), warm.annotated(),
                    warm.cached(), warm.seconds());
        }
        for (int n : sizes) {
            folders.add(n == largest ? all : folder(articles, seedFiles.size(), n));
        }
        Map<String, Path> stores = new LinkedHashMap<>();
        for (int i = 0; i < sizes.size(); i++) {
            int n = sizes.get(i);
            Path db = work.resolve("scale-db-" + n);
            build(folders.get(i), db, n);
            stores.put(n + " articles", db);
        }
        List<SelectiveQueries.Bound> selective;
        try (TdbStore store = TdbStore.open(stores.get(largest + " articles"))) {
            selective = SelectiveQueries.pick(store.dataset(), seedFiles.get(0).getFileName().toString());
        }
        queries.sideBySide(stores, selective);
    }

    private void build(Path folder, Path db, int n) {
        List<String> marks = new ArrayList<>();
        System.gc();
        resetPeakHeap();
        try (TdbStore store = TdbStore.open(db)) {
            BuildReport report = BuildPipeline.withCache(cache).onProgress((done, total, what) -> {
                if (done > 0 && (done % HEAP_EVERY == 0 || done == total)) {
                    marks.add(String.format("%d: %,d MB", done, liveHeapMb()));
                }
            }).build(folder, store);
            out.printf("scale %d: built %d in %.1f s (%.1f articles/s), %d SHACL violations; peak heap %,d MB; live heap after %s%n", n,
                    report.built(), report.seconds(), report.built() / report.seconds(), report.violations().size(), peakHeapMb(),
                    String.join(", ", marks));
        }
        out.flush();
    }

    /** A folder of links to the first {@code n} articles, topped up past the end with ones recombined from all but the seeds. */
    private Path folder(List<Path> articles, int seedCount, int n) throws IOException {
        Path folder = work.resolve("scale-corpus-" + n);
        Folders.delete(folder);
        Files.createDirectories(folder);
        for (Path a : articles.subList(0, Math.min(n, articles.size()))) {
            Files.createSymbolicLink(folder.resolve(a.getFileName()), a.toAbsolutePath());
        }
        Path tsv = seeds.resolve("articles.tsv");
        if (Files.isRegularFile(tsv)) {
            Files.copy(tsv, folder.resolve("articles.tsv"));
        }
        if (n > articles.size()) {
            Path extra = new SyntheticCorpus(articles.subList(seedCount, articles.size()), 42).write(work.resolve("scale-extra"),
                    n - articles.size());
            try (Stream<Path> files = Files.list(extra)) {
                for (Path f : files.toList()) {
                    Files.createSymbolicLink(folder.resolve(f.getFileName()), f.toAbsolutePath());
                }
            }
        }
        return folder;
    }

    private static List<Path> texts(Path dir, int depth) throws IOException {
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().compareTo(b.getFileName())).toList();
        }
    }

    private static long liveHeapMb() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / MB;
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / MB;
    }
}
