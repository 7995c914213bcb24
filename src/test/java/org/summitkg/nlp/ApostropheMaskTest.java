package org.summitkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;

class ApostropheMaskTest {
    @Test
    void aCurlyApostropheInsideAWordBecomesStraight() {
        String text = "Okafor said she’s ready and won’t wait for O’Neill’s crew.";
        String masked = ApostropheMask.apply(text);
        assertEquals("Okafor said she's ready and won't wait for O'Neill's crew.", masked);
        assertEquals(text.length(), masked.length());
    }

    @Test
    void closingSingleQuotesAndLeadingApostrophesStay() {
        String text = "The ‘harbour plan’ failed, as in the ’90s; the ‘pilots’ union";
        assertEquals(text, ApostropheMask.apply(text));
    }

    @Test
    void aPluralPossessiveBecomesStraightWhereNoQuoteIsOpen() {
        String text = "The ‘harbour plan’ failed; the pilots’ union and Moreas’ aides agreed.\nThe ‘crews’ said no.";
        assertEquals("The ‘harbour plan’ failed; the pilots' union and Moreas' aides agreed.\nThe ‘crews’ said no.", ApostropheMask.apply(text));
    }
}
