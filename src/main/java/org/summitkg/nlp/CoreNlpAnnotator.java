package org.summitkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitkg.SummitKgException;
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

    private static final String THREADS = "threads";

    private final Properties properties;
    private final String settings;
    private volatile StanfordCoreNLP pipeline;
    private volatile double loadSeconds;

    CoreNlpAnnotator(Properties properties) {
        this.properties = properties;
        // a snapshot (CoreNLP adds its own defaults to the properties it is given) of what decides
        // the annotations: the thread count decides only how fast they come
        TreeMap<Object, Object> deciding = new TreeMap<>(properties);
        deciding.remove(THREADS);
        this.settings = "corenlp-" + org.summitkg.Versions.CORENLP + " " + deciding + " " + BulletMask.VERSION;
    }

    /** The process-wide pipeline with the default settings. */
    public static CoreNlpAnnotator shared() {
        return SHARED;
    }

    /** The process-wide pipeline, for parallel use: an article it fails on is tried once more on its own. */
    public static Annotator sharedForParallelUse() {
        return SHARED_WITH_RETRY;
    }

    /**
     * How many articles are annotated at once, each on a build worker of its own: the
     * {@code summitkg.threads} system property, else one per core. Inside an article CoreNLP runs
     * on one thread.
     */
    public static int threads() {
        String set = System.getProperty("summitkg.threads");
        if (set == null || set.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(set.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SummitKgException("system property summitkg.threads must be a whole number of at least 1, was \"" + set + "\"");
    }

    /** A copy of the settings of the shared pipeline (annotators and their options), for a stock CoreNLP to compare with. */
    public static Properties properties() {
        Properties copy = new Properties();
        copy.putAll(SHARED.properties);
        return copy;
    }

    /** Seconds this pipeline spent loading its models so far (0 until the first {@link #annotate}). */
    public double loadSeconds() {
        return loadSeconds;
    }

    static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("quote.attributeQuotes", "true");
        // one thread inside each article: the build's workers annotate one article each, so CoreNLP's own
        // threads (NER and the parser split an article's sentences across them) would only contend with them
        p.setProperty(THREADS, "1");
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
                    loadSeconds = (System.nanoTime() - start) / 1e9;
                    log.info("CoreNLP loaded in {} s", String.format("%.1f", loadSeconds));
                }
                p = pipeline;
            }
        }
        return p;
    }
}
