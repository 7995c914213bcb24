package org.summitkg.export;

import java.io.Writer;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * GraphML for yEd, Gephi and Cytoscape desktop: typed {@code <key>}s for every attribute, and
 * yFiles' graphics keys ({@code yfiles.type="nodegraphics"/"edgegraphics"}: shape, fill colour by
 * type, size by degree, label, position when laid out) which yEd draws and the others ignore.
 */
final class GraphMlWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String YFILES = "http://www.yworks.com/xml/graphml";
    private static final String[][] NODE_KEYS = {
        {"label", "string"}, {"type", "string"}, {"kind", "string"}, {"text", "string"}, {"date", "string"},
        {"iri", "string"}, {"wikidata", "string"}, {"url", "string"}, {"articles", "int"}, {"degree", "int"},
        {"dates", "string"}};
    private static final String[][] EDGE_KEYS = {{"relation", "string"}, {"weight", "double"}, {"sources", "string"}};

    private final Graph<ViewNode, ViewEdge> graph;
    private final Map<ViewNode, String> ids;
    private final Map<ViewNode, Point2D> positions;

    GraphMlWriter(Graph<ViewNode, ViewEdge> graph, Map<ViewNode, String> ids, Map<ViewNode, Point2D> positions) {
        this.graph = graph;
        this.ids = ids;
        this.positions = positions;
    }

    void write(Writer out) {
        XmlOut xml = new XmlOut(out).start().open("graphml", "xmlns", NS, "xmlns:y", YFILES);
        keys(xml, "node", NODE_KEYS);
        keys(xml, "edge", EDGE_KEYS);
        xml.empty("key", "id", "node-graphics", "for", "node", "yfiles.type", "nodegraphics");
        xml.empty("key", "id", "edge-graphics", "for", "edge", "yfiles.type", "edgegraphics");
        xml.open("graph", "id", "summit", "edgedefault", "directed");
        graph.vertexSet().forEach(v -> node(xml, v));
        int n = 0;
        for (ViewEdge e : graph.edgeSet()) {
            xml.open("edge", "id", "e" + (++n), "source", ids.get(graph.getEdgeSource(e)), "target", ids.get(graph.getEdgeTarget(e)));
            data(xml, "edge-", "relation", e.relation(), "weight", GraphExporter.number(e.weight()), "sources", e.articles());
            xml.open("data", "key", "edge-graphics").open("y:PolyLineEdge")
                    .empty("y:LineStyle", "color", "#999999", "type", "line", "width", GraphExporter.number(Math.min(6, e.weight())))
                    .empty("y:Arrows", "source", "none", "target", e.relation().equals("co-occurs") ? "none" : "standard")
                    .close().close().close();
        }
        xml.close().close().end();
    }

    private static void keys(XmlOut xml, String kind, String[][] keys) {
        for (String[] k : keys) {
            xml.empty("key", "id", kind + "-" + k[0], "for", kind, "attr.name", k[0], "attr.type", k[1]);
        }
    }

    private void node(XmlOut xml, ViewNode v) {
        int degree = graph.degreeOf(v);
        xml.open("node", "id", ids.get(v));
        data(xml, "node-", "label", v.label(), "type", v.type(), "kind", v.kind(), "text", v.type().equals("Statement") ? v.text() : "",
                "date", v.date(), "iri", v.id(), "wikidata", v.wikidata(), "url", v.url(), "articles", Integer.toString(v.articles()),
                "degree", Integer.toString(degree), "dates", String.join(" ", v.dates()));
        NodeStyle style = NodeStyle.of(v.type());
        double size = NodeStyle.size(degree);
        Point2D p = positions.getOrDefault(v, Point2D.of(0, 0));
        xml.open("data", "key", "node-graphics").open("y:ShapeNode")
                .empty("y:Geometry", "x", GraphExporter.number(p.getX()), "y", GraphExporter.number(p.getY()),
                        "width", GraphExporter.number(size), "height", GraphExporter.number(size))
                .empty("y:Fill", "color", style.colour(), "transparent", "false")
                .text("y:NodeLabel", v.label(), "modelName", "sandwich", "modelPosition", "s", "fontSize", "10")
                .empty("y:Shape", "type", style.yedShape())
                .close().close().close();
    }

    /** One {@code <data>} per non-empty value; the key is the prefix and the name. */
    private static void data(XmlOut xml, String prefix, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (!pairs[i + 1].isEmpty()) {
                xml.text("data", pairs[i + 1], "key", prefix + pairs[i]);
            }
        }
    }
}
