package org.summitkg.nlp;

import org.summitkg.corpus.Article;

/** Annotates an article's text. Implementations must be safe to call from several threads. */
public interface Annotator {
    Annotations annotate(Article article);

    /** A stable description of the settings, part of the cache key. */
    String settings();
}
