package org.summitkg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitkg.SummitKgException;
import org.summitkg.build.ArticlePipeline;
import org.summitkg.corpus.Article;
import org.summitkg.corpus.Corpus;
import org.summitkg.corpus.CorpusSource;
import org.summitkg.corpus.Skipped;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.ArticleGraph;
import org.summitkg.link.EntityLinker;
import org.summitkg.link.WikidataClient;
import org.summitkg.nlp.CachingAnnotator;
import org.summitkg.nlp.CoreNlpAnnotator;
import org.summitkg.rdf.GraphMetadata;
import org.summitkg.rdf.RdfMapper;
import org.summitkg.rdf.SharedEvents;
import org.summitkg.rdf.SourceState;
import org.summitkg.rdf.ShapeValidator;
import org.summitkg.rdf.TdbStore;

/**
 * Wires the stages: corpus → nlp (cached) → extract → rdf → store, then validates the store.
 * Each article's named graph is replaced on its own; a failing article is skipped with its
 * reason and the others go through.
 *
 * <pre>{@code
 * BuildReport report = BuildPipeline.withCache(Path.of("data/cache")).build(Path.of("corpus"), store);
 * }</pre>
 */
final class BuildPipeline {
    private static final Logger log = LoggerFactory.getLogger("summitkg.build");

    private final ArticlePipeline stages;
    private Listener progress = (done, total, what) -> { };
    private int threads = CoreNlpAnnotator.threads();

    BuildPipeline(CachingAnnotator annotator, ArticleExtractor extractor, EntityLinker linker) {
        this(new ArticlePipeline(annotator, extractor, linker));
    }

    private BuildPipeline(ArticlePipeline stages) {
        this.stages = stages;
    }

    static BuildPipeline withCache(Path cacheFolder) {
        return withCache(cacheFolder, null);
    }

    /** A pipeline whose linker asks Wikidata's API at {@code onlineApi} for names the gazetteer lacks (null: offline). */
    static BuildPipeline withCache(Path cacheFolder, WikidataClient online) {
        return new BuildPipeline(ArticlePipeline.withCache(cacheFolder, online));
    }

    BuildPipeline onProgress(Listener listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Reads the corpus at {@code location} and builds into {@code store} the articles whose
     * graphs are missing or out of date (text, metadata or pipeline changed); with {@code prune},
     * drops the graphs of articles no longer in the corpus. Validates what it wrote.
     */
    BuildReport build(Path location, TdbStore store, boolean prune) {
        long start = System.nanoTime();
        Corpus corpus = CorpusSource.of(location).read();
        corpus.skipped().forEach(s -> log.debug("Skipping {}", s.reason()));
        String version = pipelineVersion();
        List<Article> changed = corpus.articles().stream()
                .filter(a -> !store.sourceState(a.id()).equals(Optional.of(SourceState.of(a, version)))).toList();
        log.info("Building {} of {} articles from {} into {} ({} unchanged)", changed.size(), corpus.articles().size(),
                location, store.folder(), corpus.articles().size() - changed.size());
        if (!changed.isEmpty()) {
            stages.prepare(); // the gazetteer loads while the first articles are annotated
        }
        int hits = annotator().hits();
        int misses = annotator().misses();
        Set<String> removed = prune ? store.removeArticleGraphs(gone(corpus, store)) : Set.of();
        if (!changed.isEmpty() || !removed.isEmpty() || !store.hasOntology()) {
            store.loadOntology();
        }
        List<Skipped> skipped = new ArrayList<>(corpus.skipped());
        List<String> violations = new ArrayList<>();
        int built = buildAll(changed, store, skipped, violations, version);
        if (built > 0 || !removed.isEmpty() || !store.hasEventsGraph()) {
            SharedEvents.refresh(store); // the one cross-article step, only when an article graph changed
        }
        violations.stream().limit(20).forEach(v -> log.warn("SHACL: {}", v));
        return new BuildReport(built, corpus.articles().size() - changed.size(), removed.size(), skipped,
                annotator().misses() - misses, annotator().hits() - hits, violations, (System.nanoTime() - start) / 1e9);
    }

    /** Reads the corpus at {@code location} and builds what changed into {@code store}, keeping graphs of articles no longer there. */
    BuildReport build(Path location, TdbStore store) {
        return build(location, store, false);
    }

    /** The articles the store has graphs of that the corpus no longer has (an unreadable file still counts as there). */
    private static Set<String> gone(Corpus corpus, TdbStore store) {
        Set<String> here = new HashSet<>();
        corpus.articles().forEach(a -> here.add(a.id()));
        corpus.skipped().forEach(s -> here.add(stem(s.what())));
        Set<String> out = new TreeSet<>(store.articleIds());
        out.removeAll(here);
        return out;
    }

    private static String stem(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private int buildAll(List<Article> articles, TdbStore store, List<Skipped> skipped, List<String> violations, String version) {
        RdfMapper mapper = new RdfMapper(new GraphMetadata(Instant.now(), version));
        ShapeValidator validator = articles.isEmpty() ? null : new ShapeValidator();
        int[] built = {0};
        List<Skipped> failed = new ArrayList<>();
        List<String> found = new ArrayList<>();
        longestFirst(articles, a -> mapped(a, mapper, validator),
                (article, pending) -> built[0] += store(article, pending, store, failed, found) ? 1 : 0);
        failed.sort(Comparator.comparing(Skipped::what)); // in corpus order, whatever order they finished in
        skipped.addAll(failed);
        violations.addAll(found.stream().sorted().toList());
        return built[0];
    }

    /**
     * Annotates (with the cache) and extracts every article without storing anything, in parallel;
     * an article that fails is skipped with its reason. Used to score the extractors on gold.
     */
    List<ArticleGraph> extract(List<Article> articles, List<Skipped> skipped) {
        Map<Article, ArticleGraph> graphs = new IdentityHashMap<>();
        List<Skipped> failed = new ArrayList<>();
        longestFirst(articles, stages::extract, (article, pending) -> {
            try {
                graphs.put(article, pending.get());
            } catch (ExecutionException e) {
                skip(article, "extraction", e.getCause() == null ? e : e.getCause(), failed);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SummitKgException("extraction interrupted at " + article.file(), e);
            }
        });
        failed.sort(Comparator.comparing(Skipped::what));
        skipped.addAll(failed);
        return articles.stream().filter(graphs::containsKey).map(graphs::get).toList(); // in corpus order
    }

    /**
     * Runs {@code work} on the worker threads, the longest articles first (so that no long one is
     * left for the end with one core idle), and hands each result on as soon as it is done, so
     * that nothing finished waits in memory for an article before it.
     */
    private <T> void longestFirst(List<Article> articles, Function<Article, T> work,
                                  BiConsumer<Article, Future<T>> each) {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            CompletionService<T> done = new ExecutorCompletionService<>(workers);
            Map<Future<T>, Article> articleOf = new HashMap<>();
            articles.stream().sorted(Comparator.comparingInt((Article a) -> a.text().length()).reversed())
                    .forEach(a -> articleOf.put(done.submit(() -> work.apply(a)), a));
            for (int i = 0; i < articles.size(); i++) {
                Future<T> next = done.take();
                Article article = articleOf.remove(next);
                progress.step(i, articles.size(), "done with " + article.file());
                each.accept(article, next);
            }
            progress.step(articles.size(), articles.size(), "done");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SummitKgException("build interrupted", e);
        } finally {
            workers.shutdownNow();
        }
    }

    /** One article's graph, ready to store: its model, what SHACL says of it, and what it holds (for the log). */
    private record Mapped(org.apache.jena.rdf.model.Model model, List<String> violations, String counts) {
    }

    /** A stage of one article failed; the build skips the article with the stage's name. */
    private static final class StageFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String stage;

        StageFailure(String stage, Throwable cause) {
            super(cause);
            this.stage = stage;
        }
    }

    /**
     * The work of a worker: annotate, extract, link, map and validate one article, so that both
     * cores are busy with all of it and the main thread only writes to the store.
     */
    private Mapped mapped(Article article, RdfMapper mapper, ShapeValidator validator) {
        ArticleGraph graph;
        try {
            graph = stages.extract(article);
        } catch (RuntimeException | StackOverflowError e) {
            throw new StageFailure("extraction", e);
        }
        try {
            org.apache.jena.rdf.model.Model model = stages.map(graph, mapper);
            return new Mapped(model, validator.violations(model), graph.entities().size() + " entities, "
                    + graph.statements().size() + " statements, " + graph.events().size() + " events");
        } catch (RuntimeException e) {
            throw new StageFailure("linking and mapping", e);
        }
    }

    /**
     * Waits for one article's graph and stores it. The one failure policy of a build: an article
     * whose annotation, extraction, linking or mapping fails is skipped with its reason and the
     * others go on; a failure of the store itself ends the build.
     */
    private boolean store(Article article, Future<Mapped> pending, TdbStore store, List<Skipped> skipped, List<String> violations) {
        Mapped mapped;
        try {
            mapped = pending.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause instanceof StageFailure f ? skip(article, f.stage, f.getCause(), skipped) : skip(article, "extraction", cause, skipped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SummitKgException("build interrupted at " + article.file(), e);
        }
        store.replaceArticleGraph(article.id(), mapped.model());
        mapped.violations().forEach(v -> violations.add(article.file() + ": " + v));
        log.debug("{}: {}", article.id(), mapped.counts());
        return true;
    }

    private static boolean skip(Article article, String stage, Throwable e, List<Skipped> skipped) {
        String reason = SummitKgException.reason(stage, e);
        log.debug("Skipping {}: {}", article.file(), reason); // the command lists the skipped articles after the progress bar
        log.debug("Skipped {}", article.file(), e);
        skipped.add(new Skipped(article.file(), article.file() + ": " + reason));
        return false;
    }

    /** How many articles are annotated at once (default: one per core). */
    BuildPipeline threads(int count) {
        this.threads = Math.max(1, count);
        return this;
    }

    CachingAnnotator annotator() {
        return stages.annotator();
    }

    /** Told of each step of a build. */
    interface Listener {
        void step(int done, int total, String what);
    }

    /** What made the graphs (see {@link ArticlePipeline#version()}): a graph of another version is rebuilt. */
    String pipelineVersion() {
        return stages.version();
    }
}
