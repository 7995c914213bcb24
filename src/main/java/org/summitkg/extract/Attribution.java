package org.summitkg.extract;

import java.util.List;

/** Who said something, and by which rule that was decided. */
record Attribution(List<Entity> speakers, String method, double confidence) {
    Attribution {
        speakers = List.copyOf(speakers);
    }
}
