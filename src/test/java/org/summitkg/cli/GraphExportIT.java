package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.export.GraphExporter;
import org.summitkg.export.GraphProjection;
import org.summitkg.export.ViewEdge;
import org.summitkg.export.ViewFilter;
import org.summitkg.export.ViewNode;

/** The graph view of the corpus in every export format, checked the way the tools would read it. */
class GraphExportIT {
    @TempDir
    Path dir;

    private final BuiltCorpus built = BuiltCorpus.get();

    private Graph<ViewNode, ViewEdge> view(ViewFilter filter) {
        return new GraphProjection(built.store.dataset(), filter).project();
    }

    private static String write(GraphExporter.Format format, Graph<ViewNode, ViewEdge> view) {
        StringWriter out = new StringWriter();
        format.write(view, out);
        return out.toString();
    }

    private static void validate(String xml, String xsd) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        URL schema = GraphExporter.class.getClassLoader().getResource(xsd);
        Schema s = factory.newSchema(schema);
        s.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void graphMlIsValidAgainstItsSchema() throws Exception {
        String xml = write(GraphExporter.Format.GRAPHML, view(ViewFilter.all()));
        validate(xml, "graphml.xsd");
        assertTrue(xml.contains("co-occurs") && xml.contains("Q7747"), "no co-occurrence or Wikidata id in GraphML");
    }

    @Test
    void gexfIsValidAgainstItsSchema() throws Exception {
        String xml = write(GraphExporter.Format.GEXF, view(ViewFilter.all()));
        validate(xml, "gexf.xsd");
        assertTrue(xml.contains("participant"));
    }

    @Test
    void dotRendersWithGraphviz() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "Graphviz is not installed (.ci/run installs it)");
        Path dot = Files.writeString(dir.resolve("view.dot"), write(GraphExporter.Format.DOT, view(ViewFilter.all())));
        Process p = new ProcessBuilder("/usr/bin/dot", "-Tsvg", dot.toString()).redirectErrorStream(true).start();
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), svg);
        assertTrue(svg.contains("<svg") && svg.contains("Vladimir Putin"), svg.substring(0, Math.min(400, svg.length())));
    }

    @Test
    void cytoscapeJsonHasElementsWithConsistentIds() throws IOException {
        JsonNode root = new ObjectMapper().readTree(write(GraphExporter.Format.CYTOSCAPE, view(ViewFilter.all())));
        Set<String> ids = new HashSet<>();
        root.path("elements").path("nodes").forEach(n -> ids.add(n.path("data").path("id").asText()));
        assertTrue(ids.size() > 50, "nodes: " + ids.size());
        JsonNode edges = root.path("elements").path("edges");
        assertTrue(edges.size() > 50, "edges: " + edges.size());
        edges.forEach(e -> assertTrue(ids.contains(e.path("data").path("source").asText())
                && ids.contains(e.path("data").path("target").asText()), e.toString()));
    }

    @Test
    void filtersNarrowTheView() {
        Graph<ViewNode, ViewEdge> all = view(ViewFilter.all());
        Graph<ViewNode, ViewEdge> noStatements = view(new ViewFilter(null, null, 1, false));
        assertTrue(noStatements.vertexSet().stream().noneMatch(v -> v.type().equals("Statement")));
        Graph<ViewNode, ViewEdge> heavy = view(new ViewFilter(null, null, 3, true));
        assertTrue(heavy.edgeSet().stream().filter(e -> e.relation().equals("co-occurs")).allMatch(e -> e.weight() >= 3));
        Graph<ViewNode, ViewEdge> ceasefire = view(new ViewFilter("ceasefire", null, 1, true));
        assertTrue(ceasefire.vertexSet().size() < all.vertexSet().size());
        assertTrue(ceasefire.vertexSet().stream().anyMatch(v -> v.type().equals("Topic") && v.label().equals("ceasefire")));
        Graph<ViewNode, ViewEdge> one = view(new ViewFilter(null, "004_e4c38989746e1229.txt", 1, true));
        assertTrue(one.vertexSet().size() < all.vertexSet().size() && !one.vertexSet().isEmpty());
    }
}
