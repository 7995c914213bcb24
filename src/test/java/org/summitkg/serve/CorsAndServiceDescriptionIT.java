package org.summitkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.Fixtures;
import org.summitkg.rdf.GraphMetadata;
import org.summitkg.rdf.RdfMapper;
import org.summitkg.rdf.TdbStore;


/**
 * Cross-origin access over HTTP: the read-only endpoints answer CORS (any origin by default, only
 * the configured ones when restricted), the password-protected write endpoints never do; and the
 * query endpoint describes itself (SPARQL 1.1 Service Description).
 */
class CorsAndServiceDescriptionIT {
    private static final String ORIGIN = "http://notebook.example:8888";
    private static final String ALLOW = "Access-Control-Allow-Origin";

    @TempDir
    static Path dir;

    static TdbStore store;
    static SparqlServer open;
    static SparqlServer restricted;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = TdbStore.open(dir.resolve("db"));
        store.replaceArticleGraph("case", new RdfMapper(new GraphMetadata(Instant.now(), "test"))
                .map(new ArticleExtractor().extract(Fixtures.load("named-and-nominal"))));
        Path users = Files.writeString(dir.resolve("users"), "writer: s3cret\n");
        open = SparqlServer.create(store.dataset()).port(0).allowUpdate(users).start();
        restricted = SparqlServer.create(store.dataset()).port(0).ui(false).corsOrigins(List.of("https://allowed.example")).start();
    }

    @AfterAll
    static void stop() {
        open.stop();
        restricted.stop();
        store.close();
    }

    private static HttpResponse<String> preflight(SparqlServer server, String path, String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(SparqlServer server, String pathAndQuery, String origin, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + pathAndQuery));
        if (origin != null) {
            r.header("Origin", origin);
        }
        if (accept != null) {
            r.header("Accept", accept);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String select() {
        return "/summit/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8);
    }

    @Test
    void readEndpointsAnswerAPreflightAndACrossOriginQuery() throws Exception {
        for (String path : SparqlServer.READ_PATHS) {
            HttpResponse<String> pre = preflight(open, path, ORIGIN);
            assertEquals(Optional.of(ORIGIN), pre.headers().firstValue(ALLOW), path + " preflight: " + pre.headers().map());
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), path);
        }
        HttpResponse<String> answer = get(open, select(), ORIGIN, "application/sparql-results+json");
        assertEquals(200, answer.statusCode());
        assertEquals(Optional.of(ORIGIN), answer.headers().firstValue(ALLOW));
        assertTrue(answer.body().contains("\"bindings\""), answer.body());
    }

    @Test
    void writeEndpointsNeverAnswerCors() throws Exception {
        for (String path : new String[] {"/summit/update", "/summit/data"}) {
            HttpResponse<String> pre = preflight(open, path, ORIGIN);
            assertEquals(Optional.empty(), pre.headers().firstValue(ALLOW), path + ": " + pre.headers().map());
        }
    }

    @Test
    void aRestrictedServerAnswersOnlyItsOrigins() throws Exception {
        assertEquals(Optional.of("https://allowed.example"),
                get(restricted, select(), "https://allowed.example", null).headers().firstValue(ALLOW));
        HttpResponse<String> other = get(restricted, select(), ORIGIN, null);
        assertEquals(200, other.statusCode(), "a same-machine client without CORS still gets its answer");
        assertEquals(Optional.empty(), other.headers().firstValue(ALLOW));
    }

    @Test
    void theQueryEndpointDescribesItself() throws Exception {
        String endpoint = "http://localhost:" + open.port() + "/summit/sparql";
        HttpResponse<String> turtle = get(open, "/summit/sparql", null, null);
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), turtle.headers().map().toString());
        Model sd = ModelFactory.createDefaultModel().read(new StringReader(turtle.body()), null, "TURTLE");
        Resource service = sd.listSubjectsWithProperty(RDF.type, sd.createResource(ServiceDescriptionFilter.SD + "Service")).next();
        assertEquals(endpoint, service.getPropertyResourceValue(sd.createProperty(ServiceDescriptionFilter.SD, "endpoint")).getURI());
        assertTrue(sd.contains(service, sd.createProperty(ServiceDescriptionFilter.SD, "resultFormat"),
                sd.createResource("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        HttpResponse<String> jsonld = get(open, "/summit/sparql", null, "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(sd.size(), ModelFactory.createDefaultModel().read(new StringReader(jsonld.body()), null, "JSON-LD").size());
        assertTrue(get(open, select(), null, "application/sparql-results+json").body().contains("\"bindings\""), "queries still answer");
    }
}
