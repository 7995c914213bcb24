package org.summitkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.Fixtures;
import org.summitkg.extract.statement.Statement;

class FoundAttributionTest {
    @Test
    void aQuoteAndTheQuotesContinuingItAreOneAttribution() {
        List<Statement> all = new ArticleExtractor().extract(Fixtures.load("quote-continuation")).statements();
        List<FoundAttribution> found = FoundAttribution.of(all);
        assertEquals(all.size() - 2, found.size(), "the two continuations are part of the first quote");
        FoundAttribution utterance = found.stream().filter(f -> f.content().size() > 1).findFirst().orElseThrow();
        assertEquals(3, utterance.content().size());
        Statement first = all.stream().filter(s -> s.text().equals("The pier stays open,")).findFirst().orElseThrow();
        assertEquals(new TextSpan(first.begin(), first.end()), utterance.content().get(0));
        assertEquals(List.of(new TextSpan(first.begin(), first.end())), FoundAttribution.of(first).content());
    }
}
