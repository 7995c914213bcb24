package org.summitkg.extract.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.Mention;

/**
 * An event an article reports: its kind (an ontology class such as Summit or PhoneCall),
 * participants, places (most specific first), ISO date when stated, status, proposers, the
 * participants the text makes its hosts or mediators, the words that mention it, and what the words
 * around it mark it as ({@link Mark}).
 */
public record Event(EventKind kind, List<Entity> participants, List<Entity> places, String date, EventStatus status,
                    List<Entity> proposers, Roles roles, List<Mention> mentions, Set<Mark> marks) {
    /** What the words around an event's mention say of it, besides its status. */
    public enum Mark {
        /** The next of a series: "the next meeting", "a follow-up call". */
        NEXT,
        /** Held by all the parties of the event it is part of: "their joint press conference". */
        JOINT,
        /** Mentioned with no verb that could tell its status: a heading or a list item ("Talks with Freedonia"). */
        UNTENSED,
        /** Mentioned in a question ("Will the talks resume?"), which does not say that it happened or will. */
        ASKED
    }

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
        marks = marks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(marks));
        date = date == null ? "" : date;
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("event " + kind + " must be mentioned at least once");
        }
    }

    /** Whether the words around it mark it so. */
    public boolean is(Mark mark) {
        return marks.contains(mark);
    }

    /** This event with its participants replaced. */
    public Event withParticipants(List<Entity> people) {
        return new Event(kind, people, places, date, status, proposers, roles, mentions, marks);
    }

    /** This event with its status replaced. */
    public Event withStatus(EventStatus other) {
        return new Event(kind, participants, places, date, other, proposers, roles, mentions, marks);
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
