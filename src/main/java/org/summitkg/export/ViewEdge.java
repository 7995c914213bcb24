package org.summitkg.export;

import java.util.Objects;

/**
 * An edge of the property-graph view: its relation (participant, said, mentions, about,
 * co-occurs), weight (e.g. shared sentences) and the articles it comes from, joined by " | ".
 */
public final class ViewEdge {
    private final String relation;
    private final double weight;
    private final String articles;

    public ViewEdge(String relation, double weight, String articles) {
        this.relation = Objects.requireNonNull(relation, "relation");
        this.weight = weight;
        this.articles = articles == null ? "" : articles;
    }

    public String relation() {
        return relation;
    }

    public double weight() {
        return weight;
    }

    public String articles() {
        return articles;
    }

    @Override
    public String toString() {
        return relation + "(" + weight + ")";
    }
}
