package org.summitkg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.summitkg.extract.statement.TopicScheme;

/**
 * Reads {@code ontology/topics.ttl}: every skos:Concept becomes a topic named by its
 * skos:prefLabel, triggered by its prefLabel, altLabels and hiddenLabels.
 */
public final class TopicSchemeReader {
    /** Namespace of topic concepts. */
    public static final String NS = SummitIris.BASE + "topic/";

    private TopicSchemeReader() {
    }

    /** The topics shipped with summit-kg. */
    public static TopicScheme shipped() {
        return read(Ontology.topics());
    }

    public static TopicScheme read(Model model) {
        List<TopicScheme.Topic> topics = new ArrayList<>();
        List<Resource> concepts = model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        concepts.sort(Comparator.comparing(Resource::getURI));
        for (Resource c : concepts) {
            String name = c.getRequiredProperty(SKOS.prefLabel).getString();
            List<String> triggers = new ArrayList<>(List.of(name));
            for (Property p : List.of(SKOS.altLabel, SKOS.hiddenLabel)) {
                c.listProperties(p).mapWith(s -> s.getObject()).filterKeep(RDFNode::isLiteral)
                        .forEach(o -> triggers.add(o.asLiteral().getString()));
            }
            topics.add(new TopicScheme.Topic(name, triggers));
        }
        return new TopicScheme(topics);
    }

    /** The IRI of a topic concept by its name. */
    public static String iri(String name) {
        return NS + name;
    }
}
