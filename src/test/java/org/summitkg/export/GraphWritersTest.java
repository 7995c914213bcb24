package org.summitkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;


/** The graph writers on a small invented view: what each tool reads from its format. */
class GraphWritersTest {
    private static final String LONG = "the harbour authority will reopen the northern quay to freight traffic "
            + "once the dredging of the channel is finished next spring";

    @TempDir
    Path dir;

    private final ViewNode mayor = ViewNode.of("urn:p:mayor", "Ana Ribeiro", "Person", "Q1", 2, List.of("2031-03-01", "2031-03-04"));
    private final ViewNode council = ViewNode.of("urn:o:council", "Harbour Council", "Organization", "", 1, List.of("2031-03-04"));
    private final ViewNode statement = new ViewNode("urn:s:1", ViewNode.shorten(LONG), "Statement", "", 1, LONG, "reported", "",
            List.of("2031-03-04"));
    private final ViewNode topic = ViewNode.of("urn:t:port", "ports", "Topic", "", 1, List.of());

    private Graph<ViewNode, ViewEdge> graph() {
        Graph<ViewNode, ViewEdge> g = new DirectedWeightedPseudograph<>(ViewEdge.class);
        List.of(mayor, council, statement, topic).forEach(g::addVertex);
        g.addEdge(mayor, statement, new ViewEdge("said", 1, "a.txt", List.of("2031-03-04")));
        g.addEdge(statement, topic, new ViewEdge("about", 1, "a.txt", List.of("2031-03-04")));
        g.addEdge(mayor, council, new ViewEdge("co-occurs", 3, "a.txt | b.txt", List.of("2031-03-01", "2031-03-04")));
        return g;
    }

    private static String write(GraphExporter.Format format, Graph<ViewNode, ViewEdge> g, View view, Map<ViewNode, Point2D> at) {
        StringWriter out = new StringWriter();
        format.write(g, view, at, out);
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void statementLabelsAreShortenedAtAWordAndKeepTheirText() {
        assertTrue(statement.label().length() <= ViewNode.LABEL_LENGTH && statement.label().endsWith("…"), statement.label());
        assertTrue(LONG.startsWith(statement.label().replace("…", "")), "cut inside the text");
        assertFalse(statement.label().replace("…", "").endsWith(" "), "cut before a space");
        assertEquals(LONG, statement.text());
        assertEquals("ports", topic.text());
    }

    @Test
    void gexfHasVizColourSizePositionAndOneSpellPerPublicationDay() throws Exception {
        Graph<ViewNode, ViewEdge> g = graph();
        String xml = write(GraphExporter.Format.GEXF, g, View.ALL, Layout.FORCE.positions(g));
        Schemas.validate(Schemas.gexf(dir), xml);
        Document doc = parse(xml);
        Element graphElement = (Element) doc.getElementsByTagNameNS(GexfWriter.NS, "graph").item(0);
        assertEquals("dynamic", graphElement.getAttribute("mode"));
        assertEquals("date", graphElement.getAttribute("timeformat"));
        Element person = node(doc, "Ana Ribeiro");
        Element colour = (Element) person.getElementsByTagNameNS(GexfWriter.VIZ, "color").item(0);
        NodeStyle style = NodeStyle.of("Person");
        assertEquals(List.of(style.red(), style.green(), style.blue()), List.of(Integer.parseInt(colour.getAttribute("r")),
                Integer.parseInt(colour.getAttribute("g")), Integer.parseInt(colour.getAttribute("b"))));
        assertEquals(1, person.getElementsByTagNameNS(GexfWriter.VIZ, "position").getLength());
        assertTrue(size(person) > size(node(doc, "ports")), "size grows with degree");
        NodeList spells = person.getElementsByTagNameNS(GexfWriter.NS, "spell");
        assertEquals(2, spells.getLength());
        assertEquals("2031-03-01", ((Element) spells.item(0)).getAttribute("start"));
        assertEquals(0, node(doc, "ports").getElementsByTagNameNS(GexfWriter.NS, "spell").getLength(), "no date, no spell");
        assertTrue(xml.contains("value=\"" + LONG + "\""), "the statement's full text is an attribute");
        assertThrows(AssertionError.class, () -> Schemas.validate(Schemas.gexf(dir), xml.replace("viz:color", "viz:colour")),
                "the schema checks the viz elements");
    }

    @Test
    void gexfWithoutDatesOrLayoutIsStaticAndUnplaced() throws Exception {
        Graph<ViewNode, ViewEdge> g = new DirectedWeightedPseudograph<>(ViewEdge.class);
        g.addVertex(ViewNode.of("urn:x", "Lake Orla", "Place", "", 1, List.of()));
        String xml = write(GraphExporter.Format.GEXF, g, View.ALL, Map.of());
        Schemas.validate(Schemas.gexf(dir), xml);
        assertTrue(xml.contains("mode=\"static\"") && !xml.contains("viz:position") && !xml.contains("spell"), xml);
    }

    private static double size(Element node) {
        return Double.parseDouble(((Element) node.getElementsByTagNameNS(GexfWriter.VIZ, "size").item(0)).getAttribute("value"));
    }

    private static Element node(Document doc, String label) {
        NodeList nodes = doc.getElementsByTagNameNS(GexfWriter.NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("label").equals(label)) {
                return (Element) nodes.item(i);
            }
        }
        throw new AssertionError("no node " + label);
    }

    @Test
    void graphMlCarriesYedShapesColoursAndTypedKeys() throws Exception {
        Graph<ViewNode, ViewEdge> g = graph();
        String xml = write(GraphExporter.Format.GRAPHML, g, View.ALL, Layout.FORCE.positions(g));
        Schemas.validate(Schemas.yedGraphMl(dir), xml);
        Document doc = parse(xml);
        NodeList fills = doc.getElementsByTagNameNS(GraphMlWriter.YFILES, "Fill");
        assertEquals(4, fills.getLength());
        NodeList labels = doc.getElementsByTagNameNS(GraphMlWriter.YFILES, "NodeLabel");
        for (int i = 0; i < labels.getLength(); i++) {
            if (labels.item(i).getTextContent().equals("Harbour Council")) {
                Element shapeNode = (Element) labels.item(i).getParentNode();
                assertEquals(NodeStyle.ORGANIZATION.colour(), ((Element) shapeNode.getElementsByTagNameNS(GraphMlWriter.YFILES, "Fill")
                        .item(0)).getAttribute("color"));
            }
        }
        assertThrows(AssertionError.class, () -> Schemas.validate(Schemas.yedGraphMl(dir), xml.replace("<graph ", "<grph ")));
        assertTrue(xml.contains("attr.name=\"articles\" attr.type=\"int\"") && xml.contains("yfiles.type=\"nodegraphics\""), xml);
    }

    @Test
    void dotClustersByTypeOrRanksAFlowAndShortensLabels() {
        Graph<ViewNode, ViewEdge> g = graph();
        String clustered = write(GraphExporter.Format.DOT, g, View.ALL, Map.of());
        assertTrue(clustered.contains("subgraph \"cluster_Person\"") && clustered.contains("layout=fdp"), clustered);
        assertTrue(clustered.contains("label=\"" + statement.label() + "\""));
        assertTrue(clustered.contains("tooltip=\"Statement (reported): " + LONG + "\""), "full text as tooltip");
        assertTrue(clustered.contains("URL=\"https://www.wikidata.org/wiki/Q1\""));
        String ranked = write(GraphExporter.Format.DOT, g, View.CLAIMS, Map.of());
        assertTrue(ranked.contains("rankdir=LR") && !ranked.contains("subgraph"), ranked);
        String placed = write(GraphExporter.Format.DOT, g, View.ALL, Layout.FORCE.positions(g));
        assertTrue(placed.contains("layout=neato") && placed.contains("pos=\""), placed);
    }

    @Test
    void dotShowsAnEventsDateOnceWhetherOrNotItsLabelHoldsIt() {
        Graph<ViewNode, ViewEdge> g = new DirectedWeightedPseudograph<>(ViewEdge.class);
        g.addVertex(new ViewNode("urn:e:1", "Summit of Ana Ribeiro, Port Alder, 2031-03-04", "Event", "", 1, "", "happened",
                "2031-03-04", List.of()));
        g.addVertex(new ViewNode("urn:e:2", "Meeting of Ana Ribeiro", "Event", "", 1, "", "happened", "2031-03-01", List.of()));
        String dot = write(GraphExporter.Format.DOT, g, View.EVENTS, Map.of());
        assertTrue(dot.contains("label=\"Summit of Ana Ribeiro, Port Alder, 2031-03-04\","), dot);
        assertTrue(dot.contains("label=\"Meeting of Ana Ribeiro\\n2031-03-01\""), dot);
    }

    @Test
    void dotQuotesWhatGraphvizWouldMisread() {
        assertEquals("\"say \\\"no\\\" \\\\ now\\nthen\"", DotWriter.quote("say \"no\" \\ now\nthen"));
    }

    @Test
    void cytoscapeJsonHasPositionsSizesAndDates() throws Exception {
        Graph<ViewNode, ViewEdge> g = graph();
        JsonNode root = new ObjectMapper().readTree(write(GraphExporter.Format.CYTOSCAPE, g, View.ALL, Layout.FORCE.positions(g)));
        JsonNode nodes = root.path("elements").path("nodes");
        assertEquals(4, nodes.size());
        for (JsonNode n : nodes) {
            assertTrue(n.path("position").has("x") && n.path("position").has("y"), n.toString());
            assertEquals(NodeStyle.size(n.path("data").path("degree").asInt()), n.path("data").path("size").asDouble());
        }
        JsonNode said = root.path("elements").path("edges").get(0).path("data");
        assertEquals("said", said.path("relation").asText());
        assertEquals("2031-03-04", said.path("dates").get(0).asText());
        JsonNode unplaced = new ObjectMapper().readTree(write(GraphExporter.Format.CYTOSCAPE, g, View.ALL, Map.of()));
        assertFalse(unplaced.path("elements").path("nodes").get(0).has("position"));
    }

    @Test
    void styleColoursEveryTypeAsTheExportsDo() {
        JsonNode file = CytoscapeStyle.file(new ObjectMapper());
        assertEquals(CytoscapeStyle.TITLE, file.get(0).path("title").asText());
        for (NodeStyle s : NodeStyle.values()) {
            if (s == NodeStyle.OTHER) {
                continue;
            }
            boolean found = false;
            for (JsonNode rule : file.get(0).path("style")) {
                found |= rule.path("selector").asText().equals("node[type = \"" + s.type() + "\"]")
                        && rule.path("css").path("background-color").asText().equals(s.colour());
            }
            assertTrue(found, "no rule for " + s);
        }
    }
}
