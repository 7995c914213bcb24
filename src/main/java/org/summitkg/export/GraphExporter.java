package org.summitkg.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the graph view for visualisation tools: GraphML (yEd, Gephi, Cytoscape), GEXF (Gephi),
 * DOT (Graphviz) with JGraphT's exporters, and Cytoscape JSON (Cytoscape.js, Cytoscape desktop).
 * Node ids are n1, n2, …; the resource IRI is the attribute {@code iri}.
 *
 * <pre>{@code
 * GraphExporter.Format.GRAPHML.write(view, writer);
 * }</pre>
 */
public final class GraphExporter {
    private GraphExporter() {
    }

    /** The graph formats of {@code summit-kg export}. */
    public enum Format {
        GRAPHML, GEXF, DOT, CYTOSCAPE;

        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        public void write(Graph<ViewNode, ViewEdge> graph, Writer out) {
            Map<ViewNode, String> ids = ids(graph);
            switch (this) {
                case GRAPHML -> graphMl(graph, ids, out);
                case GEXF -> gexf(graph, ids, out);
                case DOT -> dot(graph, ids, out);
                case CYTOSCAPE -> cytoscape(graph, ids, out);
            }
        }
    }

    private static Map<ViewNode, String> ids(Graph<ViewNode, ViewEdge> graph) {
        Map<ViewNode, String> ids = new HashMap<>();
        graph.vertexSet().forEach(v -> ids.put(v, "n" + (ids.size() + 1)));
        return ids;
    }

    private static Map<String, Attribute> nodeAttributes(ViewNode v) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(v.label()));
        a.put("type", DefaultAttribute.createAttribute(v.type()));
        a.put("iri", DefaultAttribute.createAttribute(v.id()));
        a.put("wikidata", DefaultAttribute.createAttribute(v.wikidata()));
        a.put("url", DefaultAttribute.createAttribute(v.url()));
        a.put("articles", DefaultAttribute.createAttribute(v.articles()));
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(ViewEdge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("relation", DefaultAttribute.createAttribute(e.relation()));
        a.put("weight", DefaultAttribute.createAttribute(e.weight()));
        a.put("sources", DefaultAttribute.createAttribute(e.articles()));
        return a;
    }

    private static void graphMl(Graph<ViewNode, ViewEdge> graph, Map<ViewNode, String> ids, Writer out) {
        GraphMLExporter<ViewNode, ViewEdge> ex = new GraphMLExporter<>(ids::get);
        for (String name : new String[] {"label", "type", "iri", "wikidata", "url"}) {
            ex.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        ex.registerAttribute("articles", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        ex.registerAttribute("relation", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute("sources", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.setExportEdgeWeights(true);
        ex.setVertexAttributeProvider(GraphExporter::nodeAttributes);
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = edgeAttributes(e);
            a.remove("weight"); // written by the exporter's own weight key
            return a;
        });
        ex.exportGraph(graph, out);
    }

    private static void gexf(Graph<ViewNode, ViewEdge> graph, Map<ViewNode, String> ids, Writer out) {
        Map<ViewEdge, String> edgeIds = new HashMap<>();
        graph.edgeSet().forEach(e -> edgeIds.put(e, "e" + (edgeIds.size() + 1)));
        GEXFExporter<ViewNode, ViewEdge> ex = new GEXFExporter<>(ids::get, edgeIds::get);
        for (String name : new String[] {"type", "iri", "wikidata", "url"}) {
            ex.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        }
        ex.registerAttribute("articles", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        ex.registerAttribute("relation", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        ex.registerAttribute("sources", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        ex.setVertexAttributeProvider(GraphExporter::nodeAttributes);
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = edgeAttributes(e);
            a.remove("weight");
            return a;
        });
        ex.setCreator("summit-kg");
        ex.exportGraph(graph, out);
    }

    private static void dot(Graph<ViewNode, ViewEdge> graph, Map<ViewNode, String> ids, Writer out) {
        DOTExporter<ViewNode, ViewEdge> ex = new DOTExporter<>(ids::get);
        ex.setGraphIdProvider(() -> "summit");
        ex.setVertexAttributeProvider(v -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(v.label()));
            a.put("shape", DefaultAttribute.createAttribute(shape(v.type())));
            a.put("tooltip", DefaultAttribute.createAttribute(v.type() + (v.wikidata().isEmpty() ? "" : " " + v.wikidata())));
            if (!v.url().isEmpty()) {
                a.put("URL", DefaultAttribute.createAttribute(v.url()));
            }
            return a;
        });
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(e.relation()));
            a.put("weight", DefaultAttribute.createAttribute(Math.max(1, (int) e.weight())));
            return a;
        });
        ex.exportGraph(graph, out);
    }

    private static String shape(String type) {
        return switch (type) {
            case "Person", "Group" -> "ellipse";
            case "Event" -> "diamond";
            case "Statement" -> "note";
            case "Topic" -> "hexagon";
            default -> "box";
        };
    }

    private static void cytoscape(Graph<ViewNode, ViewEdge> graph, Map<ViewNode, String> ids, Writer out) {
        // the caller owns the writer: Jackson must not close it
        ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = json.createObjectNode();
        root.putObject("data").put("name", "summit-kg");
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (ViewNode v : graph.vertexSet()) {
            nodes.addObject().putObject("data").put("id", ids.get(v)).put("label", v.label()).put("type", v.type())
                    .put("iri", v.id()).put("wikidata", v.wikidata()).put("url", v.url()).put("articles", v.articles());
        }
        ArrayNode edges = elements.putArray("edges");
        int n = 0;
        for (ViewEdge e : graph.edgeSet()) {
            edges.addObject().putObject("data").put("id", "e" + (++n)).put("source", ids.get(graph.getEdgeSource(e)))
                    .put("target", ids.get(graph.getEdgeTarget(e))).put("relation", e.relation()).put("weight", e.weight())
                    .put("sources", e.articles());
        }
        try {
            json.writerWithDefaultPrettyPrinter().writeValue(out, root);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
