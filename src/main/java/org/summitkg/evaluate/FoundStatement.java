package org.summitkg.evaluate;

import java.util.List;

/** A statement in the built graph: its speakers, kind ("direct"/"reported"), text and topic names. */
public record FoundStatement(List<FoundEntity> speakers, String kind, String text, List<String> topics) {
    public FoundStatement {
        speakers = List.copyOf(speakers);
        topics = List.copyOf(topics);
    }
}
