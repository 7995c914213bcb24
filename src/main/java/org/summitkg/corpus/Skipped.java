package org.summitkg.corpus;

import java.util.Objects;

/** An input that was left out of a batch ({@code what}), and why ({@code reason}, which names it too). */
public record Skipped(String what, String reason) {
    public Skipped {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return what + ": " + reason;
    }
}
