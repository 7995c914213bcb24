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
        server.start();
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
}
