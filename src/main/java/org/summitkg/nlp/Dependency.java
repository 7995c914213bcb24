package org.summitkg.nlp;

/**
 * A typed dependency between two tokens, by article-wide token index; the governor of a
 * sentence root is {@link #ROOT}. Relations are Universal Dependencies (enhanced++), e.g.
 * {@code nsubj}, {@code ccomp}, {@code obl:in}.
 */
public record Dependency(String relation, int governor, int dependent) {
    public static final int ROOT = -1;
}
