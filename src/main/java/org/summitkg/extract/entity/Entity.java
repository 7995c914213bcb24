package org.summitkg.extract.entity;

import java.util.List;
import java.util.Objects;

/**
 * A person, group, organization or place referred to in one article, with every mention of it.
 * {@code label} is its fullest name in the article; {@code key} its normalised name (lower case,
 * no accents, dots or middle initials), which identifies it across articles when it has no
 * Wikidata item.
 */
public record Entity(String label, String key, EntityType type, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity \"" + label + "\" must have at least one mention");
        }
    }
}
