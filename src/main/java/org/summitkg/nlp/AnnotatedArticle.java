package org.summitkg.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    /** The token that starts at this character offset ("a statement's cue"), if one does. */
    public Optional<Token> tokenAt(int offset) {
        List<Token> tokens = tokens();
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int begin = tokens.get(middle).begin();
            if (begin == offset) {
                return Optional.of(tokens.get(middle));
            }
            if (begin < offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }

    /** The article text between two character offsets. */
    public String text(int begin, int end) {
        return article.text().substring(begin, end);
    }
}
