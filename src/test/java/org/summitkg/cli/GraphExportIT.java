package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.corpus.Article;
import org.summitkg.export.GraphExporter;
import org.summitkg.export.GraphProjection;
import org.summitkg.export.Schemas;
import org.summitkg.export.View;
import org.summitkg.export.ViewEdge;
import org.summitkg.export.ViewFilter;
import org.summitkg.export.ViewNode;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.Fixtures;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.rdf.GraphMetadata;
import org.summitkg.rdf.RdfMapper;
import org.summitkg.rdf.TdbStore;


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

    @Test
    void graphMlIsValidAgainstItsSchema() throws Exception {
        String xml = write(GraphExporter.Format.GRAPHML, view(ViewFilter.all()));
        Schemas.validate(Schemas.yedGraphMl(dir), xml);
        assertTrue(xml.contains("co-occurs") && xml.contains("Q7747"), "no co-occurrence or Wikidata id in GraphML");
    }

    @Test
    void gexfIsValidAgainstItsSchema() throws Exception {
        String xml = write(GraphExporter.Format.GEXF, view(ViewFilter.all()));
        Schemas.validate(Schemas.gexf(dir), xml);
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
        Graph<ViewNode, ViewEdge> noStatements = view(new ViewFilter(View.ALL, null, null, 1, false));
        assertTrue(noStatements.vertexSet().stream().noneMatch(v -> v.type().equals("Statement")));
        Graph<ViewNode, ViewEdge> heavy = view(new ViewFilter(View.ALL, null, null, 3, true));
        assertTrue(heavy.edgeSet().stream().filter(e -> e.relation().equals("co-occurs")).allMatch(e -> e.weight() >= 3));
        Graph<ViewNode, ViewEdge> ceasefire = view(new ViewFilter(View.ALL, "ceasefire", null, 1, true));
        assertTrue(ceasefire.vertexSet().size() < all.vertexSet().size());
        assertTrue(ceasefire.vertexSet().stream().anyMatch(v -> v.type().equals("Topic") && v.label().equals("ceasefire")));
        Graph<ViewNode, ViewEdge> one = view(new ViewFilter(View.ALL, null, "004_e4c38989746e1229.txt", 1, true));
        assertTrue(one.vertexSet().size() < all.vertexSet().size() && !one.vertexSet().isEmpty());
    }

    @Test
    void theClaimsViewIsSpeakersStatementsAndTopics() {
        Graph<ViewNode, ViewEdge> claims = view(ViewFilter.of(View.CLAIMS));
        Graph<ViewNode, ViewEdge> all = view(ViewFilter.all());
        assertEquals(count(all, "Statement"), count(claims, "Statement"));
        assertEquals(count(all, "Topic"), count(claims, "Topic"));
        assertEquals(0, count(claims, "Event"));
        for (ViewNode v : claims.vertexSet()) {
            switch (v.type()) {
                case "Statement" -> {
                    Set<String> in = relations(claims.incomingEdgesOf(v));
                    assertTrue(in.contains("said") && Set.of("said", "reports").containsAll(in), v.text() + ": " + in);
                    assertTrue(!v.kind().isEmpty() && v.text().length() >= v.label().length() - 1, v.toString());
                }
                case "Topic" -> assertEquals(Set.of("about"), relations(claims.incomingEdgesOf(v)));
                default -> assertEquals(Set.of("said"), relations(claims.outgoingEdgesOf(v)), "a node that says nothing: " + v);
            }
        }
    }

    @Test
    void theNetworkViewIsEntitiesAndTheirCooccurrence() {
        Graph<ViewNode, ViewEdge> network = view(ViewFilter.of(View.NETWORK));
        assertTrue(network.vertexSet().stream().noneMatch(v -> Set.of("Statement", "Topic", "Event").contains(v.type())));
        assertEquals(Set.of("co-occurs"), relations(network.edgeSet()));
        assertEquals(count(view(ViewFilter.all()), "Person"), count(network, "Person"));
    }

    @Test
    void theEventsViewHasParticipantsAndPlacesInDateOrder() {
        Graph<ViewNode, ViewEdge> events = view(ViewFilter.of(View.EVENTS));
        assertEquals(Set.of("participant", "place"), relations(events.edgeSet()));
        List<String> dates = events.vertexSet().stream().filter(v -> v.type().equals("Event")).map(ViewNode::date).toList();
        assertTrue(dates.stream().anyMatch(d -> !d.isEmpty()), "no dated event");
        List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
        assertEquals(dated.stream().sorted().toList(), dated, "events out of date order");
        assertEquals(dated, dates.subList(0, dated.size()), "an undated event before a dated one");
        for (ViewEdge e : events.edgeSet()) {
            ViewNode from = events.getEdgeSource(e);
            ViewNode to = events.getEdgeTarget(e);
            assertEquals("Event", e.relation().equals("place") ? from.type() : to.type(), e + " " + from + " → " + to);
        }
    }

    @Test
    void nodesAndEdgesCarryThePublicationDatesOfTheirArticles() {
        try (TdbStore store = TdbStore.open(dir.resolve("dated"))) {
            AnnotatedArticle fixture = Fixtures.load("statements");
            Article a = fixture.article();
            Article dated = new Article(a.id(), a.file(), a.title(), a.author(), LocalDate.of(2031, 3, 4), a.source(), a.text());
            store.replaceArticleGraph(a.id(), new RdfMapper(new GraphMetadata(Instant.now(), "test"))
                    .map(new ArticleExtractor().extract(new AnnotatedArticle(dated, fixture.annotations()))));
            Graph<ViewNode, ViewEdge> g = new GraphProjection(store.dataset(), ViewFilter.all()).project();
            assertTrue(g.vertexSet().stream().filter(v -> !v.type().equals("Topic")).allMatch(v -> v.dates().equals(List.of("2031-03-04"))),
                    g.vertexSet().toString());
            assertTrue(!g.edgeSet().isEmpty() && g.edgeSet().stream().allMatch(e -> e.dates().equals(List.of("2031-03-04"))));
        }
    }

    private static long count(Graph<ViewNode, ViewEdge> g, String type) {
        return g.vertexSet().stream().filter(v -> v.type().equals(type)).count();
    }

    private static Set<String> relations(Set<ViewEdge> edges) {
        Set<String> r = new HashSet<>();
        edges.forEach(e -> r.add(e.relation()));
        return r;
    }
}
