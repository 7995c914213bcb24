package org.summitkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.ArticleGraph;
import org.summitkg.extract.Fixtures;
import org.summitkg.link.ItemKind;
import org.summitkg.link.Link;
import org.summitkg.link.LinkRule;
import org.summitkg.link.Links;


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

    @Test
    void aLinkedEntityIsLabelledAsItsItemAndTypedByUseAndByKind() {
        ArticleGraph g = graph("named-and-nominal");
        org.summitkg.extract.entity.Entity person = g.entities().stream().filter(e -> e.label().equals("Louis Moreau")).findFirst().orElseThrow();
        org.summitkg.extract.entity.Entity other = g.entities().stream().filter(e -> e != person).findFirst().orElseThrow();
        Links links = new Links(java.util.Map.of(
                person, new Link("Q901", "Louis-Étienne Moreau", ItemKind.PERSON, LinkRule.NAME),
                other, new Link("Q902", "Hall of the Assembly", ItemKind.BUILDING, LinkRule.NAME)));
        Model m = new RdfMapper(FIXED).map(g, links);
        var moreau = m.createResource(SummitIris.BASE + "resource/person/louis-etienne-moreau");
        assertEquals("Louis-Étienne Moreau", moreau.getProperty(RDFS.label).getString());
        assertEquals(1, m.listObjectsOfProperty(moreau, RDFS.label).toList().size(), "one label: the item's");
        assertEquals("Louis Moreau", moreau.getProperty(SKOS.altLabel).getString(), "the article's name stays");
        var hall = m.createResource(SummitIris.BASE + "resource/place/hall-of-the-assembly");
        assertTrue(m.contains(hall, RDF.type, Summit.Facility), "the item's kind, which names the folder");
        assertTrue(m.contains(hall, RDF.type, EntityResources.rdfClass(other.type())), "and how the article uses it");
    }

    @Test
    void aContinuingQuoteIsLinkedToTheQuoteItGoesOnFrom() {
        Model m = new RdfMapper(FIXED).map(graph("quote-continuation"));
        var links = m.listStatements(null, Summit.continues, (org.apache.jena.rdf.model.RDFNode) null).toList();
        assertEquals(2, links.size());
        for (var link : links) {
            String later = link.getSubject().getProperty(Summit.text).getString();
            String earlier = link.getObject().asResource().getProperty(Summit.text).getString();
            assertTrue(later.equals("We will not close it before the summer.") && earlier.equals("The pier stays open,")
                    || later.equals("Nobody has asked us to.") && earlier.equals("We will not close it before the summer."), later + " → " + earlier);
        }
    }

    @Test
    void aNestedStatementIsLinkedToTheStatementItStandsInAndToWhoReportsIt() {
        Model m = new RdfMapper(FIXED).map(graph("nested-reports"));
        var nested = m.listStatements(null, Summit.nestedIn, (org.apache.jena.rdf.model.RDFNode) null).toList();
        assertEquals(2, nested.size(), "the told clause and the warning reported by Lindqvist are nested: " + nested);
        var told = nested.stream().filter(n -> n.getSubject().getProperty(Summit.text).getString().equals("the old pier would close in June"))
                .findFirst().orElseThrow();
        assertEquals("Okafor told aides that the old pier would close in June", told.getObject().asResource().getProperty(Summit.text).getString());
        var inner = told.getSubject();
        var reporter = inner.getProperty(Summit.reportedBy).getObject().asResource();
        assertEquals("Harbour Ledger", reporter.getProperty(RDFS.label).getString());
        var speaker = inner.getProperty(Summit.speaker).getObject().asResource();
        assertEquals("Okafor", speaker.getProperty(RDFS.label).getString(), "the statement stays its speaker's");
        var warned = nested.stream().filter(n -> n != told).findFirst().orElseThrow().getSubject();
        assertEquals("the ferry operator about the fees", warned.getProperty(Summit.text).getString());
        assertEquals("Lindqvist", warned.getProperty(Summit.reportedBy).getObject().asResource().getProperty(RDFS.label).getString());
    }

    @Test
    void aClaimNoOneIsNamedForIsAnUnattributedStatementWithNoSpeaker() {
        Model m = new RdfMapper(FIXED).map(graph("unattributed-claims"));
        var unattributed = m.listSubjectsWithProperty(RDF.type, Summit.UnattributedStatement).toList();
        assertEquals(6, unattributed.size(), unattributed.toString());
        assertTrue(unattributed.stream().noneMatch(r -> r.hasProperty(Summit.speaker)));
        assertTrue(unattributed.stream().allMatch(r -> r.hasProperty(RDF.type, Summit.ReportedSpeech)));
        assertTrue(unattributed.stream().anyMatch(r -> r.getProperty(Summit.text).getString().equals("whether the pier would close")));
        var said = m.listSubjectsWithProperty(Summit.speaker).toList();
        assertTrue(said.stream().noneMatch(r -> r.hasProperty(RDF.type, Summit.UnattributedStatement)));
    }

    @Test
    void aQuoteWhoseCueReportsAPhraseAroundItIsAFragmentOfThatReport() {
        Model m = new RdfMapper(FIXED).map(graph("quote-sharing-a-report-cue"));
        var quote = m.listSubjectsWithProperty(Summit.text, "taking a day off.").next();
        var report = quote.getPropertyResourceValue(Summit.fragmentOf);
        assertTrue(report != null, "the quote is a fragment of the denial whose cue it shares, though the denial stops short of it");
        assertEquals("the ferry was late", report.getProperty(Summit.text).getString());
        var opening = m.listSubjectsWithProperty(Summit.text, "We will not wait,").next();
        assertTrue(!opening.hasProperty(Summit.fragmentOf), "a quote that opens its sentence is an utterance of its own");
    }

    @Test
    void aQuoteRunIntoTheWritersSentenceOrInsideAnotherIsAQuotedFragment() {
        Model m = new RdfMapper(FIXED).map(graph("embedded-quote-fragments"));
        for (String part : List.of("reckless and badly planned.", "a work in progress that nobody has paid for.", "Stop dreaming about bridges,")) {
            var runIn = m.listSubjectsWithProperty(Summit.text, part).next();
            assertTrue(runIn.hasLiteral(Summit.quotedFragment, true), "a quote run into the writer's sentence, or inside another quote, is part of what was said: " + part);
        }
        for (String utterance : List.of("We will keep the pier open,", "The ferry will run every hour, whatever the weather.")) {
            var quote = m.listSubjectsWithProperty(Summit.text, utterance).next();
            assertTrue(!quote.hasProperty(Summit.quotedFragment), "a quote opened by a comma, a colon or its sentence's start stands on its own: " + utterance);
        }
    }
}
