package org.summitkg.nlp;

import java.util.List;

/**
 * A sentence: its character span, its tokens as the half-open range
 * [{@code firstToken}, {@code endToken}) of article-wide indexes, its enhanced++ dependency
 * graph ({@code dependencies}: who did what, across conjunctions and control) and its basic
 * dependency tree ({@code tree}: clean subtrees, for spans of clauses and phrases).
 */
public record Sentence(int index, int begin, int end, int firstToken, int endToken,
                       List<Dependency> dependencies, List<Dependency> tree) {
    public Sentence {
        dependencies = List.copyOf(dependencies);
        tree = tree == null ? List.of() : List.copyOf(tree);
    }
}
