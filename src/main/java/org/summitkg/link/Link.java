package org.summitkg.link;

import java.util.Objects;

/** An entity's Wikidata item, with the item's label and kind, how it was found and how sure that is. */
public record Link(String qid, String label, ItemKind kind, String method, double confidence) {
    public Link {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("a QID must look like Q7747, was \"" + qid + "\"");
        }
    }
}
