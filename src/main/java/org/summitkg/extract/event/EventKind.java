package org.summitkg.extract.event;

import java.util.Objects;

/**
 * A kind of event, read from {@code lexicon/event-kinds.tsv}: its ontology class name, the family
 * whose mentions may be merged, its rank among them, and whether remarks listed under a mention
 * of it were made at it.
 *
 * @param name    the class of {@code ontology/summit.ttl}, e.g. "Summit"
 * @param family  the kind of its family, e.g. "Meeting" (a summit, a meeting and a visit are mentions of one event)
 * @param rank    of two merged mentions, the kind of higher rank names the event
 * @param remarks remarks listed under a mention ("At the briefing:") were made at it
 * @param partOf  the kinds an event of this kind is part of when reported with it, between the same parties
 */
public record EventKind(String name, String family, int rank, boolean remarks, java.util.Set<String> partOf) {
    public EventKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        partOf = java.util.Set.copyOf(partOf);
    }

    /** Of two kinds of one family, the one that names an event both mention: the higher rank, else this. */
    EventKind over(EventKind other) {
        return other.rank > rank ? other : this;
    }

    @Override
    public String toString() {
        return name;
    }
}
