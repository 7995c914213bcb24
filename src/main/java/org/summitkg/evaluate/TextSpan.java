package org.summitkg.evaluate;

/** A span of an article's text by character offsets, {@code end} exclusive. */
public record TextSpan(int begin, int end) {
    public TextSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("span must have 0 <= begin <= end, was " + begin + "-" + end);
        }
    }

    boolean contains(int offset) {
        return begin <= offset && offset < end;
    }
}
