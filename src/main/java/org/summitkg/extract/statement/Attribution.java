package org.summitkg.extract.statement;

import java.util.List;
import java.util.Objects;
import org.summitkg.extract.entity.Entity;

/** Who said something, and by which rule that was decided. */
record Attribution(List<Entity> speakers, SpeakerRule rule) {
    Attribution {
        speakers = List.copyOf(speakers);
        Objects.requireNonNull(rule, "rule");
    }
}
