package org.summitkg.extract.statement;

import java.util.Objects;

/**
 * A statement's topic and why it was given: the statement's own words name it ({@code TEXT}), its
 * sentence does and nothing else said there claims the words ({@code SENTENCE}), or the statement
 * answers, with a pronoun, a sentence that names it ({@code CONTEXT}).
 */
public record TopicTag(String topic, Basis basis) {
    public TopicTag {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(basis, "basis");
    }

    /** Why a statement is about a topic. */
    public enum Basis { TEXT, SENTENCE, CONTEXT }
}
