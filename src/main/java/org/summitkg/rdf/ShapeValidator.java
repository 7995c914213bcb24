package org.summitkg.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * Validates a graph against {@code ontology/shapes.ttl}, with the ontology's class hierarchy
 * added so that {@code sh:class summit:Entity} accepts a {@code summit:Person}.
 */
public final class ShapeValidator {
    private final Shapes shapes = Shapes.parse(Ontology.shapes().getGraph());
    private final Model ontology = Ontology.model().add(Ontology.topics());

    /** One line per violation ("focus node, path: message"); empty when the graph conforms. */
    public List<String> violations(Model data) {
        Model withOntology = ModelFactory.createUnion(data, ontology);
        Graph graph = withOntology.getGraph();
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        return report.getEntries().stream().map(ShapeValidator::describe).toList();
    }

    private static String describe(ReportEntry e) {
        return e.focusNode() + " " + e.resultPath() + ": " + e.message();
    }
}
