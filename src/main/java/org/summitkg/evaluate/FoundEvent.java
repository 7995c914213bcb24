package org.summitkg.evaluate;

import java.util.Set;

/** An event in the built graph, as one article reports it: types, status, date, participant and place labels. */
public record FoundEvent(Set<String> types, String status, String date, Set<String> participants, Set<String> places) {
    public FoundEvent {
        types = Set.copyOf(types);
        participants = Set.copyOf(participants);
        places = Set.copyOf(places);
    }
}
