package org.summitkg.nlp;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitkg.corpus.Article;

/**
 * Lets several threads annotate on one shared annotator, and gives an article it failed on a
 * second try with every other annotation held back: CoreNLP's models are shared state, and a
 * failure seen under concurrency is not a reason to lose the article. A second failure is
 * passed on.
 *
 * <pre>{@code
 * Annotator nlp = new RetryingAnnotator(CoreNlpAnnotator.shared());
 * }</pre>
 */
public final class RetryingAnnotator implements Annotator {
    private static final Logger log = LoggerFactory.getLogger("summitkg.nlp");

    private final Annotator delegate;
    /** Shared by parallel annotations; held alone by a retry. */
    private final ReentrantReadWriteLock exclusive = new ReentrantReadWriteLock();

    public RetryingAnnotator(Annotator delegate) {
        this.delegate = delegate;
    }

    @Override
    public Annotations annotate(Article article) {
        exclusive.readLock().lock();
        try {
            return delegate.annotate(article);
        } catch (RuntimeException e) {
            log.warn("Annotation of {} failed ({}); annotating it again on its own", article.file(), e.toString());
            log.debug("Annotation failure on {}", article.file(), e);
        } finally {
            exclusive.readLock().unlock();
        }
        exclusive.writeLock().lock();
        try {
            return delegate.annotate(article);
        } finally {
            exclusive.writeLock().unlock();
        }
    }

    @Override
    public String settings() {
        return delegate.settings();
    }
}
