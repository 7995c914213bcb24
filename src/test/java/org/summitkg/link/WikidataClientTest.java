package org.summitkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.extract.entity.EntityType;


/** The online client against a local HTTP server that answers in the Wikidata API's own format. */
class WikidataClientTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> queries = new ArrayList<>();

    /** wbsearchentities: "Georgia" finds the US state first, then the country. */
    private static final String SEARCH = """
            {"searchinfo":{"search":"Georgia"},"search":[
             {"id":"Q1428","title":"Q1428","pageid":1500,"display":{"label":{"value":"Georgia","language":"en"}},
              "repository":"wikidata","url":"//www.wikidata.org/wiki/Q1428","concepturi":"http://www.wikidata.org/entity/Q1428",
              "label":"Georgia","description":"state of the United States of America","match":{"type":"label","language":"en","text":"Georgia"}},
             {"id":"Q230","title":"Q230","pageid":300,"display":{"label":{"value":"Georgia","language":"en"}},
              "repository":"wikidata","url":"//www.wikidata.org/wiki/Q230","concepturi":"http://www.wikidata.org/entity/Q230",
              "label":"Georgia","description":"country in the Caucasus","match":{"type":"label","language":"en","text":"Georgia"}}],
             "search-continue":2,"success":1}""";

    private static final String ENTITIES = """
            {"entities":{
             "Q1428":{"type":"item","id":"Q1428","labels":{"en":{"language":"en","value":"Georgia"}},
               "claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":35657,"id":"Q35657"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","rank":"normal"}]}},
             "Q230":{"type":"item","id":"Q230","labels":{"en":{"language":"en","value":"Georgia"}},
               "claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":6256,"id":"Q6256"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","rank":"normal"}]}}},
             "success":1}""";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            byte[] body = (query.contains("wbsearchentities") ? SEARCH : query.contains("wbgetentities") ? ENTITIES
                    : "{\"error\":{\"code\":\"unknown_action\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/flaky/api.php", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            String[] next = flaky.isEmpty() ? new String[] {"200", query.contains("wbsearchentities") ? SEARCH : ENTITIES}
                    : flaky.remove(0);
            byte[] body = next[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(Integer.parseInt(next[0]), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Answers the flaky endpoint gives first, in order: status and body. */
    private final List<String[]> flaky = new ArrayList<>();

    private WikidataClient flakyClient(int attempts) {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flaky/api.php");
        return new WikidataClient(new WikidataApi(uri, attempts, Duration.ofMillis(1)), dir.resolve("flaky-cache.json"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private WikidataClient client() {
        return new WikidataClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php"),
                dir.resolve("wikidata-cache.json"));
    }

    @Test
    void keepsTheFirstCandidateOfAFittingType() {
        GazetteerItem country = client().reconcile("Georgia", EntityType.COUNTRY).orElseThrow();
        assertEquals("Q230", country.qid());
        GazetteerItem state = client().reconcile("Georgia", EntityType.REGION).orElseThrow();
        assertEquals("Q1428", state.qid());
        assertTrue(queries.get(0).contains("action=wbsearchentities") && queries.get(0).contains("search=Georgia"));
        assertTrue(queries.get(1).contains("action=wbgetentities") && queries.get(1).contains("ids=Q1428%7CQ230"));
    }

    @Test
    void aPersonGetsNoPlace() {
        assertTrue(client().reconcile("Georgia", EntityType.PERSON).isEmpty());
    }

    @Test
    void asksEachNameOnceAcrossRunsThroughTheCacheFile() {
        WikidataClient first = client();
        first.reconcile("Georgia", EntityType.COUNTRY);
        assertEquals(2, first.requests());
        first.save();
        WikidataClient second = client();
        assertEquals("Q230", second.reconcile("Georgia", EntityType.COUNTRY).orElseThrow().qid());
        assertEquals(0, second.requests());
        assertEquals(2, queries.size());
    }

    @Test
    void offersWhatItLearnedInTheGazetteersVocabulary() {
        WikidataClient client = client();
        client.reconcile("Georgia", EntityType.COUNTRY);
        var learned = client.learned();
        var item = learned.getResource(Wikidata.item("Q230"));
        assertEquals("Georgia", item.getProperty(RDFS.label).getString());
        assertTrue(item.hasProperty(learned.createProperty(Wikidata.P31), learned.createResource(Wikidata.item("Q6256"))));
        assertTrue(new Gazetteer(learned).lookup("Georgia").stream().anyMatch(i -> i.qid().equals("Q230")));
    }

    @Test
    void anUnreachableApiLeavesLinkingOffline() {
        WikidataClient client = new WikidataClient(URI.create("http://127.0.0.1:1/w/api.php"), dir.resolve("c.json"));
        assertTrue(client.reconcile("Georgia", EntityType.COUNTRY).isEmpty());
        assertTrue(client.reconcile("Armenia", EntityType.COUNTRY).isEmpty());
        assertEquals(1, client.requests());
    }

    @Test
    void retriesServerErrorsRateLimitsAndMaxlagAnswersThenSucceeds() {
        flaky.add(new String[] {"503", "busy"});
        flaky.add(new String[] {"429", "slow down"});
        flaky.add(new String[] {"200", "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for a database server\"}}"});
        WikidataClient client = flakyClient(4);
        assertEquals("Q230", client.reconcile("Georgia", EntityType.COUNTRY).orElseThrow().qid());
        assertEquals(5, client.requests(), "three refused answers, then the search and the entities");
        assertTrue(queries.stream().allMatch(q -> q.contains("maxlag=5")), queries.toString());
    }

    @Test
    void aNameUnansweredAfterEveryAttemptIsSkippedAndThreeInARowTurnLinkingOffline() {
        for (int i = 0; i < 9; i++) {
            flaky.add(new String[] {"502", "bad gateway"});
        }
        WikidataClient client = flakyClient(3);
        assertTrue(client.reconcile("Georgia", EntityType.COUNTRY).isEmpty());
        assertTrue(client.reconcile("Armenia", EntityType.COUNTRY).isEmpty());
        assertTrue(client.reconcile("Ghana", EntityType.COUNTRY).isEmpty());
        assertEquals(9, client.requests());
        assertTrue(client.reconcile("Peru", EntityType.COUNTRY).isEmpty());
        assertEquals(9, client.requests(), "offline after three names in a row");
    }

    @Test
    void aClientErrorIsNotRetried() {
        flaky.add(new String[] {"400", "bad request"});
        WikidataClient client = flakyClient(4);
        assertTrue(client.reconcile("Georgia", EntityType.COUNTRY).isEmpty());
        assertEquals(1, client.requests());
    }

    @Test
    void theCacheIsWrittenWholeAndLeavesNoTemporaryFile() throws IOException {
        WikidataClient client = flakyClient(2);
        client.reconcile("Georgia", EntityType.COUNTRY);
        client.save();
        Path file = dir.resolve("flaky-cache.json");
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).has("COUNTRY|Georgia"));
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(file), files.filter(p -> p.getFileName().toString().startsWith("flaky")).toList());
        }
    }
}
