package org.summitkg.build;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
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
    private final Supplier<Stages> load;
    /** Started by {@link #prepare()} (or the first article), so a build with nothing to do never reads the gazetteer. */
    private CompletableFuture<Stages> stages;

    /** The stages that need the gazetteer, made from it once. */
    private record Stages(ArticleExtractor extractor, EntityLinker linker) {
    }

    public ArticlePipeline(CachingAnnotator annotator, ArticleExtractor extractor, EntityLinker linker) {
        this(annotator, () -> new Stages(extractor, linker));
    }

    private ArticlePipeline(CachingAnnotator annotator, Supplier<Stages> load) {
        this.annotator = annotator;
        this.load = load;
    }

    /**
     * The shipped pipeline with its annotation cache in {@code cacheFolder}; its linker asks
     * Wikidata through {@code online} for names the gazetteer lacks (null: offline).
     */
    public static ArticlePipeline withCache(Path cacheFolder, WikidataClient online) {
        return new ArticlePipeline(new CachingAnnotator(CoreNlpAnnotator.sharedForParallelUse(), cacheFolder.resolve("annotations")), () -> {
            Gazetteer g = Gazetteer.shipped();
            return new Stages(new ArticleExtractor(Lexicons.shipped(), TopicSchemeReader.shipped(), g.knownNames()),
                    online == null ? new EntityLinker(g) : new EntityLinker(g, online));
        });
    }

    /** Starts reading the gazetteer and lexicons in the background, so they are ready when the first article is. */
    public synchronized void prepare() {
        if (stages == null) {
            stages = CompletableFuture.supplyAsync(load);
        }
    }

    private Stages stages() {
        CompletableFuture<Stages> s;
        synchronized (this) {
            prepare();
            s = stages;
        }
        return ready(s);
    }

    /** Annotates (or reads from the cache) and extracts one article. */
    public ArticleGraph extract(Article article) {
        AnnotatedArticle annotated = new AnnotatedArticle(article, annotator.annotate(article)); // while the gazetteer loads
        return stages().extractor().extract(annotated);
    }

    /** Links the entities of an extracted article and maps it to the model of its named graph. */
    public Model map(ArticleGraph graph, RdfMapper mapper) {
        return mapper.map(graph, stages().linker().link(graph));
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
