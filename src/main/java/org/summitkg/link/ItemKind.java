package org.summitkg.link;

import java.util.EnumSet;
import java.util.Set;
import org.summitkg.extract.entity.EntityType;

/** What a gazetteer item is, from its Wikidata P31 types, and which extracted entities may link to it. */
public enum ItemKind {
    PERSON, COUNTRY, CITY, REGION, CONTINENT, ORGANIZATION, BUILDING,
    /** A natural feature: sea, gulf, strait, lake, river, island, mountain range, desert. */
    FEATURE;

    /** The item kinds an entity of this type may be linked to: never a person to a place. */
    public static Set<ItemKind> allowedFor(EntityType type) {
        return switch (type) {
            case PERSON -> EnumSet.of(PERSON);
            case GROUP -> EnumSet.noneOf(ItemKind.class);
            case ORGANIZATION -> EnumSet.of(ORGANIZATION, BUILDING);
            case COUNTRY -> EnumSet.of(COUNTRY);
            case CITY -> EnumSet.of(CITY);
            case REGION -> EnumSet.of(REGION, CITY, COUNTRY);
            case FACILITY -> EnumSet.of(BUILDING);
            case PLACE -> EnumSet.of(COUNTRY, CITY, REGION, CONTINENT, BUILDING, FEATURE);
        };
    }

    /** The kinds of an item with these P31 type QIDs (types the linker does not know are left out). */
    static Set<ItemKind> ofTypes(java.util.Collection<String> qids) {
        Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
        qids.stream().map(ItemKind::ofType).filter(java.util.Objects::nonNull).forEach(kinds::add);
        return kinds;
    }

    static ItemKind ofType(String qid) {
        return switch (qid) {
            case Wikidata.HUMAN -> PERSON;
            case Wikidata.COUNTRY -> COUNTRY;
            case Wikidata.CITY, Wikidata.CAPITAL -> CITY;
            case Wikidata.US_STATE, Wikidata.FIRST_LEVEL_SUBDIVISION, Wikidata.DISPUTED_TERRITORY, Wikidata.GEOGRAPHIC_REGION -> REGION;
            case Wikidata.BODY_OF_WATER, Wikidata.MOUNTAIN, Wikidata.ISLAND -> FEATURE;
            case Wikidata.CONTINENT -> CONTINENT;
            case Wikidata.INTERNATIONAL_ORGANIZATION, Wikidata.ORGANIZATION, Wikidata.NEWSPAPER, Wikidata.WEBSITE,
                    Wikidata.GOVERNMENT_AGENCY -> ORGANIZATION;
            case Wikidata.BUILDING -> BUILDING;
            default -> null;
        };
    }
}
