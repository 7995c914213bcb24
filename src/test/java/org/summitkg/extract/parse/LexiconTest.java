package org.summitkg.extract.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Set;
import org.junit.jupiter.api.Test;


class LexiconTest {
    @Test
    void parsesEntriesIgnoringCommentsBlankLinesAndCase() {
        Lexicon l = Lexicon.parse("t", "# comment\n\nSay\n  warn  \n");
        assertEquals(Set.of("say", "warn"), l.entries());
        assertTrue(l.contains("SAY"));
        assertFalse(l.contains("# comment"));
    }

    @Test
    void shippedLexiconsLoad() {
        Lexicons l = Lexicons.shipped();
        assertTrue(l.speechVerbs().contains("say"));
        assertTrue(l.titles().contains("president"));
        assertTrue(l.groupNouns().contains("officials"));
        assertTrue(l.facilities().contains("base"));
    }

    @Test
    void aPluralTheLemmatiserLeftAsItIsStillFindsItsSingularEntry() {
        Lexicons shipped = Lexicons.shipped();
        assertTrue(shipped.isSpeakerNoun("filings", "filings"), "filing is a described speaker; CoreNLP lemmatises filings as filings");
        assertTrue(shipped.isSpeakerNoun("analysis", "analysis"), "a lemma ending in s is still looked up as it is");
        assertFalse(shipped.isSpeakerNoun("wages", "wages"));
        assertEquals("filing", Lexicons.singular("filings", "filings"));
        assertEquals("record", Lexicons.singular("records", "record"));
        assertEquals("press", Lexicons.singular("press", "press"));
    }
}
