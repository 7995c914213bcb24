package org.summitkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;


class QuoteMarkMaskTest {
    @Test
    void turnsDoubledApostrophesIntoCurlyQuotesKeepingOffsets() {
        String text = "''We will build it,'' the mayor said. ''Soon.''\nShe called it ''a done deal''.";
        String masked = QuoteMarkMask.apply(text);
        assertEquals(text.length(), masked.length());
        assertEquals("“ We will build it, ” the mayor said. “ Soon. ”\nShe called it “ a done deal ”.", masked);
    }

    @Test
    void leavesApostrophesAndOtherTextAlone() {
        String text = "The players' union said it's \"fine\" and ``good''.";
        assertEquals("The players' union said it's \"fine\" and ``good ”.", QuoteMarkMask.apply(text));
        assertEquals("No quotes here.", QuoteMarkMask.apply("No quotes here."));
    }
}
