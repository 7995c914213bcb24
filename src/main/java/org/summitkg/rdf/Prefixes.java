package org.summitkg.rdf;

import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.summitkg.extract.entity.EntityType;

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
            Map.entry("person", SummitIris.entityNamespace(EntityType.PERSON)),
            Map.entry("place", SummitIris.entityNamespace(EntityType.PLACE)),
            Map.entry("org", SummitIris.entityNamespace(EntityType.ORGANIZATION)),
            Map.entry("group", SummitIris.entityNamespace(EntityType.GROUP)),
            Map.entry("article", SummitIris.article("")));

    private Prefixes() {
    }

    public static void apply(PrefixMapping mapping) {
        mapping.setNsPrefixes(ALL);
    }
}
