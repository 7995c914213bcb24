package org.summitkg.evaluate;

import java.util.List;

/**
 * One gold attribution of a BRAT standoff file: who ({@code source}, possibly no span), the words
 * of saying ({@code cue}) and what was said ({@code content}); each may be discontinuous.
 */
public record BratAttribution(List<TextSpan> source, List<TextSpan> cue, List<TextSpan> content,
                              String sourceText, String cueText) {
    public BratAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }
}
