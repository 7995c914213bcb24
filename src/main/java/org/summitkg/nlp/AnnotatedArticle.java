package org.summitkg.nlp;

import java.util.List;
import java.util.Objects;
import org.summitkg.corpus.Article;

/** An article with its annotations: the contract between the NLP stage and the extractors. */
public record AnnotatedArticle(Article article, Annotations annotations) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotations, "annotations");
    }

    public List<Token> tokens() {
        return annotations.tokens();
    }

    public List<Sentence> sentences() {
        return annotations.sentences();
    }

    public Token token(int index) {
        return annotations.tokens().get(index);
    }

    /** The article text between two character offsets. */
    public String text(int begin, int end) {
        return article.text().substring(begin, end);
    }
}
