package org.summitkg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.link.ItemKind;
import org.summitkg.link.Link;
import org.summitkg.link.Links;
import org.summitkg.link.Wikidata;

/**
 * Which IRI, classes and labels an entity gets. A linked entity is named after its Wikidata item
 * (so every article that links to the item shares one resource): its rdfs:label and
 * skos:prefLabel are the item's English label, the name the article gives it is a skos:altLabel,
 * and it carries owl:sameAs, the bare QID and how it was linked. Its classes are the one of how
 * the article uses it and the one of the item's kind, which also names its IRI folder: a palace
 * that houses a government, used as an institution ("the palace said"), is an Organization and a
 * Facility under {@code resource/place/}. An unlinked entity is labelled and named after the article's name.
 */
final class EntityResources {
    private final Links links;

    EntityResources(Links links) {
        this.links = links;
    }

    String iri(Entity e) {
        return links.of(e).map(l -> SummitIris.entity(l.kind(), l.label()))
                .orElseGet(() -> SummitIris.entity(e.type(), e.key()));
    }

    Resource resource(Model m, Entity e) {
        Resource r = m.createResource(iri(e), rdfClass(e.type()));
        Link link = links.of(e).orElse(null);
        if (link == null) {
            return r.addProperty(RDFS.label, e.label());
        }
        r.addProperty(RDF.type, kindClass(link.kind())).addProperty(RDFS.label, link.label());
        if (!e.label().equals(link.label())) {
            r.addProperty(SKOS.altLabel, e.label());
        }
        r.addProperty(SKOS.prefLabel, link.label(), "en")
                .addProperty(OWL.sameAs, m.createResource(Wikidata.item(link.qid())))
                .addProperty(Summit.wikidataId, link.qid())
                .addProperty(Summit.linkMethod, link.method())
                .addLiteral(Summit.linkConfidence, Literals.confidence(m, link.confidence()));
        return r;
    }

    /** The class of an item kind: the one its IRI folder stands for. */
    static Resource kindClass(ItemKind kind) {
        return switch (kind) {
            case PERSON -> Summit.Person;
            case ORGANIZATION -> Summit.Organization;
            case COUNTRY -> Summit.Country;
            case CITY -> Summit.City;
            case REGION -> Summit.Region;
            case BUILDING -> Summit.Facility;
            case CONTINENT, FEATURE -> Summit.Place;
        };
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
