package org.summitkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.Fixtures;
import org.summitkg.rdf.GraphMetadata;
import org.summitkg.rdf.RdfMapper;
import org.summitkg.rdf.TdbStore;

class GraphProjectionTest {
    @TempDir
    Path dir;

    /** The claims view of a case built into a fresh store. */
    private Graph<ViewNode, ViewEdge> claimsView(String name) {
        try (TdbStore store = TdbStore.open(dir)) {
            RdfMapper mapper = new RdfMapper(new GraphMetadata(Instant.parse("2025-08-16T12:00:00Z"), "test"));
            store.replaceArticleGraph("a", mapper.map(new ArticleExtractor().extract(Fixtures.load(name))));
            return new GraphProjection(store.dataset(), ViewFilter.of(View.CLAIMS)).project();
        }
    }

    @Test
    void theClaimsViewLinksAReportingStatementToTheOneItReports() {
        Graph<ViewNode, ViewEdge> view = claimsView("nested-mentions");
        List<ViewEdge> reports = view.edgeSet().stream().filter(e -> e.relation().equals("reports")).toList();
        assertEquals(1, reports.size(), "one nested report: " + view.edgeSet());
        ViewNode outer = view.getEdgeSource(reports.get(0));
        ViewNode inner = view.getEdgeTarget(reports.get(0));
        assertTrue(outer.text().startsWith("Okafor told aides"), outer.text());
        assertEquals("Lindqvist would close the old pier in June", inner.text());
        assertTrue(view.incomingEdgesOf(outer).stream().anyMatch(e -> e.relation().equals("said")
                && view.getEdgeSource(e).label().equals("Harbour Ledger")), "the Ledger said the outer one");
    }

    @Test
    void aNegatedStatementIsMarkedInTheClaimsView() {
        Graph<ViewNode, ViewEdge> view = claimsView("named-and-nominal");
        ViewNode nothing = view.vertexSet().stream().filter(v -> v.text().startsWith("nothing about")).findFirst().orElseThrow();
        assertEquals("reported (negated)", nothing.kind());
        assertTrue(view.vertexSet().stream().filter(v -> v.type().equals("Statement") && v != nothing)
                .allMatch(v -> !v.kind().endsWith("(negated)")), "only the negated one is marked");
    }
}
