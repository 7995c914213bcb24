package org.summitkg.evaluate;

import java.util.List;

/** A gold event: type, participant names, place name (or null), ISO date (or null), status, borderline flag. */
public record GoldEvent(String type, List<String> participants, String place, String date, String status,
                        boolean borderline) {
    public GoldEvent {
        participants = List.copyOf(participants);
    }
}
