package org.summitkg.nlp;

import java.util.List;

/**
 * A sentence: its character span, its tokens as the half-open range
 * [{@code firstToken}, {@code endToken}) of article-wide indexes, and its dependency graph.
 */
public record Sentence(int index, int begin, int end, int firstToken, int endToken,
                       List<Dependency> dependencies) {
    public Sentence {
        dependencies = List.copyOf(dependencies);
    }
}
