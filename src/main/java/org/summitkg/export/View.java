package org.summitkg.export;

import java.util.Set;

/**
 * Which question a graph view answers: what it draws of the knowledge graph.
 * {@code ALL} is everything at once; the others are the views users ask for.
 */
public enum View {
    /** Entities, events, statements, topics; participation, speaking, mentioning, topics, co-occurrence. */
    ALL(Set.of(Part.ENTITIES, Part.EVENTS, Part.STATEMENTS, Part.COOCCURRENCE)),
    /** Who claimed what about what: speakers → statements (with their kind) → topics. */
    CLAIMS(Set.of(Part.STATEMENTS)),
    /** Who is connected to whom: people, organisations and places, co-occurrence weighted by shared sentences. */
    NETWORK(Set.of(Part.ENTITIES, Part.COOCCURRENCE)),
    /** Who met whom, where and when: events with their participants and places, in date order. */
    EVENTS(Set.of(Part.EVENTS));

    /** The parts a view is made of. */
    enum Part { ENTITIES, EVENTS, STATEMENTS, COOCCURRENCE }

    private final Set<Part> parts;

    View(Set<Part> parts) {
        this.parts = parts;
    }

    boolean has(Part part) {
        return parts.contains(part);
    }
}
