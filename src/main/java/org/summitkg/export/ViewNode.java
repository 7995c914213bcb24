package org.summitkg.export;

import java.util.List;
import java.util.Objects;

/**
 * A node of the property-graph view: an entity, event, statement or topic, with its label, type,
 * Wikidata id (or empty), the number of articles it appears in and their publication dates
 * (ISO days, sorted; empty where no article states one). A statement carries its full
 * {@code text} (the label is shortened) and its {@code kind}; an event its {@code date} and
 * status as {@code kind}.
 */
public record ViewNode(String id, String label, String type, String wikidata, int articles,
        String text, String kind, String date, List<String> dates) {
    /** The longest label a statement node shows; the full text stays in {@code text}. */
    static final int LABEL_LENGTH = 80;

    public ViewNode {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
        type = type == null ? "" : type;
        wikidata = wikidata == null ? "" : wikidata;
        text = text == null || text.isEmpty() ? label : text;
        kind = kind == null ? "" : kind;
        date = date == null ? "" : date;
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    /** An entity, topic or other node whose text is its label. */
    public static ViewNode of(String id, String label, String type, String wikidata, int articles, List<String> dates) {
        return new ViewNode(id, label, type, wikidata, articles, label, "", "", dates);
    }

    /** The label for a long text: cut at a word before {@link #LABEL_LENGTH} characters, with an ellipsis. */
    static String shorten(String text) {
        if (text.length() <= LABEL_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LABEL_LENGTH - 1);
        return text.substring(0, cut > LABEL_LENGTH / 2 ? cut : LABEL_LENGTH - 1) + "…";
    }

    /** The Wikidata page of the node's item, or empty. */
    public String url() {
        return wikidata.isEmpty() ? "" : "https://www.wikidata.org/wiki/" + wikidata;
    }
}
