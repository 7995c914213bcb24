package org.summitkg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.summitkg.SummitKgException;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.internal.Table;

class EventLexiconTest {
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final Lexicon NONE = Lexicon.parse("none", "");

    private static List<Table.Row> rows(String name, String text) {
        return Table.read(name, new StringReader(text), TSV);
    }

    @Test
    void wordsGiveTheirKindAndTheHigherRankNamesAMergedEvent() {
        EventLexicon lexicon = EventLexicon.read(
                rows("kinds", "kind\tfamily\trank\tremarks\nGathering\tGathering\t0\tno\nGala\tGathering\t1\tyes\n"),
                rows("words", "word\tpos\ttype\ngala\tN\tGala\ngather\tV\tGathering\n"), NONE, NONE, NONE, NONE, NONE);
        EventKind gala = lexicon.nouns().get("gala");
        EventKind gathering = lexicon.verbs().get("gather");
        assertEquals("Gathering", gala.family());
        assertTrue(gala.remarks());
        assertEquals(gala, gathering.over(gala));
        assertEquals(gala, gala.over(gathering));
    }

    @Test
    void aWordOfAnUnknownKindIsAnErrorNamingFileLineAndValue() {
        SummitKgException e = assertThrows(SummitKgException.class, () -> EventLexicon.read(
                rows("kinds.tsv", "kind\tfamily\trank\tremarks\nGala\tGala\t0\tno\n"),
                rows("words.tsv", "word\tpos\ttype\nfeast\tN\tFeast\n"), NONE, NONE, NONE, NONE, NONE));
        assertEquals("words.tsv line 2: 'type' must be a kind of event-kinds.tsv [Gala], was \"Feast\"", e.getMessage());
    }

    @Test
    void partOfNamesKindsOfTheSameFile() {
        EventLexicon lexicon = EventLexicon.read(
                rows("kinds", "kind\tfamily\trank\tremarks\tpart_of\nGala\tGala\t0\tno\t\nToast\tToast\t0\tyes\tGala\n"),
                rows("words", "word\tpos\ttype\n"), NONE, NONE, NONE, NONE, NONE);
        assertEquals(java.util.Set.of("Gala"), lexicon.kinds().get("Toast").partOf());
        SummitKgException e = assertThrows(SummitKgException.class, () -> EventLexicon.read(
                rows("kinds.tsv", "kind\tfamily\trank\tremarks\tpart_of\nToast\tToast\t0\tyes\tFeast\n"),
                rows("w", "word\tpos\ttype\n"), NONE, NONE, NONE, NONE, NONE));
        assertEquals("kinds.tsv line 2: 'part_of' must list kinds of the same file, was \"Feast\"", e.getMessage());
    }

    @Test
    void anObjectColumnSaysWhatTheObjectMustBe() {
        EventLexicon lexicon = EventLexicon.read(rows("kinds", "kind\tfamily\trank\tremarks\nCall\tCall\t0\tno\n"),
                rows("words", "word\tpos\ttype\tobject\nring\tV\tCall\tparty-object\nring\tN\tCall\t\nhound\tV\tCall\tno-person-target\n"),
                NONE, NONE, NONE, NONE, NONE);
        assertEquals(java.util.Map.of(EventLexicon.key("ring", true), EventLexicon.Target.PARTY_OBJECT,
                EventLexicon.key("hound", true), EventLexicon.Target.NO_PERSON_TARGET), lexicon.targets());
        SummitKgException e = assertThrows(SummitKgException.class, () -> EventLexicon.read(
                rows("kinds", "kind\tfamily\trank\tremarks\nCall\tCall\t0\tno\n"),
                rows("words.tsv", "word\tpos\ttype\tobject\nring\tV\tCall\tsomebody\n"), NONE, NONE, NONE, NONE, NONE));
        assertEquals("words.tsv line 2: 'object' must be empty, party-object, party-if-object, no-person-target, no-demand or no-workers, was \"somebody\"", e.getMessage());
    }

    @Test
    void aRankThatIsNotANumberIsAnError() {
        SummitKgException e = assertThrows(SummitKgException.class, () -> EventLexicon.read(
                rows("kinds.tsv", "kind\tfamily\trank\tremarks\nGala\tGala\thigh\tno\n"), rows("w", "word\tpos\ttype\n"),
                NONE, NONE, NONE, NONE, NONE));
        assertEquals("kinds.tsv line 2: 'rank' must be a whole number, was \"high\"", e.getMessage());
    }
}
