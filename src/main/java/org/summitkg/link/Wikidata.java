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
