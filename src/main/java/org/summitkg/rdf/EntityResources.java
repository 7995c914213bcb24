package org.summitkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.summitkg.extract.Entity;
import org.summitkg.extract.EntityType;
import org.summitkg.link.Link;
import org.summitkg.link.Links;
import org.summitkg.link.Wikidata;

/**
 * Which IRI, classes and labels an entity gets. Its rdfs:label is the name the article gives it.
 * A linked entity is named after its Wikidata item (so every article that links to the item
 * shares one resource) and carries the item's label as skos:prefLabel, owl:sameAs, the bare QID,
 * and how it was linked; an unlinked one is named after its normalised name.
 */
final class EntityResources {
    private final Links links;

    EntityResources(Links links) {
        this.links = links;
    }

    String iri(Entity e) {
        return links.of(e).map(l -> SummitIris.BASE + "resource/" + l.kind().folder() + "/" + SummitIris.slug(l.label()))
                .orElseGet(() -> SummitIris.entity(e.type(), e.key()));
    }

    Resource resource(Model m, Entity e) {
        Resource r = m.createResource(iri(e), rdfClass(e.type()));
        Link link = links.of(e).orElse(null);
        r.addProperty(RDFS.label, e.label());
        if (link == null) {
            return r;
        }
        r.addProperty(SKOS.prefLabel, link.label(), "en")
                .addProperty(OWL.sameAs, m.createResource(Wikidata.item(link.qid())))
                .addProperty(Summit.wikidataId, link.qid())
                .addProperty(Summit.linkMethod, link.method())
                .addLiteral(Summit.linkConfidence, m.createTypedLiteral(
                        BigDecimal.valueOf(link.confidence()).setScale(2, RoundingMode.HALF_UP)));
        return r;
    }

    static Resource rdfClass(EntityType type) {
        return switch (type) {
            case PERSON -> Summit.Person;
            case GROUP -> Summit.Group;
            case ORGANIZATION -> Summit.Organization;
            case COUNTRY -> Summit.Country;
            case CITY -> Summit.City;
            case REGION -> Summit.Region;
            case FACILITY -> Summit.Facility;
            case PLACE -> Summit.Place;
        };
    }
}
