package org.summitkg.extract.entity;

/** What kind of thing an entity is; the place subtypes follow CoreNLP's fine-grained NER. */
public enum EntityType {
    PERSON, GROUP, ORGANIZATION, PLACE, COUNTRY, CITY, REGION, FACILITY;

    public boolean isPlace() {
        return this == PLACE || this == COUNTRY || this == CITY || this == REGION || this == FACILITY;
    }

    /** The entity type for a CoreNLP NER tag, or {@code null} if the tag is not an entity type. */
    public static EntityType ofNer(String tag) {
        return switch (tag) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "COUNTRY" -> COUNTRY;
            case "CITY" -> CITY;
            case "STATE_OR_PROVINCE" -> REGION;
            case "LOCATION" -> PLACE;
            default -> null;
        };
    }
}
