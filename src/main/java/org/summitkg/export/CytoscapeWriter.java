package org.summitkg.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;
import org.summitkg.SummitKgException;

/**
 * Cytoscape JSON ({@code .cyjs}) for Cytoscape desktop (File › Import › Network from File) and
 * Cytoscape.js: every node's data (label, type, kind, full text, date, Wikidata id, articles,
 * degree, size) and, when laid out, its position.
 */
final class CytoscapeWriter {
    private final Graph<ViewNode, ViewEdge> graph;
    private final Map<ViewNode, String> ids;
    private final Map<ViewNode, Point2D> positions;

    CytoscapeWriter(Graph<ViewNode, ViewEdge> graph, Map<ViewNode, String> ids, Map<ViewNode, Point2D> positions) {
        this.graph = graph;
        this.ids = ids;
        this.positions = positions;
    }

    /** The network as a JSON tree. */
    ObjectNode tree(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("format_version", "1.0").put("generated_by", "summit-kg").put("target_cytoscapejs_version", "~3.0");
        root.putObject("data").put("name", "summit-kg");
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (ViewNode v : graph.vertexSet()) {
            ObjectNode node = nodes.addObject();
            int degree = graph.degreeOf(v);
            ObjectNode data = node.putObject("data").put("id", ids.get(v)).put("label", v.label()).put("type", v.type())
                    .put("kind", v.kind()).put("text", v.text()).put("date", v.date()).put("iri", v.id())
                    .put("wikidata", v.wikidata()).put("url", v.url()).put("articles", v.articles()).put("degree", degree)
                    .put("size", NodeStyle.size(degree));
            v.dates().forEach(data.putArray("dates")::add);
            Point2D p = positions.get(v);
            if (p != null) {
                node.putObject("position").put("x", Math.round(p.getX())).put("y", Math.round(p.getY()));
            }
        }
        ArrayNode edges = elements.putArray("edges");
        int n = 0;
        for (ViewEdge e : graph.edgeSet()) {
            ObjectNode data = edges.addObject().putObject("data").put("id", "e" + (++n))
                    .put("source", ids.get(graph.getEdgeSource(e))).put("target", ids.get(graph.getEdgeTarget(e)))
                    .put("relation", e.relation()).put("weight", e.weight()).put("sources", e.articles());
            e.dates().forEach(data.putArray("dates")::add);
        }
        return root;
    }

    void write(Writer out) {
        // the caller owns the writer: Jackson must not close it
        ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try {
            json.writerWithDefaultPrettyPrinter().writeValue(out, tree(json));
        } catch (IOException ex) {
            throw new SummitKgException("Cytoscape JSON cannot be written (" + ex.getMessage() + ")", ex);
        }
    }
}
