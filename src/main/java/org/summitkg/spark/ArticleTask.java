package org.summitkg.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.summitkg.SummitKgException;
import org.summitkg.build.ArticlePipeline;
import org.summitkg.corpus.Article;
import org.summitkg.extract.ArticleGraph;
import org.summitkg.internal.Sha256;
import org.summitkg.rdf.EventFacts;
import org.summitkg.rdf.GraphMetadata;
import org.summitkg.rdf.NQuads;
import org.summitkg.rdf.RdfMapper;
import org.summitkg.rdf.SourceState;
import org.summitkg.rdf.SummitIris;

/**
 * The work of one partition: each article checked, annotated, extracted, linked and mapped by the
 * executor's shared pipeline, exactly as {@code build} does it. An article that fails becomes a
 * skipped outcome with its reason; the partition goes on.
 */
final class ArticleTask implements FlatMapFunction<Iterator<ArticleInput>, ArticleOutcome> {
    /** Testing aid: the article whose first task attempt fails, to show a retried task adds nothing twice. */
    static final String FAIL_FIRST_ATTEMPT = "spark.summitkg.failFirstAttemptOf";
    private static final long serialVersionUID = 1L;
    /** How many first attempts this JVM failed on purpose (local mode: the driver's count). */
    static final java.util.concurrent.atomic.AtomicInteger INJECTED = new java.util.concurrent.atomic.AtomicInteger();

    private final String cacheFolder;
    private final long generatedAtMillis;
    private final long maxBytes;

    ArticleTask(String cacheFolder, Instant generatedAt, long maxBytes) {
        this.cacheFolder = cacheFolder;
        this.generatedAtMillis = generatedAt.toEpochMilli();
        this.maxBytes = maxBytes;
    }

    @Override
    public Iterator<ArticleOutcome> call(Iterator<ArticleInput> inputs) {
        ArticlePipeline pipeline = ExecutorPipeline.get(cacheFolder);
        String version = pipeline.version();
        RdfMapper mapper = new RdfMapper(new GraphMetadata(Instant.ofEpochMilli(generatedAtMillis), version));
        String failing = failingArticle();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public ArticleOutcome next() {
                ArticleInput input = inputs.next();
                if (input.articleId().equals(failing)) {
                    INJECTED.incrementAndGet();
                    throw new IllegalStateException("failing the first attempt at " + input.name() + " (" + FAIL_FIRST_ATTEMPT + ")");
                }
                return outcome(input, pipeline, version, mapper);
            }
        };
    }

    private ArticleOutcome outcome(ArticleInput input, ArticlePipeline pipeline, String version, RdfMapper mapper) {
        Article article;
        try {
            article = input.article(maxBytes);
        } catch (SummitKgException e) {
            return ArticleOutcome.skipped(input.articleId(), input.name(), e.getMessage());
        }
        String state = SourceState.of(article, version).digest();
        if (state.equals(input.previous())) {
            return new ArticleOutcome(article.id(), article.file(), ArticleOutcome.UNCHANGED, "", Sha256.hex(article.text()),
                    version, state, 0, 0, 0, 0, "", List.of(), List.of());
        }
        try {
            ArticleGraph graph = pipeline.extract(article);
            Model model = pipeline.map(graph, mapper);
            return new ArticleOutcome(article.id(), article.file(), ArticleOutcome.BUILT, "", Sha256.hex(article.text()), version,
                    state, graph.entities().size(), graph.statements().size(), graph.events().size(), model.size(),
                    NQuads.of(SummitIris.graph(article.id()), model), resources(model), new ArrayList<>(EventFacts.in(model, article.id())));
        } catch (RuntimeException | StackOverflowError e) {
            return ArticleOutcome.skipped(article.id(), article.file(), article.file() + ": " + SummitKgException.reason("building", e));
        }
    }

    /** The entity and event resources of a graph with their labels: what other articles' graphs may describe too. */
    private static List<String> resources(Model model) {
        TreeSet<String> out = new TreeSet<>();
        model.listSubjectsWithProperty(RDFS.label).forEachRemaining(r -> {
            if (r.isURIResource() && SummitIris.isShared(r.getURI())) {
                out.add(r.getURI() + "\t" + label(r));
            }
        });
        return new ArrayList<>(out);
    }

    private static String label(Resource r) {
        return r.getProperty(RDFS.label).getString();
    }

    private static String failingArticle() {
        TaskContext task = TaskContext.get();
        if (task == null || task.attemptNumber() > 0 || SparkEnv.get() == null) {
            return "";
        }
        return SparkEnv.get().conf().get(FAIL_FIRST_ATTEMPT, "");
    }
}
