package org.summitkg.extract;

import java.util.Objects;
import org.summitkg.extract.event.Event;
import org.summitkg.extract.statement.Statement;

/** A statement made at an event ("remarks at the joint press conference"). */
public record MadeAt(Statement statement, Event event) {
    public MadeAt {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(event, "event");
    }
}
