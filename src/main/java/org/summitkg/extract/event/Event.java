package org.summitkg.extract.event;

import java.util.List;
import java.util.Objects;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.Mention;

/**
 * An event an article reports: its type (an ontology class name such as Summit or PhoneCall),
 * participants, places (most specific first), ISO date when stated, status, proposers, and the
 * words that mention it.
 */
public record Event(String type, List<Entity> participants, List<Entity> places, String date, EventStatus status,
                    List<Entity> proposers, List<Mention> mentions) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        participants = List.copyOf(participants);
        places = List.copyOf(places);
        proposers = List.copyOf(proposers);
        mentions = List.copyOf(mentions);
        date = date == null ? "" : date;
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("event " + type + " must be mentioned at least once");
        }
    }

    /** Summits and meetings are one kind of event for merging; others are their own. */
    public String family() {
        return type.equals("Summit") || type.equals("Meeting") || type.equals("Visit") ? "Meeting" : type;
    }
}
