package org.summitkg.evaluate;

/** An entity summit-kg found in an article: its label and its QID (empty when unlinked). */
public record FoundEntity(String label, String wikidata) {
    public FoundEntity {
        wikidata = wikidata == null ? "" : wikidata;
    }
}
