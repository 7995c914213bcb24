package org.summitkg.extract;

import java.util.Objects;

/** A sentence of the article: its index, character span and exact text. */
public record SentenceSpan(int index, int begin, int end, String text) {
    public SentenceSpan {
        Objects.requireNonNull(text, "text");
        if (end < begin) {
            throw new IllegalArgumentException("sentence " + index + " ends (" + end + ") before it begins (" + begin + ")");
        }
    }
}
