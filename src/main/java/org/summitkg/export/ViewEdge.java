package org.summitkg.export;

import java.util.List;
import java.util.Objects;

/**
 * An edge of the property-graph view: its relation (participant, place, said, reports, mentions,
 * about, co-occurs), weight (e.g. shared sentences), the articles it comes from, joined by " | ", and
 * their publication dates (ISO days, sorted).
 */
public final class ViewEdge {
    private final String relation;
    private final double weight;
    private final String articles;
    private final List<String> dates;

    public ViewEdge(String relation, double weight, String articles, List<String> dates) {
        this.relation = Objects.requireNonNull(relation, "relation");
        this.weight = weight;
        this.articles = articles == null ? "" : articles;
        this.dates = dates == null ? List.of() : List.copyOf(dates);
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

    public List<String> dates() {
        return dates;
    }

    @Override
    public String toString() {
        return relation + "(" + weight + ")";
    }
}
