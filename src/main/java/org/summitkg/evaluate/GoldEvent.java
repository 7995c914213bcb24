package org.summitkg.evaluate;

import java.util.List;

/**
 * A gold event: type, the other types the annotator accepts ({@code alt_types}: a promised
 * "update" may be a meeting or a call), participant names, place name (or null), ISO date (or
 * null), status, borderline flag.
 */
public record GoldEvent(String type, List<String> altTypes, List<String> participants, String place, String date, String status,
                        boolean borderline) {
    public GoldEvent {
        altTypes = List.copyOf(altTypes);
        participants = List.copyOf(participants);
    }

    /** Its type first, then the alternatives. */
    public List<String> types() {
        List<String> all = new java.util.ArrayList<>(List.of(type));
        all.addAll(altTypes);
        return all;
    }
}
