package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitkg.rdf.BundledQuery;
import org.summitkg.rdf.QueryRunner;
import org.summitkg.rdf.ResultFormat;


/**
 * queries/wikidata-facts.rq over the built corpus, its SERVICE part answered by a second, local
 * Fuseki loaded with Wikidata-shaped data.
 */
class WikidataFactsIT {
    static FusekiServer wikidata;

    @BeforeAll
    static void start() {
        Dataset data = DatasetFactory.createTxnMem();
        RDFDataMgr.read(data.getDefaultModel(), "src/test/resources/wikidata/facts.ttl");
        wikidata = FusekiServer.create().port(0).loopback(true).add("/wikidata", data, false).build().start();
    }

    @AfterAll
    static void stop() {
        wikidata.stop();
    }

    @Test
    void pullsOfficeCountryAndBirthFromTheBoundEndpoint() throws IOException {
        BuiltCorpus built = BuiltCorpus.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String endpoint = "<http://localhost:" + wikidata.getHttpPort() + "/wikidata/sparql>";
        new QueryRunner(built.store.dataset()).run(BundledQuery.text("wikidata-facts"), "wikidata-facts",
                Map.of("endpoint", endpoint), ResultFormat.TSV, out);
        String tsv = out.toString(StandardCharsets.UTF_8);
        List<String> putin = tsv.lines().filter(l -> l.contains("\"Q7747\"")).toList();
        assertTrue(putin.stream().anyMatch(l -> l.contains("President of Russia") && l.contains("1952-10-07")), tsv);
        assertTrue(tsv.lines().anyMatch(l -> l.contains("\"Q3874799\"") && l.contains("President of Ukraine")), tsv);
        assertTrue(tsv.lines().anyMatch(l -> l.contains("\"Q22686\"") && l.contains("President of the United States")), tsv);
    }
}
