package org.summitkg.rdf;

import org.apache.jena.rdf.model.Resource;
import org.summitkg.extract.Entity;
import org.summitkg.extract.EntityType;

/** Which IRI and which ontology class an entity gets. */
final class EntityResources {
    private EntityResources() {
    }

    static String iri(Entity e) {
        return SummitIris.entity(e.type(), e.key());
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
