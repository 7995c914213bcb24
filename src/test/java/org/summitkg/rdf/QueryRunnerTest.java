package org.summitkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.SummitKgException;


class QueryRunnerTest {
    @TempDir
    Path dir;

    @Test
    void aSyntaxErrorNamesTheQueryAndTheParsersMessage() {
        SummitKgException e = assertThrows(SummitKgException.class, () -> QueryRunner.parse("SELECT ?x WHERE {", "bad.rq"));
        assertTrue(e.getMessage().startsWith("bad.rq: SPARQL syntax error: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void bindValuesBecomeIrisOrLiterals() {
        Node iri = QueryRunner.term("https://example.org/x");
        assertTrue(iri.isURI());
        assertEquals("ceasefire", QueryRunner.term("ceasefire").getLiteralLexicalForm());
        assertEquals("en", QueryRunner.term("\"truce\"@en").getLiteralLanguage());
        assertTrue(QueryRunner.term("<urn:x>").isURI());
    }

    @Test
    void runsABoundQueryAgainstTheStoreAsTsv() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceArticleGraph("a", new RdfMapper(RdfMapperTest.FIXED).map(RdfMapperTest.graph("named-and-nominal")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?e WHERE { ?e rdfs:label ?label }";
            new QueryRunner(store.dataset()).run(q, "q", Map.of("label", "Louis Moreau"), ResultFormat.TSV, out);
            assertEquals("?e\n<" + SummitIris.BASE + "resource/person/louis-moreau>\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theStatementsQueryNamesWhoReportsANestedStatement() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceArticleGraph("a", new RdfMapper(RdfMapperTest.FIXED).map(RdfMapperTest.graph("nested-reports")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(store.dataset()).run(BundledQuery.text("statements"), "statements", Map.of(), ResultFormat.TSV, out);
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            assertTrue(lines[0].endsWith("?reportedBy"), lines[0]);
            String okafor = java.util.Arrays.stream(lines).filter(l -> l.contains("\"the old pier would close in June\"")).findFirst().orElseThrow();
            assertTrue(okafor.endsWith("\t\"Harbour Ledger\""), okafor);
            String ledger = java.util.Arrays.stream(lines).filter(l -> l.contains("\"Okafor told aides")).findFirst().orElseThrow();
            assertTrue(ledger.endsWith("\t") || ledger.endsWith("\t\"\""), "the outer statement is reported by no one: " + ledger);
        }
    }

    @Test
    void theClaimsQueryNamesWhoReportsANestedClaim() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.loadOntology();
            var extractor = new org.summitkg.extract.ArticleExtractor(org.summitkg.extract.parse.Lexicons.shipped(), TopicSchemeReader.shipped());
            store.replaceArticleGraph("a", new RdfMapper(RdfMapperTest.FIXED).map(extractor.extract(org.summitkg.extract.Fixtures.load("nested-claims"))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(store.dataset()).run(BundledQuery.text("claims-about-topic"), "claims-about-topic", Map.of("topic", "ceasefire"),
                    ResultFormat.TSV, out);
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            assertTrue(lines[0].endsWith("?reportedBy"), lines[0]);
            assertEquals(3, lines.length, "the Ledger's claim and Okafor's nested in it: " + String.join("\n", lines));
            String okafor = java.util.Arrays.stream(lines).filter(l -> l.contains("\"the ceasefire would hold until June\"")).findFirst().orElseThrow();
            assertTrue(okafor.endsWith("\t\"Harbour Ledger\""), okafor);
        }
    }

    @Test
    void theSpeakerQueriesNameWhoReportsANestedStatement() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceArticleGraph("a", new RdfMapper(RdfMapperTest.FIXED).map(RdfMapperTest.graph("nested-mentions")));
            for (var query : Map.of("statements-by-speaker", Map.of("name", "Okafor"), "says-about", Map.of("aboutName", "Lindqvist")).entrySet()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new QueryRunner(store.dataset()).run(BundledQuery.text(query.getKey()), query.getKey(), query.getValue(), ResultFormat.TSV, out);
                String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
                assertTrue(lines[0].endsWith("?reportedBy"), query.getKey() + ": " + lines[0]);
                String okafor = java.util.Arrays.stream(lines).filter(l -> l.contains("\"Lindqvist would close the old pier in June\"")).findFirst()
                        .orElseThrow(() -> new AssertionError(query.getKey() + ": " + String.join("\n", lines)));
                assertTrue(okafor.endsWith("\t\"Harbour Ledger\""), query.getKey() + ": " + okafor);
            }
        }
    }
}
