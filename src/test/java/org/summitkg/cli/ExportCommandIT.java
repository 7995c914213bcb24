package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summitkg.internal.Folders;
import org.summitkg.export.Schemas;
import org.summitkg.rdf.TdbStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;


/**
 * Every export format of a TDB2 store built by the CLI, written by the CLI, and read back the way
 * the tools read it: parsed, validated against its schema, rendered, and counted against SPARQL
 * on the same store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCommandIT {
    private static final String PREFIX = "PREFIX summit: <https://w3id.org/summit-kg/ontology#>\n";
    /** Statements whose speaker is an entity some article mentions: the statement nodes of the view. */
    private static final String STATEMENTS = PREFIX + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a summit:Statement ; "
            + "summit:speaker ?sp . FILTER EXISTS { GRAPH ?g { ?a summit:mentions ?sp } } }";
    private static final String TOPICS = PREFIX + "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?s a summit:Statement ; "
            + "summit:speaker ?sp ; summit:about ?t . FILTER EXISTS { GRAPH ?g { ?a summit:mentions ?sp } } }";

    private final Path dir = Path.of("target/export-it");
    private final Path db = dir.resolve("db");
    private int statements;
    private int topics;

    @BeforeAll
    void buildWithTheCli() {
        Folders.delete(dir);
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("build", "--corpus", BuiltCorpus.CORPUS.toString(), "--db", db.toString(),
                "--cache", BuiltCorpus.CACHE.toString()), cli.err.toString());
        try (TdbStore store = TdbStore.open(db)) {
            statements = count(store, STATEMENTS);
            topics = count(store, TOPICS);
        }
        assertTrue(statements > 50 && topics > 2, statements + " statements, " + topics + " topics");
    }

    private static int count(TdbStore store, String query) {
        return store.dataset().calculateRead(() -> {
            try (QueryExecution q = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return q.execSelect().next().getLiteral("n").getInt();
            }
        });
    }

    private String export(String format, String file, String... more) throws IOException {
        CliHarness cli = new CliHarness();
        Path out = dir.resolve(file);
        List<String> args = new ArrayList<>(List.of("export", "--format", format, "--out", out.toString(), "--db", db.toString()));
        args.addAll(List.of(more));
        int exit = cli.run(args.toArray(String[]::new));
        assertEquals(0, exit, format + ": " + cli.err);
        assertTrue(!cli.err.toString().contains("Exception"), format + " logged: " + cli.err);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void cytoscapeJsonHasEveryStatementWithItsTextSpeakerAndTopics() throws IOException {
        JsonNode root = new ObjectMapper().readTree(export("cytoscape", "view.cyjs"));
        Set<String> ids = new HashSet<>();
        Set<String> statementIds = new HashSet<>();
        int topicNodes = 0;
        for (JsonNode n : root.path("elements").path("nodes")) {
            JsonNode data = n.path("data");
            ids.add(data.path("id").asText());
            if (data.path("type").asText().equals("Statement")) {
                assertTrue(!data.path("label").asText().isBlank(), "statement without text: " + data);
                statementIds.add(data.path("id").asText());
            }
            topicNodes += data.path("type").asText().equals("Topic") ? 1 : 0;
        }
        assertEquals(statements, statementIds.size(), "statement nodes vs SPARQL");
        assertEquals(topics, topicNodes, "topic nodes vs SPARQL");
        Set<String> spoken = new HashSet<>();
        for (JsonNode e : root.path("elements").path("edges")) {
            JsonNode data = e.path("data");
            assertTrue(ids.contains(data.path("source").asText()) && ids.contains(data.path("target").asText()), data.toString());
            if (data.path("relation").asText().equals("said")) {
                spoken.add(data.path("target").asText());
            }
        }
        assertEquals(statementIds, spoken, "every statement node has a speaker edge");
    }

    @Test
    void eachViewOpensLaidOutWithItsStyle() throws IOException {
        for (String view : new String[] {"claims", "network", "events"}) {
            JsonNode root = new ObjectMapper().readTree(export("cytoscape", view + ".cyjs", "--view", view,
                    "--style", dir.resolve("style.json").toString()));
            JsonNode nodes = root.path("elements").path("nodes");
            assertTrue(nodes.size() > 5, view + ": " + nodes.size() + " nodes");
            nodes.forEach(n -> assertTrue(n.path("position").has("x"), view + ": a node without a position " + n));
            Set<String> types = new HashSet<>();
            nodes.forEach(n -> types.add(n.path("data").path("type").asText()));
            assertEquals(view.equals("claims"), types.contains("Statement"), view + ": " + types);
            assertEquals(view.equals("events"), types.contains("Event"), view + ": " + types);
        }
        JsonNode style = new ObjectMapper().readTree(dir.resolve("style.json").toFile());
        assertEquals("summit-kg", style.get(0).path("title").asText());
        assertTrue(style.get(0).path("style").size() > 10);
        JsonNode unplaced = new ObjectMapper().readTree(export("cytoscape", "none.cyjs", "--layout", "none"));
        unplaced.path("elements").path("nodes").forEach(n -> assertTrue(!n.has("position"), n.toString()));
    }

    @Test
    void aBadViewOrLayoutIsOneLineNamingTheValue() {
        for (String[] bad : new String[][] {{"--view", "timeline"}, {"--layout", "spring"}}) {
            CliHarness cli = new CliHarness();
            int exit = cli.run("export", "--format", "gexf", "--db", db.toString(), bad[0], bad[1]);
            assertEquals(2, exit, cli.err.toString());
            String first = cli.err.toString().lines().findFirst().orElse("");
            assertTrue(first.contains(bad[1]) && first.contains(bad[0]), cli.err.toString());
        }
    }

    @Test
    void gexfIsValidAndItsStatementsHaveText() throws Exception {
        String xml = export("gexf", "view.gexf");
        Schemas.validate(Schemas.gexf(Files.createDirectories(dir.resolve("xsd-gexf"))), xml);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        String typeKey = "";
        NodeList attributes = doc.getElementsByTagName("attribute");
        for (int i = 0; i < attributes.getLength(); i++) {
            Element a = (Element) attributes.item(i);
            typeKey = a.getAttribute("title").equals("type") ? a.getAttribute("id") : typeKey;
        }
        int n = 0;
        NodeList values = doc.getElementsByTagName("attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            if (v.getAttribute("for").equals(typeKey) && v.getAttribute("value").equals("Statement")) {
                Element node = (Element) v.getParentNode().getParentNode();
                assertTrue(!node.getAttribute("label").isBlank(), "a statement node with an empty label: " + node.getAttribute("id"));
                n++;
            }
        }
        assertEquals(statements, n, "GEXF statement nodes vs SPARQL");
    }

    @Test
    void graphMlIsValid() throws Exception {
        String xml = export("graphml", "view.graphml");
        Schemas.validate(Schemas.yedGraphMl(Files.createDirectories(dir.resolve("xsd-graphml"))), xml);
        assertEquals(statements, occurrences(xml, ">Statement<"), "GraphML statement nodes vs SPARQL");
        assertEquals(topics, occurrences(xml, ">Topic<"), "GraphML topic nodes vs SPARQL");
    }

    @Test
    void dotRendersWithGraphviz() throws Exception {
        String dot = export("dot", "view.dot");
        assertEquals(statements, occurrences(dot, "shape=note"), "DOT statement nodes vs SPARQL");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "Graphviz is not installed (.ci/run installs it)");
        Process p = new ProcessBuilder("/usr/bin/dot", "-Tsvg", dir.resolve("view.dot").toString()).redirectErrorStream(true).start();
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), svg);
    }

    @Test
    void jsonLdKeepsTheNamedGraphsAndRoundTripsToTheNQuads() throws IOException {
        String jsonld = export("jsonld", "summit.jsonld");
        String nq = export("nq", "summit.nq");
        JsonNode root = new ObjectMapper().readTree(jsonld);
        assertTrue(root.path("@context").isObject(), "no inline @context");
        JsonNode graphs = root.path("@graph");
        assertTrue(graphs.isArray() && graphs.size() >= 6, "named graphs: " + graphs.size());
        graphs.forEach(g -> assertTrue(g.has("@id") && g.path("@graph").isArray(), "not a named graph: " + g.path("@id")));
        DatasetGraph fromJsonLd = parse(jsonld, Lang.JSONLD11);
        DatasetGraph fromNq = parse(nq, Lang.NQUADS);
        assertEquals(quads(fromNq), quads(fromJsonLd));
    }

    @Test
    void turtleAndTrigParse() throws IOException {
        assertTrue(parse(export("ttl", "summit.ttl"), Lang.TURTLE).getDefaultGraph().size() > 1000);
        assertTrue(parse(export("trig", "summit.trig"), Lang.TRIG).size() >= 6);
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        Set<Quad> all = new HashSet<>();
        dsg.find().forEachRemaining(all::add);
        assertTrue(all.stream().noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()), "blank nodes");
        return all;
    }

    private static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(text, lang).parse(dsg);
        return dsg;
    }

    private static int occurrences(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

}
