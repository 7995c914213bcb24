package org.summitkg.extract.event;

import java.util.List;
import java.util.Objects;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.Mention;

/**
 * An event an article reports: its kind (an ontology class such as Summit or PhoneCall),
 * participants, places (most specific first), ISO date when stated, status, proposers, the
 * participants the text makes its hosts or mediators, the words that mention it, and whether the
 * text makes it the next of a series ("the next meeting").
 */
public record Event(EventKind kind, List<Entity> participants, List<Entity> places, String date, EventStatus status,
                    List<Entity> proposers, Roles roles, List<Mention> mentions, boolean continuation) {
    /** Who hosted the event, and who mediated it ("talks hosted by Norway and mediated by Chile"); both take part. */
    public record Roles(List<Entity> hosts, List<Entity> mediators) {
        public static final Roles NONE = new Roles(List.of(), List.of());

        public Roles {
            hosts = List.copyOf(hosts);
            mediators = List.copyOf(mediators);
        }
    }

    public Event {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        participants = List.copyOf(participants);
        places = List.copyOf(places);
        proposers = List.copyOf(proposers);
        Objects.requireNonNull(roles, "roles");
        mentions = List.copyOf(mentions);
        date = date == null ? "" : date;
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("event " + kind + " must be mentioned at least once");
        }
    }

    /** The ontology class name of its kind, e.g. "Summit". */
    public String type() {
        return kind.name();
    }

    /** Events of one family (summits and meetings) may be mentions of one event; see {@link EventKind}. */
    public String family() {
        return kind.family();
    }
}
