package org.summitkg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.Fixtures;

class ContinuationsTest {
    private static final List<Statement> ALL = new ArticleExtractor().extract(Fixtures.load("quote-continuation")).statements();

    private static Statement quote(String text) {
        return ALL.stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no statement " + text));
    }

    @Test
    void eachContinuationGoesOnFromTheQuoteBeforeIt() {
        Statement first = quote("The pier stays open,");
        Statement second = quote("We will not close it before the summer.");
        Statement third = quote("Nobody has asked us to.");
        Map<Statement, Statement> continuations = Continuations.of(ALL);
        assertEquals(first, continuations.get(second));
        assertEquals(second, continuations.get(third));
        assertEquals(2, continuations.size(), "the reported statement after them continues nothing");
        assertEquals(List.of(second, third), Continuations.after(first, continuations));
        assertTrue(Continuations.after(third, continuations).isEmpty());
    }

    @Test
    void aContinuationOfAnotherSpeakerIsNotLinked() {
        Statement first = quote("The pier stays open,");
        Statement second = quote("We will not close it before the summer.");
        Statement reported = quote("the pier was unsafe");
        Statement other = new Statement(second.kind(), reported.speakers(), second.text(), second.begin(), second.end(), second.sentence(),
                second.cue(), second.cueBegin(), second.method());
        assertTrue(Continuations.of(List.of(first, other)).isEmpty());
    }

    @Test
    void aQuoteInsideAQuoteIsNoStepInTheChain() {
        List<Statement> all = new ArticleExtractor().extract(Fixtures.load("quote-inside-a-quote")).statements();
        Statement outer = all.stream().filter(s -> s.text().startsWith("Councillor")).findFirst().orElseThrow();
        Statement inner = all.stream().filter(s -> s.text().equals("reckless and costly")).findFirst().orElseThrow();
        Statement next = all.stream().filter(s -> s.text().startsWith("We will keep")).findFirst().orElseThrow();
        // the inner quote given the outer's speaker, so that only its place tells the two apart
        Statement innerOfTheSameSpeaker = new Statement(inner.kind(), outer.speakers(), inner.text(), inner.begin(), inner.end(), inner.sentence(),
                inner.cue(), inner.cueBegin(), inner.method());
        assertEquals(Map.of(next, outer), Continuations.of(List.of(outer, innerOfTheSameSpeaker, next)));
    }
}
