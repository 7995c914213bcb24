package org.summitkg.extract.entity;

import java.util.Map;
import java.util.Optional;

/**
 * Names of places and organizations known in advance (from the Wikidata gazetteer), with their
 * types, so that names NER misses ("Tromsø", "G7") are still found. Matching is exact and
 * case-sensitive on whole tokens.
 */
public record KnownNames(Map<String, EntityType> types) {
    public KnownNames {
        types = Map.copyOf(types);
    }

    public static KnownNames none() {
        return new KnownNames(Map.of());
    }

    public Optional<EntityType> typeOf(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The most words any known name has, to bound the search. */
    int longest() {
        return types.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(0);
    }
}
