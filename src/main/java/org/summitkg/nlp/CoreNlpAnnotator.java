package org.summitkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitkg.corpus.Article;

/**
 * The one Stanford CoreNLP pipeline of a process. Models load lazily on the first
 * {@link #annotate}, so a fully cached build never loads them.
 *
 * <pre>{@code
 * Annotator nlp = new CachingAnnotator(CoreNlpAnnotator.shared(), cacheDir);
 * Annotations a = nlp.annotate(article);
 * }</pre>
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final Logger log = LoggerFactory.getLogger("summitkg.nlp");
    private static final CoreNlpAnnotator SHARED = new CoreNlpAnnotator(defaultProperties());
    private static final Annotator SHARED_WITH_RETRY = new RetryingAnnotator(SHARED);

    private final Properties properties;
    private final String settings;
    private volatile StanfordCoreNLP pipeline;

    CoreNlpAnnotator(Properties properties) {
        this.properties = properties;
        // a snapshot: CoreNLP adds its own defaults to the properties it is given
        this.settings = "corenlp-" + org.summitkg.Versions.CORENLP + " " + new TreeMap<>(properties) + " " + BulletMask.VERSION;
    }

    /** The process-wide pipeline with the default settings. */
    public static CoreNlpAnnotator shared() {
        return SHARED;
    }

    /** The process-wide pipeline, for parallel use: an article it fails on is tried once more on its own. */
    public static Annotator sharedForParallelUse() {
        return SHARED_WITH_RETRY;
    }

    static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("threads", "2");
        return p;
    }

    @Override
    public Annotations annotate(Article article) {
        Annotation doc = new Annotation(TextMasks.apply(article.text()));
        article.publishedDate().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        pipeline().annotate(doc);
        return new AnnotationConverter(doc).convert();
    }

    @Override
    public String settings() {
        return settings;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    long start = System.nanoTime();
                    log.info("Loading CoreNLP models (annotators {})", properties.getProperty("annotators"));
                    Properties copy = new Properties();
                    copy.putAll(properties);
                    pipeline = new StanfordCoreNLP(copy);
                    log.info("CoreNLP loaded in {} s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
                }
                p = pipeline;
            }
        }
        return p;
    }
}
