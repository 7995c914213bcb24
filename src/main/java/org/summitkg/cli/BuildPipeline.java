package org.summitkg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitkg.SummitKgException;
import org.summitkg.corpus.Article;
import org.summitkg.corpus.Corpus;
import org.summitkg.corpus.CorpusSource;
import org.summitkg.corpus.Skipped;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.ArticleGraph;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.link.EntityLinker;
import org.summitkg.link.Gazetteer;
import org.summitkg.link.WikidataClient;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.CachingAnnotator;
import org.summitkg.nlp.CoreNlpAnnotator;
import org.summitkg.rdf.GraphMetadata;
import org.summitkg.rdf.RdfMapper;
import org.summitkg.rdf.ShapeValidator;
import org.summitkg.rdf.TdbStore;
import org.summitkg.rdf.TopicSchemeReader;

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

    private final CachingAnnotator annotator;
    /** Ready once the gazetteer is read, which runs while the corpus and the store are opened. */
    private final CompletableFuture<ArticleExtractor> extractor;
    private final CompletableFuture<EntityLinker> linker;
    private Listener progress = (done, total, what) -> { };
    private int threads = CoreNlpAnnotator.threads();

    BuildPipeline(CachingAnnotator annotator, ArticleExtractor extractor, EntityLinker linker) {
        this(annotator, CompletableFuture.completedFuture(extractor), CompletableFuture.completedFuture(linker));
    }

    private BuildPipeline(CachingAnnotator annotator, CompletableFuture<ArticleExtractor> extractor,
            CompletableFuture<EntityLinker> linker) {
        this.annotator = annotator;
        this.extractor = extractor;
        this.linker = linker;
    }

    static BuildPipeline withCache(Path cacheFolder) {
        return withCache(cacheFolder, null);
    }

    /** A pipeline whose linker asks Wikidata's API at {@code onlineApi} for names the gazetteer lacks (null: offline). */
    static BuildPipeline withCache(Path cacheFolder, WikidataClient online) {
        CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(Gazetteer::shipped);
        return new BuildPipeline(new CachingAnnotator(CoreNlpAnnotator.sharedForParallelUse(), cacheFolder.resolve("annotations")),
                gazetteer.thenApply(g -> new ArticleExtractor(Lexicons.shipped(), TopicSchemeReader.shipped(), g.knownNames())),
                gazetteer.thenApply(g -> online == null ? new EntityLinker(g) : new EntityLinker(g, online)));
    }

    BuildPipeline onProgress(Listener listener) {
        this.progress = listener;
        return this;
    }

    /** Reads the corpus at {@code location} and builds it into {@code store}. */
    BuildReport build(Path location, TdbStore store) {
        long start = System.nanoTime();
        Corpus corpus = CorpusSource.of(location).read();
        corpus.skipped().forEach(s -> log.debug("Skipping {}", s.reason()));
        log.info("Building {} articles from {} into {}", corpus.articles().size(), location, store.folder());
        int hits = annotator.hits();
        int misses = annotator.misses();
        store.loadOntology();
        List<Skipped> skipped = new ArrayList<>(corpus.skipped());
        int built = buildAll(corpus.articles(), store, skipped);
        List<String> violations = new ShapeValidator().violations(store.unionCopy());
        violations.stream().limit(20).forEach(v -> log.warn("SHACL: {}", v));
        return new BuildReport(built, skipped, annotator.misses() - misses, annotator.hits() - hits, violations,
                (System.nanoTime() - start) / 1e9);
    }

    private int buildAll(List<Article> articles, TdbStore store, List<Skipped> skipped) {
        RdfMapper mapper = new RdfMapper(new GraphMetadata(Instant.now(), pipelineVersion()));
        int[] built = {0};
        extractEach(articles, (article, graph) -> built[0] += store(article, graph, mapper, store, skipped) ? 1 : 0);
        return built[0];
    }

    /**
     * Annotates (with the cache) and extracts every article without storing anything, in parallel;
     * an article that fails is skipped with its reason. Used to score the extractors on gold.
     */
    List<ArticleGraph> extract(List<Article> articles, List<Skipped> skipped) {
        List<ArticleGraph> graphs = new ArrayList<>();
        extractEach(articles, (article, pending) -> {
            try {
                graphs.add(pending.get());
            } catch (ExecutionException e) {
                skip(article, "extraction", e.getCause() == null ? e : e.getCause(), skipped);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SummitKgException("extraction interrupted at " + article.file(), e);
            }
        });
        return graphs;
    }

    /** Extracts the articles on the worker threads and hands each one's pending graph on, in corpus order. */
    private void extractEach(List<Article> articles, BiConsumer<Article, Future<ArticleGraph>> each) {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ArticleGraph>> pending = new ArrayList<>();
            articles.forEach(a -> pending.add(workers.submit(() -> {
                AnnotatedArticle annotated = new AnnotatedArticle(a, annotator.annotate(a)); // while the gazetteer loads
                return ready(extractor).extract(annotated);
            })));
            for (int i = 0; i < articles.size(); i++) {
                progress.step(i, articles.size(), "annotating " + articles.get(i).file());
                each.accept(articles.get(i), pending.get(i));
            }
            progress.step(articles.size(), articles.size(), "done");
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * Waits for one article's graph, links and maps it, and stores it. The one failure policy of a
     * build: an article whose annotation, extraction, linking or mapping fails is skipped with its
     * reason and the others go on; a failure of the store itself ends the build.
     */
    private boolean store(Article article, Future<ArticleGraph> pending, RdfMapper mapper, TdbStore store,
                          List<Skipped> skipped) {
        EntityLinker articleLinker = ready(linker);
        ArticleGraph graph;
        org.apache.jena.rdf.model.Model model;
        try {
            graph = pending.get();
        } catch (ExecutionException e) {
            return skip(article, "extraction", e.getCause() == null ? e : e.getCause(), skipped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SummitKgException("build interrupted at " + article.file(), e);
        }
        try {
            model = mapper.map(graph, articleLinker.link(graph));
        } catch (RuntimeException e) {
            return skip(article, "linking and mapping", e, skipped);
        }
        store.replaceArticleGraph(article.id(), model);
        log.debug("{}: {} entities, {} statements, {} events", article.id(), graph.entities().size(),
                graph.statements().size(), graph.events().size());
        return true;
    }

    private static boolean skip(Article article, String stage, Throwable e, List<Skipped> skipped) {
        String reason = e instanceof SummitKgException ? e.getMessage()
                : stage + " failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
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
        return annotator;
    }

    /** Told of each step of a build. */
    interface Listener {
        void step(int done, int total, String what);
    }

    String pipelineVersion() {
        return "summit-kg " + Version.NUMBER + "; " + annotator.settings();
    }

    /** The stage once it is ready; a failure to make it (an unreadable gazetteer) is rethrown as it was. */
    private static <T> T ready(CompletableFuture<T> stage) {
        try {
            return stage.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
