package org.summitkg.evaluate;

import java.util.List;
import java.util.Locale;

/** A gold entity: canonical name, type, the surface strings that count as its mentions, QID or null. */
public record GoldEntity(String name, String type, List<String> mentions, String wikidata) {
    public GoldEntity {
        mentions = List.copyOf(mentions);
    }

    /** Whether {@code label} equals one of the mentions or the name, ignoring case. */
    public boolean hasMention(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(l)
                || mentions.stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).equals(l));
    }
}
