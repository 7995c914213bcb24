package org.summitkg.rdf;

import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes summit-kg writes and reads, in one place. */
public final class Prefixes {
    /** Prefix → namespace. */
    public static final Map<String, String> ALL = Map.ofEntries(
            Map.entry("summit", Summit.NS),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("schema", RdfMapper.SCHEMA),
            Map.entry("prov", RdfMapper.PROV),
            Map.entry("nif", Nif.NS),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("wd", "http://www.wikidata.org/entity/"),
            Map.entry("person", SummitIris.BASE + "resource/person/"),
            Map.entry("place", SummitIris.BASE + "resource/place/"),
            Map.entry("org", SummitIris.BASE + "resource/organization/"),
            Map.entry("group", SummitIris.BASE + "resource/group/"),
            Map.entry("article", SummitIris.BASE + "resource/article/"));

    private Prefixes() {
    }

    public static void apply(PrefixMapping mapping) {
        mapping.setNsPrefixes(ALL);
    }
}
