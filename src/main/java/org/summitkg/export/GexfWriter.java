package org.summitkg.export;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * GEXF 1.2 for Gephi: typed node and edge attributes, {@code viz:color} by type, {@code viz:size}
 * by degree, {@code viz:position} when laid out, and the time dimension — every node and edge has
 * a spell for each publication day of the articles it comes from, so Gephi's timeline plays the
 * story day by day.
 */
final class GexfWriter {
    static final String NS = "http://www.gexf.net/1.2draft";
    static final String VIZ = "http://www.gexf.net/1.2draft/viz";
    private static final String[][] NODE_ATTRIBUTES = {
        {"type", "string"}, {"kind", "string"}, {"text", "string"}, {"date", "string"}, {"iri", "anyURI"},
        {"wikidata", "string"}, {"url", "anyURI"}, {"articles", "integer"}, {"degree", "integer"}};
    private static final String[][] EDGE_ATTRIBUTES = {{"relation", "string"}, {"sources", "string"}};

    private final Graph<ViewNode, ViewEdge> graph;
    private final Map<ViewNode, String> ids;
    private final Map<ViewNode, Point2D> positions;

    GexfWriter(Graph<ViewNode, ViewEdge> graph, Map<ViewNode, String> ids, Map<ViewNode, Point2D> positions) {
        this.graph = graph;
        this.ids = ids;
        this.positions = positions;
    }

    void write(Writer out) {
        boolean dynamic = graph.vertexSet().stream().anyMatch(v -> !v.dates().isEmpty());
        XmlOut xml = new XmlOut(out).start()
                .open("gexf", "xmlns", NS, "xmlns:viz", VIZ, "version", "1.2")
                .open("meta").text("creator", "summit-kg")
                .text("description", "summit-kg graph view: who said what, who met whom").close()
                .open("graph", "defaultedgetype", "directed", "mode", dynamic ? "dynamic" : "static",
                        "timeformat", dynamic ? "date" : "");
        declare(xml, "node", NODE_ATTRIBUTES);
        declare(xml, "edge", EDGE_ATTRIBUTES);
        xml.open("nodes");
        graph.vertexSet().forEach(v -> node(xml, v));
        xml.close().open("edges");
        int n = 0;
        for (ViewEdge e : graph.edgeSet()) {
            edge(xml, e, "e" + (++n));
        }
        xml.close().close().close().end();
    }

    private static void declare(XmlOut xml, String kind, String[][] attributes) {
        xml.open("attributes", "class", kind);
        for (String[] a : attributes) {
            xml.empty("attribute", "id", a[0], "title", a[0], "type", a[1]);
        }
        xml.close();
    }

    private void node(XmlOut xml, ViewNode v) {
        xml.open("node", "id", ids.get(v), "label", v.label());
        values(xml, "type", v.type(), "kind", v.kind(), "text", v.type().equals("Statement") ? v.text() : "",
                "date", v.date(), "iri", v.id(), "wikidata", v.wikidata(), "url", v.url(),
                "articles", Integer.toString(v.articles()), "degree", Integer.toString(graph.degreeOf(v)));
        spells(xml, v.dates());
        NodeStyle style = NodeStyle.of(v.type());
        xml.empty("viz:color", "r", Integer.toString(style.red()), "g", Integer.toString(style.green()),
                "b", Integer.toString(style.blue()));
        xml.empty("viz:size", "value", GraphExporter.number(NodeStyle.size(graph.degreeOf(v))));
        Point2D p = positions.get(v);
        if (p != null) {
            xml.empty("viz:position", "x", GraphExporter.number(p.getX()), "y", GraphExporter.number(-p.getY()), "z", "0");
        }
        xml.close();
    }

    private void edge(XmlOut xml, ViewEdge e, String id) {
        xml.open("edge", "id", id, "source", ids.get(graph.getEdgeSource(e)), "target", ids.get(graph.getEdgeTarget(e)),
                "label", e.relation(), "weight", GraphExporter.number(e.weight()));
        values(xml, "relation", e.relation(), "sources", e.articles());
        spells(xml, e.dates());
        xml.close();
    }

    private static void values(XmlOut xml, String... pairs) {
        xml.open("attvalues");
        for (int i = 0; i < pairs.length; i += 2) {
            if (!pairs[i + 1].isEmpty()) {
                xml.empty("attvalue", "for", pairs[i], "value", pairs[i + 1]);
            }
        }
        xml.close();
    }

    private static void spells(XmlOut xml, List<String> dates) {
        if (dates.isEmpty()) {
            return;
        }
        xml.open("spells");
        dates.forEach(d -> xml.empty("spell", "start", d, "end", d));
        xml.close();
    }
}
