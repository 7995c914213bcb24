package org.summitkg.extract.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.Fixtures;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Sentence;

class DatelinesTest {
    private static final AnnotatedArticle ARTICLE = Fixtures.load("coordinated-and-long-descriptions");

    private static Sentence sentenceStarting(String words) {
        return ARTICLE.sentences().stream().filter(s -> ARTICLE.text(ARTICLE.token(s.firstToken()).begin(), ARTICLE.token(s.endToken() - 1).end())
                .replace('\n', ' ').contains(words)).findFirst().orElseThrow(() -> new AssertionError("no sentence with " + words));
    }

    @Test
    void theStoryStartsAfterTheDatelinesDash() {
        Sentence s = sentenceStarting("PORT ALDER — Most voters");
        int place = s.firstToken();
        while (!ARTICLE.token(place).word().equals("PORT")) {
            place++;
        }
        int dash = Datelines.dash(ARTICLE, s, place);
        assertEquals("—", ARTICLE.token(dash).word());
        assertEquals("Most", ARTICLE.token(Datelines.storyStart(ARTICLE, place)).word());
    }

    @Test
    void aSentenceOpeningWithCapitalsBeforeADashIsNoDateline() {
        Sentence s = sentenceStarting("PAFA is broke");
        assertEquals(-1, Datelines.dash(ARTICLE, s, s.firstToken()), "a word in lower case comes before the dash");
        assertEquals(s.firstToken(), Datelines.storyStart(ARTICLE, s.firstToken()));
    }
}
