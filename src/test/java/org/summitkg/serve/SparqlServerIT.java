package org.summitkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.rdf.GraphMetadata;
import org.summitkg.rdf.RdfMapper;
import org.summitkg.rdf.TdbStore;


/**
 * A real Fuseki on a free port over a real TDB2 store, queried over HTTP. The store holds an
 * article built from a recorded fixture (the CLI's integration test covers the CoreNLP path).
 */
class SparqlServerIT {
    @TempDir
    static Path dir;

    static TdbStore store;
    static SparqlServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TdbStore.open(dir);
        store.loadOntology();
        var graph = new org.summitkg.extract.ArticleExtractor().extract(org.summitkg.extract.Fixtures.load("named-and-nominal"));
        store.replaceArticleGraph("named-and-nominal",
                new RdfMapper(new GraphMetadata(java.time.Instant.now(), "test")).map(graph));
        server = SparqlServer.create(store.dataset()).port(0).viewerRows(10).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint() + "?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build());
    }

    @Test
    void answersSparqlOverHttpWithTheUnionOfArticleGraphs() throws Exception {
        HttpResponse<String> r = query("PREFIX summit: <https://w3id.org/summit-kg/ontology#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?label WHERE { ?p a summit:Person ; rdfs:label ?label } ORDER BY ?label");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"Anna Keller\"") && r.body().contains("\"Louis Moreau\""), r.body());
    }

    @Test
    void aMalformedQueryAnswers400WithTheParsersMessage() throws Exception {
        HttpResponse<String> r = query("SELECT * WHERE { ?s ?p }");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1"), r.body());
    }

    @Test
    void refusesUpdates() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/summit/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/summit/data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "status " + put.statusCode());
    }

    @Test
    void servesTheWebUiAndTheServerStatusItNeeds() throws Exception {
        HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(server.homePage())).build());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().toLowerCase().contains("<html"), home.body());
        HttpResponse<String> status = send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/$/server")).build());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/summit"), status.body());
    }

    @Test
    void theViewerEndpointCapsTheRowsAndTakesOnlySelect() throws Exception {
        String url = "http://localhost:" + server.port() + "/viewer/sparql?query=";
        HttpResponse<String> all = send(HttpRequest.newBuilder(URI.create(url
                + URLEncoder.encode("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8))).build());
        assertEquals(200, all.statusCode());
        assertEquals(10, all.body().split("\"s\"\\s*:").length - 1, all.body());
        HttpResponse<String> construct = send(HttpRequest.newBuilder(URI.create(url
                + URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o }", StandardCharsets.UTF_8))).build());
        assertEquals(400, construct.statusCode());
    }

    @Test
    void aGraphThatDoesNotExistAnswers404() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                + "/summit/get?graph=" + URLEncoder.encode("https://w3id.org/summit-kg/graph/no-such-article", StandardCharsets.UTF_8)))
                .header("Accept", "text/turtle").build());
        assertEquals(404, r.statusCode());
    }

    @Test
    void graphStoreReadReturnsTurtle() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                + "/summit/get?graph=" + URLEncoder.encode("https://w3id.org/summit-kg/graph/named-and-nominal", StandardCharsets.UTF_8)))
                .header("Accept", "text/turtle").build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Louis Moreau"));
    }
}
