package org.summitkg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;
import org.summitkg.nlp.Quote;

class QuotesTest {
    private static Quote quote(String text) {
        return new Quote(text, 0, text.length(), 0, text.split(" ").length, "", -1, -1);
    }

    @Test
    void aQuoteWithinOneParagraphIsPlausible() {
        assertTrue(Quotes.isPlausible(quote("“The ferry runs on time,”")));
    }

    @Test
    void aQuoteGoesOnIntoAParagraphThatOpensWithAQuoteMark() {
        assertTrue(Quotes.isPlausible(quote("“The ferry runs on time.\n\n“We will add a second boat in May.”")));
    }

    @Test
    void aQuoteDoesNotGoOnIntoAParagraphOfNarration() {
        assertFalse(Quotes.isPlausible(quote("“The ferry runs on time.\n\nThe council met on Monday.”")));
    }

    @Test
    void aParagraphThatClosesAQuoteOfItsOwnGoesOnWithNone() {
        // a curly opening mark paired with a curly closing one a paragraph later, over a straight closing mark
        assertFalse(Quotes.isPlausible(quote("“no delays\" were expected, the mayor said.\n\n\"We see no risk,\" she added, \"for now”")));
    }

    @Test
    void aQuoteThatOpensWithAClosingMarkIsTheStretchBetweenTwo() {
        String text = "a “fair\" deal, she said. \"Then the vote";
        int begin = text.indexOf('"');
        int end = text.lastIndexOf('"') + 1;
        Quote between = new Quote(text.substring(begin, end), begin, end, 0, 5, "", -1, -1);
        assertTrue(Quotes.isInsideOut(text, between));
        String fair = "a “fair” deal";
        assertFalse(Quotes.isInsideOut(fair, new Quote("“fair”", 2, 8, 1, 2, "", -1, -1)));
    }
}
