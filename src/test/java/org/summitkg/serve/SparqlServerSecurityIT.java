package org.summitkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.Fixtures;
import org.summitkg.rdf.GraphMetadata;
import org.summitkg.rdf.RdfMapper;
import org.summitkg.rdf.TdbStore;


/** A writable endpoint (basic auth on update and graph-store write only) and the query timeout, over HTTP. */
class SparqlServerSecurityIT {
    @TempDir
    static Path dir;

    static TdbStore store;
    static SparqlServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = TdbStore.open(dir.resolve("db"));
        store.replaceArticleGraph("case", new RdfMapper(new GraphMetadata(Instant.now(), "test"))
                .map(new ArticleExtractor().extract(Fixtures.load("named-and-nominal"))));
        Path users = Files.writeString(dir.resolve("users"), "writer: s3cret\n");
        server = SparqlServer.create(store.dataset()).port(0).timeoutMs(1000).allowUpdate(users).ui(false).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String base() {
        return "http://localhost:" + server.port() + "/summit";
    }

    private static HttpResponse<String> update(String authorization) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> \"written\" } }"));
        if (authorization != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(authorization.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void writesNeedTheRightCredentialsAndReadingStaysOpen() throws Exception {
        assertEquals(401, update(null).statusCode());
        assertEquals(401, update("writer:wrong").statusCode());
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(base() + "/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, put.statusCode());
        int ok = update("writer:s3cret").statusCode();
        assertTrue(ok == 200 || ok == 204, "status " + ok);
        HttpResponse<String> read = query("SELECT ?o WHERE { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> ?o } }");
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("written"), read.body());
    }

    @Test
    void aRunawayQueryTimesOutWith503AndTheServerKeepsServing() throws Exception {
        HttpResponse<String> runaway = query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        assertEquals(503, runaway.statusCode(), runaway.body());
        assertEquals(200, query("ASK { ?s ?p ?o }").statusCode());
    }
}
