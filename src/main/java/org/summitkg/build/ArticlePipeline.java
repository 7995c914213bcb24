package org.summitkg.build;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.rdf.model.Model;
import org.summitkg.corpus.Article;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.ArticleGraph;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.link.EntityLinker;
import org.summitkg.link.Gazetteer;
import org.summitkg.link.WikidataClient;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.CachingAnnotator;
import org.summitkg.nlp.CoreNlpAnnotator;
import org.summitkg.rdf.RdfMapper;
import org.summitkg.rdf.TopicSchemeReader;

/**
 * One article through the stages: annotated (with the cache), extracted, linked and mapped to the
 * model of its named graph. Thread-safe: a build or an executor shares one.
 *
 * <pre>{@code
 * ArticlePipeline p = ArticlePipeline.withCache(Path.of("data/cache"), null);
 * Model graph = p.map(p.extract(article), new RdfMapper(new GraphMetadata(Instant.now(), p.version())));
 * }</pre>
 */
public final class ArticlePipeline {
    private final CachingAnnotator annotator;
    /** Ready once the gazetteer is read, which runs while the corpus and the store are opened. */
    private final CompletableFuture<ArticleExtractor> extractor;
    private final CompletableFuture<EntityLinker> linker;

    public ArticlePipeline(CachingAnnotator annotator, ArticleExtractor extractor, EntityLinker linker) {
        this(annotator, CompletableFuture.completedFuture(extractor), CompletableFuture.completedFuture(linker));
    }

    private ArticlePipeline(CachingAnnotator annotator, CompletableFuture<ArticleExtractor> extractor,
            CompletableFuture<EntityLinker> linker) {
        this.annotator = annotator;
        this.extractor = extractor;
        this.linker = linker;
    }

    /**
     * The shipped pipeline with its annotation cache in {@code cacheFolder}; its linker asks
     * Wikidata through {@code online} for names the gazetteer lacks (null: offline).
     */
    public static ArticlePipeline withCache(Path cacheFolder, WikidataClient online) {
        CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(Gazetteer::shipped);
        return new ArticlePipeline(new CachingAnnotator(CoreNlpAnnotator.sharedForParallelUse(), cacheFolder.resolve("annotations")),
                gazetteer.thenApply(g -> new ArticleExtractor(Lexicons.shipped(), TopicSchemeReader.shipped(), g.knownNames())),
                gazetteer.thenApply(g -> online == null ? new EntityLinker(g) : new EntityLinker(g, online)));
    }

    /** Annotates (or reads from the cache) and extracts one article. */
    public ArticleGraph extract(Article article) {
        AnnotatedArticle annotated = new AnnotatedArticle(article, annotator.annotate(article)); // while the gazetteer loads
        return ready(extractor).extract(annotated);
    }

    /** Links the entities of an extracted article and maps it to the model of its named graph. */
    public Model map(ArticleGraph graph, RdfMapper mapper) {
        return mapper.map(graph, ready(linker).link(graph));
    }

    public CachingAnnotator annotator() {
        return annotator;
    }

    /**
     * What makes the graphs: summit-kg's version with a digest of its code and shipped data
     * (lexicons, ontology, gazetteer), and CoreNLP's settings. A graph of another version is rebuilt.
     */
    public String version() {
        return PipelineVersion.of(annotator.settings());
    }

    /** The stage once it is ready; a failure to make it (an unreadable gazetteer) is rethrown as it was. */
    private static <T> T ready(CompletableFuture<T> stage) {
        try {
            return stage.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
