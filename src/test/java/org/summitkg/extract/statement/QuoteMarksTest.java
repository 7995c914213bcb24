package org.summitkg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    private static List<String> quotes(String text) {
        return QuoteMarks.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void pairsStraightMarksByTheirPlace() {
        assertEquals(List.of("\"no\"", "\"yes,\""), quotes("Okafor said \"no\". Then \"yes,\" Keller said."));
    }

    @Test
    void aStrayMarkIsForgottenAtTheEndOfItsParagraph() {
        // CoreNLP pairs the stray mark with the next paragraph's opening one, and every mark after it goes wrong
        assertEquals(List.of("\"We will sign,\"", "\"Not today.\""),
                quotes("The \"fair deal was off.\n\n\"We will sign,\" she said. \"Not today.\""));
    }

    @Test
    void aCurlyClosingMarkThatStandsBeforeAWordOpensByItsPlace() {
        assertEquals(List.of("”Fear is all we have.”"), quotes("”Fear is all we have.” ― Ada Okafor"));
    }

    @Test
    void aStraightMarkBetweenTwoWordsClosesTheOpenQuotation() {
        assertEquals(List.of("\"The ferry is late,\""), quotes("\"The ferry is late,\"Okafor said."));
    }

    @Test
    void aQuotationNeverCrossesAParagraph() {
        assertEquals(List.of(), quotes("“The ferry runs on time.\n\nThe council met.”"));
    }

    @Test
    void curlyMarksPairInsideWords() {
        assertEquals(List.of("“Port”"), quotes("the pier at“Port”Alder"));
    }
}
