package org.summitkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.ArticleGraph;
import org.summitkg.extract.Fixtures;

class RdfMapperTest {
    static final GraphMetadata FIXED = new GraphMetadata(Instant.parse("2025-08-16T12:00:00Z"), "test");

    static ArticleGraph graph(String name) {
        return new ArticleExtractor().extract(Fixtures.load(name));
    }

    @Test
    void mapsAnArticleToTheExpectedGraph() {
        Model actual = new RdfMapper(FIXED).map(graph("named-and-nominal"));
        Model expected = RDFDataMgr.loadModel(Path.of("src/test/resources/cases/named-and-nominal/expected.ttl").toString());
        assertTrue(actual.isIsomorphicWith(expected), "graph differs from expected.ttl");
    }

    @Test
    void theSameInputGivesTheSameIris() {
        Model a = new RdfMapper(FIXED).map(graph("named-and-nominal"));
        Model b = new RdfMapper(FIXED).map(graph("named-and-nominal"));
        assertTrue(a.isIsomorphicWith(b));
        assertTrue(a.containsResource(a.createResource(SummitIris.BASE + "resource/person/louis-moreau")));
    }

    @Test
    void slugsAreReadableAscii() {
        assertEquals("vladimir-v-putin", SummitIris.slug("Vladimir V. Putin"));
        assertEquals("francois-hollande", SummitIris.slug("François Hollande"));
        assertEquals("joint-base-elmendorf-richardson", SummitIris.slug("Joint Base Elmendorf-Richardson"));
    }
}
