package org.summitkg.link;

/**
 * A rule that links an entity to a Wikidata item, with its name in the graph ({@code
 * summit:linkMethod}) and how sure it is.
 */
public enum LinkRule {
    /** Exactly one gazetteer item of an allowed kind has one of the entity's names. */
    NAME("gazetteer-name", 0.95),
    /** Several items have the name; the article's countries, dates and an exact label pick one. */
    CONTEXT("gazetteer-context", 0.8),
    /** A lone surname and the one prominent office holder of that name. */
    SURNAME("gazetteer-surname", 0.7),
    /** A lone surname and the most prominent of several office holders of that name. */
    SURNAME_MOST_PROMINENT("gazetteer-surname", 0.6),
    /** Wikidata's search API, when online linking is on. */
    ONLINE("wikidata-online", 0.75);

    private final String id;
    private final double confidence;

    LinkRule(String id, double confidence) {
        this.id = id;
        this.confidence = confidence;
    }

    public String id() {
        return id;
    }

    public double confidence() {
        return confidence;
    }

    @Override
    public String toString() {
        return id;
    }
}
