package org.summitkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.event.EventKind;
import org.summitkg.extract.event.EventLexicon;


/** Keeps {@link Summit} and {@code ontology/summit.ttl} in step. */
class SummitVocabularyTest {
    private final Model ontology = Ontology.model();

    @Test
    void everyOntologyTermHasAJavaConstantAndEveryConstantATerm() throws IllegalAccessException {
        Set<String> declared = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Summit.NS)) {
                declared.add(s.getURI());
            }
        });
        Set<String> java = new TreeSet<>();
        for (Field f : Summit.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                java.add(((Resource) f.get(null)).getURI());
            }
        }
        assertEquals(declared, java);
    }

    @Test
    void everyEventKindAndFamilyIsAnOntologyClassUnderEvent() {
        for (EventKind kind : EventLexicon.shipped().kinds().values()) {
            for (String name : List.of(kind.name(), kind.family())) {
                Resource c = ontology.getResource(Summit.NS + name);
                assertTrue(c.hasProperty(RDF.type, OWL.Class), name + " of event-kinds.tsv is not a class of summit.ttl");
                assertTrue(isUnder(c, Summit.Event), name + " of event-kinds.tsv is not a subclass of summit:Event");
            }
        }
    }

    private static boolean isUnder(Resource c, Resource top) {
        if (c.equals(top)) {
            return true;
        }
        return c.listProperties(RDFS.subClassOf).toList().stream().anyMatch(s -> isUnder(s.getResource(), top));
    }

    @Test
    void everyTermHasALabelAndAComment() {
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Summit.NS)) {
                assertTrue(s.hasProperty(RDFS.label) && s.hasProperty(RDFS.comment), s + " lacks label or comment");
            }
        });
    }
}
