package org.summitkg.extract.entity;

import java.util.Map;
import java.util.Optional;

/**
 * Names of places and organizations known in advance (from the Wikidata gazetteer), with their
 * types, so that names NER misses ("Tromsø", "G7") are still found, and the capitals among them
 * with the country each is the capital of, since news names a government by its capital
 * ("Port Alder said" for the country whose capital it is). Matching is exact and case-sensitive
 * on whole tokens.
 */
public record KnownNames(Map<String, EntityType> types, Map<String, String> capitals) {
    public KnownNames {
        types = Map.copyOf(types);
        capitals = Map.copyOf(capitals);
    }

    public KnownNames(Map<String, EntityType> types) {
        this(types, Map.of());
    }

    public static KnownNames none() {
        return new KnownNames(Map.of());
    }

    /** The name of the country whose capital this is: "Port Alder" → "Freedonia". */
    public Optional<String> countryOfCapital(String name) {
        return Optional.ofNullable(capitals.get(name));
    }

    public Optional<EntityType> typeOf(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The most words any known name has, to bound the search. */
    int longest() {
        return types.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(0);
    }
}
