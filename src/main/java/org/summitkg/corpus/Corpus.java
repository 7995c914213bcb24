package org.summitkg.corpus;

import java.util.List;

/** The articles read from a corpus, and the inputs that were skipped with their reasons. */
public record Corpus(List<Article> articles, List<Skipped> skipped) {
    public Corpus {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
