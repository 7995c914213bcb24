package org.summitkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;


class StatementScorerTest {
    private static final GoldEntity KELLER = new GoldEntity("Anna Keller", "Person", List.of("Anna Keller", "Keller"), "Q1");
    private static final GoldEntity MOREAU = new GoldEntity("Louis Moreau", "Person", List.of("Moreau"), null);
    private final GoldArticle gold = new GoldArticle("a.txt", List.of(KELLER, MOREAU), List.of(
            new GoldStatement(List.of("Anna Keller"), "direct", "We agreed on a truce.", List.of("ceasefire"), false, false),
            new GoldStatement(List.of("Louis Moreau"), "reported", "the deal would not survive the winter",
                    List.of("peace"), false, false),
            new GoldStatement(List.of("Anna Keller", "Louis Moreau"), "reported", "talks were useful",
                    List.of("meeting"), true, false)),
            List.of(), List.of());

    private static FoundEntity keller() {
        return new FoundEntity("Keller", "Q1");
    }

    @Test
    void aDirectQuoteMatchesAfterTrimmingPunctuationAndQuoteMarksWithTheRightSpeaker() {
        StatementScorer s = new StatementScorer(gold);
        Score right = s.direct(List.of(new FoundStatement(List.of(keller()), "direct", "“We agreed on a truce”", List.of())));
        assertEquals(new Score(1, 0, 1, 1), right);
        Score wrongSpeaker = s.direct(List.of(new FoundStatement(List.of(new FoundEntity("Moreau", "")), "direct",
                "We agreed on a truce.", List.of())));
        assertEquals(new Score(0, 1, 0, 1), wrongSpeaker);
    }

    @Test
    void reportedSpeechMatchesWhenItHoldsHalfTheGoldWords() {
        assertTrue(StatementScorer.textMatches(gold.statements().get(1), new FoundStatement(List.of(), "reported",
                "that the deal would not survive", List.of())));
        assertFalse(StatementScorer.textMatches(gold.statements().get(1), new FoundStatement(List.of(), "reported",
                "the winter", List.of())));
    }

    @Test
    void aReportedSpanMoreThanThreeTimesAsLongAsTheGoldIsNoMatch() {
        GoldStatement g = gold.statements().get(1); // "the deal would not survive the winter": 7 words
        String runOn = "the deal would not survive the winter and the talks that followed in the capital went on for "
                + "many more days without any result";
        assertFalse(StatementScorer.textMatches(g, new FoundStatement(List.of(), "reported", runOn, List.of())));
        assertTrue(StatementScorer.textMatches(g, new FoundStatement(List.of(), "reported",
                "the deal would not survive the winter, he added", List.of())));
    }

    @Test
    void anAttitudeIsScoredAsReportedSpeech() {
        assertEquals("reported", StatementScorer.scoredAs(new FoundStatement(List.of(), "attitude", "x", List.of())));
        assertEquals("direct", StatementScorer.scoredAs(new FoundStatement(List.of(), "direct", "x", List.of())));
    }

    @Test
    void aNegatedStatementIsScoredAsNeitherKind() {
        assertEquals("negated", StatementScorer.scoredAs(new FoundStatement(List.of(), "reported (negated)", "x", List.of())));
        assertEquals("negated", StatementScorer.scoredAs(new FoundStatement(List.of(), "attitude (negated)", "x", List.of())));
    }

    @Test
    void borderlineItemsCountOnlyWhenAskedAndNeverAsFalsePositives() {
        StatementScorer s = new StatementScorer(gold);
        List<FoundStatement> found = List.of(new FoundStatement(
                List.of(keller(), new FoundEntity("Louis Moreau", "")), "reported", "the talks were useful", List.of()));
        assertEquals(new Score(0, 0, 0, 1), s.reported(found, false));
        assertEquals(new Score(1, 0, 1, 2), s.reported(found, true));
    }

    @Test
    void topicsAreScoredOnStatementsTaggedWithThem() {
        StatementScorer s = new StatementScorer(gold);
        List<FoundStatement> found = List.of(
                new FoundStatement(List.of(keller()), "direct", "We agreed on a truce.", List.of("ceasefire")),
                new FoundStatement(List.of(keller()), "reported", "the weather was fine today", List.of("ceasefire")));
        assertEquals(new Score(1, 1, 1, 1), s.topic(found, "ceasefire"));
    }
}
