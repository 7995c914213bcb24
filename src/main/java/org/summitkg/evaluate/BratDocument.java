package org.summitkg.evaluate;

import java.util.List;

/** An article's text with its gold attributions, read from BRAT standoff ({@code name.txt} + {@code name*.ann}). */
public record BratDocument(String name, String text, List<BratAttribution> attributions) {
    public BratDocument {
        attributions = List.copyOf(attributions);
    }
}
