package org.summitkg.link;

import java.util.Objects;

/** An entity's Wikidata item, with the item's label and kind, and the rule that found it. */
public record Link(String qid, String label, ItemKind kind, LinkRule rule) {
    public Link {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("a QID must look like Q7747, was \"" + qid + "\"");
        }
    }

    /** The rule's id, the value of {@code summit:linkMethod}. */
    public String method() {
        return rule.id();
    }

    public double confidence() {
        return rule.confidence();
    }
}
