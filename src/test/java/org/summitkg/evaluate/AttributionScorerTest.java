package org.summitkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;


class AttributionScorerTest {
    private final BratDocument doc = BratReader.read(Path.of("src/test/resources/cases/brat")).get(0);
    private final AttributionScorer scorer = new AttributionScorer(doc);

    private FoundAttribution found(String text, boolean fragment, String... speaker) {
        int begin = doc.text().indexOf(text);
        return new FoundAttribution(new TextSpan(begin, begin + text.length()), fragment, List.of(speaker), "test-rule");
    }

    @Test
    void aStatementCoveringHalfTheGoldContentMatchesAndItsNamedSpeakerIsJudged() {
        AttributionScore s = scorer.score(List.of(found("the new bridge would open", false, "Eastbrook")));
        assertEquals(new Score(1, 0, 1, 3), s.content());
        assertEquals(1, s.speakerJudged());
        assertEquals(1, s.speakerRight());
    }

    @Test
    void aStatementThreeTimesLongerThanTheGoldIsNoMatch() {
        // 14 words against the 4 of "the cost will double"
        AttributionScore s = scorer.score(List.of(found("Keller told reporters. Critics fear the cost will double, according to "
                + "the Eastbrook Herald", false, "Eastbrook Herald")));
        assertEquals(0, s.content().goldFound());
        assertEquals(1, s.content().falsePositives());
    }

    @Test
    void theWrongNamedSpeakerLosesTheSpeakerScoreButNotTheContent() {
        AttributionScore s = scorer.score(List.of(found("We are on schedule", false, "Louis Moreau")));
        assertEquals(1, s.content().goldFound());
        assertEquals(0, s.withSpeaker().goldFound());
        assertEquals(0, s.speakerRight());
        assertEquals(1, scorer.wrongSpeakers(List.of(found("We are on schedule", false, "Louis Moreau"))).size());
    }

    @Test
    void aSourceNamingNoOneCannotBeJudgedByName() {
        AttributionScore s = scorer.score(List.of(found("the cost will double", false, "analysts")));
        assertEquals(0, s.speakerJudged(), "'Critics' starts its sentence: not a name");
        assertEquals(1, s.withSpeaker().goldFound());
    }

    @Test
    void aQuotedFragmentInsideAGoldContentIsNeitherRightNorWrong() {
        AttributionScore s = scorer.score(List.of(found("bridge", true, "Eastbrook")));
        assertEquals(new Score(0, 0, 0, 3), s.content());
        AttributionScore notFragment = scorer.score(List.of(found("bridge", false, "Eastbrook")));
        assertEquals(1, notFragment.content().falsePositives());
    }

    @Test
    void speechCueRecallLeavesOutAttitudes() {
        AttributionScore s = scorer.score(List.of(found("the cost will double", false, "x")));
        assertEquals(2, s.speechCues().goldTotal(), "said and told are speech, fear is not");
        assertEquals(0, s.speechCues().goldFound());
        assertEquals(1, s.content().goldFound());
    }

    @Test
    void missedAndSpuriousAreListedForReading() {
        List<FoundAttribution> f = List.of(found("We are on schedule", false, "Anna Keller"), found("Critics fear", false, "x"));
        assertEquals(2, scorer.missed(f).size());
        assertEquals(1, scorer.spurious(f).size());
        assertTrue(scorer.spurious(f).get(0).contains("Critics fear"));
    }

    @Test
    void speechCuesKnowInflectionsAndPhrases() {
        SpeechCues cues = SpeechCues.of(List.of("# comment", "say said", "deny", "according to", ":"));
        assertTrue(cues.isSpeech("said"));
        assertTrue(cues.isSpeech("has said"));
        assertTrue(cues.isSpeech("denies"));
        assertTrue(cues.isSpeech("denied"));
        assertTrue(cues.isSpeech("According to"));
        assertTrue(cues.isSpeech(":"));
        assertFalse(cues.isSpeech("believes"));
    }

    @Test
    void aNameThatStartsItsSentenceOrFollowsATitleCountsWhenTheArticleCapitalisesItElsewhere() {
        BratDocument names = BratReader.read(Path.of("src/test/resources/cases/brat-names")).get(0);
        AttributionScorer byName = new AttributionScorer(names);
        List<FoundAttribution> found = List.of(
                new FoundAttribution(span(names, "the fee is fair"), false, List.of("Lena Okafor"), "test-rule"),
                new FoundAttribution(span(names, "the toll is high"), false, List.of("Lena Okafor"), "test-rule"));
        AttributionScore s = byName.score(found);
        assertEquals(2, s.speakerJudged(), "'Sen. Okafor' and 'Okafor, a city planner,' both name Okafor");
        assertEquals(2, s.speakerRight());
        AttributionScore wrong = byName.score(List.of(new FoundAttribution(span(names, "the toll is high"), false,
                List.of("Mara Lindqvist"), "test-rule")));
        assertEquals(0, wrong.speakerRight());
    }

    private static TextSpan span(BratDocument d, String text) {
        int begin = d.text().indexOf(text);
        return new TextSpan(begin, begin + text.length());
    }
}
