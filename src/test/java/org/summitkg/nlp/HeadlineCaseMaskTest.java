package org.summitkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;

class HeadlineCaseMaskTest {
    private static final String BODY = "\n\nPORT ALDER — Mayor Grace Okafor said on Monday that the Harbour Board plan would cost too much. "
            + "She slammed it as a waste of money for NATO and the town.\n";

    @Test
    void aTitleCaseHeadlineIsPutInSentenceCaseKeepingTheNamesTheBodyCapitalises() {
        String text = "Okafor Slams Harbour Board Plan As Waste Of Money" + BODY;
        String masked = HeadlineCaseMask.apply(text);
        assertEquals("Okafor slams Harbour Board plan as waste of money" + BODY, masked);
        assertEquals(text.length(), masked.length(), "offsets stay");
    }

    @Test
    void aHeadlineInSentenceCaseOrAShortFirstLineIsLeftAlone() {
        String sentenceCase = "Okafor slams the harbour plan as a waste of money" + BODY;
        assertEquals(sentenceCase, HeadlineCaseMask.apply(sentenceCase));
        String byline = "Grace Okafor" + BODY;
        assertEquals(byline, HeadlineCaseMask.apply(byline), "a byline of two names is no headline");
        assertFalse(HeadlineCaseMask.isTitleCase("Grace Okafor"));
        assertTrue(HeadlineCaseMask.isTitleCase("Okafor Slams The Plan"));
    }

    @Test
    void wordsInCapitalsAndTheFirstWordKeepTheirCase() {
        String text = "EXCLUSIVE – Okafor Warns NATO Over Port Fees" + BODY;
        assertEquals("EXCLUSIVE – Okafor warns NATO over port fees" + BODY, HeadlineCaseMask.apply(text));
    }
}
