package org.summitkg.export;

import java.util.Objects;

/**
 * A node of the property-graph view: an entity, event, statement or topic, with its label, type,
 * Wikidata id (or empty) and the number of articles it appears in.
 */
public record ViewNode(String id, String label, String type, String wikidata, int articles) {
    public ViewNode {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
        type = type == null ? "" : type;
        wikidata = wikidata == null ? "" : wikidata;
    }

    /** The Wikidata page of the node's item, or empty. */
    public String url() {
        return wikidata.isEmpty() ? "" : "https://www.wikidata.org/wiki/" + wikidata;
    }
}
