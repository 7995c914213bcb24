package org.summitkg.extract.statement;

import java.util.List;
import org.summitkg.extract.entity.Entity;

/** Who said something, and by which rule that was decided. */
record Attribution(List<Entity> speakers, String method, double confidence) {
    Attribution {
        speakers = List.copyOf(speakers);
    }
}
