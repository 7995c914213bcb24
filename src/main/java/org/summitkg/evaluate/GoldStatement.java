package org.summitkg.evaluate;

import java.util.List;

/** A gold statement: speaker names (several for joint ones), kind, text, topics and flags. */
public record GoldStatement(List<String> speakers, String kind, String text, List<String> topics,
                            boolean borderline, boolean fragment) {
    public GoldStatement {
        speakers = List.copyOf(speakers);
        topics = List.copyOf(topics);
    }
}
