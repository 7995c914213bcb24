package org.summitkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitkg.SummitKgException;


class BratReaderTest {
    private static final Path CASE = Path.of("src/test/resources/cases/brat");

    @Test
    void readsTextsWithTheFirstAnnotatorsAttributions() {
        assertTrue(BratReader.isBrat(CASE));
        List<BratDocument> docs = BratReader.read(CASE);
        assertEquals(1, docs.size());
        BratDocument doc = docs.get(0);
        assertEquals("bridge", doc.name());
        assertEquals(3, doc.attributions().size(), "the second annotator's file has one attribution and is not used");
        BratAttribution first = doc.attributions().get(0);
        assertEquals("The mayor of Eastbrook", first.sourceText());
        assertEquals("said", first.cueText());
        TextSpan content = first.content().get(0);
        assertEquals("the new bridge would open in May", doc.text().substring(content.begin(), content.end()));
    }

    @Test
    void readsDiscontinuousSpansAndAttributionsWithoutASource() {
        List<BratAttribution> a = BratReader.parse("x.ann", List.of(
                "T1\tCue 10 14\tsaid",
                "T2\tContent 0 8;16 30\tpart one part two",
                "E1\tAttribution-no-source:T1 Content:T2 Cue:T1"));
        assertEquals(1, a.size());
        assertEquals(List.of(new TextSpan(0, 8), new TextSpan(16, 30)), a.get(0).content());
        assertTrue(a.get(0).source().isEmpty());
    }

    @Test
    void aSpanTextThatRunsOverALineBreakIsRead() {
        List<BratAttribution> a = BratReader.parse("x.ann", List.of(
                "T1\tCue 30 34\tsaid",
                "T2\tContent 0 12;13 28\tfirst line",
                "second line",
                "E1\tAttribution:T1 Content:T2 Cue:T1"));
        assertEquals(1, a.size());
        assertEquals(2, a.get(0).content().size());
    }

    @Test
    void aBadSpanNamesTheFileAndLine() {
        SummitKgException e = assertThrows(SummitKgException.class, () -> BratReader.parse("gold/x.ann", List.of(
                "T1\tCue 10 14\tsaid", "T2\tContent ten 20\twhat")));
        assertTrue(e.getMessage().startsWith("gold/x.ann line 2: span offsets must be 'begin end' integers"), e.getMessage());
    }

    @Test
    void aFolderWithoutAnnotationsIsNotBrat(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertTrue(!BratReader.isBrat(dir));
        assertThrows(SummitKgException.class, () -> BratReader.read(dir));
    }
}
