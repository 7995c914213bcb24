package org.summitkg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.Fixtures;
import org.summitkg.nlp.AnnotatedArticle;

class ReportsTest {
    private static final AnnotatedArticle ARTICLE = Fixtures.load("nested-reports");

    private static Statement byCue(List<Statement> all, String cue) {
        return all.stream().filter(s -> s.cue().equals(cue)).findFirst().orElseThrow(() -> new AssertionError(cue + " in " + all));
    }

    @Test
    void aStatementWhoseCueHeadsTheReportedClauseIsReportedByTheOuterOne() {
        List<Statement> all = StatementFeaturesTest.extract(ARTICLE, LogisticModel.ALL);
        Statement ledger = byCue(all, "reported");
        Statement okafor = byCue(all, "told");
        Map<Statement, Statement> reports = Reports.of(all);
        assertEquals(ledger, reports.get(okafor));
        assertFalse(reports.containsKey(ledger), "the outer statement stands in no other");
        assertTrue(Reports.isReportedClause(ARTICLE, okafor, ledger));
    }

    @Test
    void aCueThatDoesNotHeadTheReportedClauseIsPartOfTheClaim() {
        List<Statement> all = StatementFeaturesTest.extract(ARTICLE, LogisticModel.ALL);
        Statement ledger = byCue(all, "reported");
        Statement lindqvist = byCue(all, "said");
        // "said" stands in no content of the Ledger's; and "reported" heads no clause of Lindqvist's
        assertFalse(Reports.isReportedClause(ARTICLE, ledger, lindqvist));
        assertEquals(null, Reports.reporting(lindqvist, all));
    }

    @Test
    void theStatementModelDropsANestedStatementItIsNotSureOf() {
        List<Statement> all = StatementFeaturesTest.extract(ARTICLE, LogisticModel.ALL);
        List<Statement> kept = StatementFeaturesTest.extract(ARTICLE, LogisticModel.shipped(LogisticModel.STATEMENTS));
        Statement warned = byCue(all, "warned");
        assertEquals(byCue(all, "said"), Reports.reporting(warned, all), "nested in what Lindqvist said");
        double p = LogisticModel.shipped(LogisticModel.STATEMENTS).probability(StatementFeatures.of(ARTICLE, warned));
        assertEquals(p >= StatementExtractor.NESTED_CUT, kept.stream().anyMatch(s -> s.cue().equals("warned")), "kept only above the cut, p=" + p);
        assertTrue(kept.stream().anyMatch(s -> s.cue().equals("told")), "the told clause is sure enough: " + kept);
    }
}
