package org.summitkg.extract;

import java.util.Objects;

/** A statement made at an event ("remarks at the joint press conference"). */
public record MadeAt(Statement statement, Event event) {
    public MadeAt {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(event, "event");
    }
}
