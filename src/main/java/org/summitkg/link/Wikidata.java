package org.summitkg.link;

/** The Wikidata namespaces and the few items and properties the gazetteer uses. */
public final class Wikidata {
    /** Items: {@code wd:Q7747}. */
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    /** Direct ("truthy") properties: {@code wdt:P31}. */
    public static final String DIRECT = "http://www.wikidata.org/prop/direct/";
    /** instance of. */
    public static final String P31 = DIRECT + "P31";
    /** country. */
    public static final String P17 = DIRECT + "P17";
    /** country of citizenship. */
    public static final String P27 = DIRECT + "P27";
    /** capital. */
    public static final String P36 = DIRECT + "P36";
    /** position held. */
    public static final String P39 = DIRECT + "P39";
    /** Statements: {@code p:P39}, the statement node of a claim with qualifiers. */
    public static final String CLAIM = "http://www.wikidata.org/prop/";
    /** A statement's value: {@code ps:P39}. */
    public static final String STATEMENT = "http://www.wikidata.org/prop/statement/";
    /** A statement's qualifiers: {@code pq:P580}. */
    public static final String QUALIFIER = "http://www.wikidata.org/prop/qualifier/";
    /** start time (qualifier). */
    public static final String START = QUALIFIER + "P580";
    /** end time (qualifier). */
    public static final String END = QUALIFIER + "P582";

    /** human. */
    public static final String HUMAN = "Q5";
    /** country. */
    public static final String COUNTRY = "Q6256";
    /** city. */
    public static final String CITY = "Q515";
    /** capital city. */
    public static final String CAPITAL = "Q5119";
    /** international organization. */
    public static final String INTERNATIONAL_ORGANIZATION = "Q484652";
    /** organization. */
    public static final String ORGANIZATION = "Q43229";
    /** continent. */
    public static final String CONTINENT = "Q5107";
    /** U.S. state. */
    public static final String US_STATE = "Q35657";
    /** building. */
    public static final String BUILDING = "Q41176";
    /** first-level administrative country subdivision (state, province, oblast). */
    public static final String FIRST_LEVEL_SUBDIVISION = "Q10864048";
    /** disputed territory. */
    public static final String DISPUTED_TERRITORY = "Q15239622";
    /** geographic region. */
    public static final String GEOGRAPHIC_REGION = "Q82794";
    /** body of water (seas, gulfs, straits, lakes, rivers). */
    public static final String BODY_OF_WATER = "Q15324";
    /** mountain. */
    public static final String MOUNTAIN = "Q8502";
    /** island. */
    public static final String ISLAND = "Q23442";
    /** newspaper. */
    public static final String NEWSPAPER = "Q11032";
    /** website. */
    public static final String WEBSITE = "Q35127";
    /** government agency. */
    public static final String GOVERNMENT_AGENCY = "Q327333";

    private Wikidata() {
    }

    public static String item(String qid) {
        return ENTITY + qid;
    }

    /** The bare QID of an item IRI. */
    public static String qid(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
