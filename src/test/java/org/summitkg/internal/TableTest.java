package org.summitkg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.SummitKgException;

class TableTest {
    @TempDir
    Path dir;

    @Test
    void readsTabSeparatedRowsSkippingCommentsAndBlankLinesWithTheirLineNumbers() throws Exception {
        Path file = dir.resolve("kinds.tsv");
        Files.writeString(file, "# a comment\nkind\tfamily\nGala\tParty \n\nFeast\n");
        List<Table.Row> rows = Table.tsv(file);
        assertEquals(2, rows.size());
        assertEquals("Party", rows.get(0).get("family"));
        assertEquals(3, rows.get(0).line());
        assertEquals("", rows.get(1).get("family"), "a short row is padded with empty cells");
        assertEquals(5, rows.get(1).line());
    }

    @Test
    void aMissingColumnIsAnErrorThatNamesSourceLineAndColumn() {
        List<Table.Row> rows = Table.read("towns.csv", new StringReader("name,country\nPort Alder,Q1\n"),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
        SummitKgException e = assertThrows(SummitKgException.class, () -> rows.get(0).get("population"));
        assertEquals("towns.csv line 2: no column 'population' (columns: name, country)", e.getMessage());
    }

    @Test
    void readsQuotedCsvFieldsOverSeveralLinesAndPadsShortRows() throws Exception {
        Path f = Files.writeString(dir.resolve("a.csv"), "qid,name,note\nQ1,\"Port \"\"Alder\"\", North\",\"two\nlines\"\nQ2,Lake Orla\n");
        List<Table.Row> rows = Table.csv(f);
        assertEquals("Port \"Alder\", North", rows.get(0).get("name"));
        assertEquals("two\nlines", rows.get(0).get("note"));
        assertEquals("", rows.get(1).get("note"));
        assertEquals(4, rows.get(1).line());
    }

    @Test
    void aGzippedCopyIsReadWhenThePlainFileIsMissing() throws Exception {
        Path gz = dir.resolve("towns.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("name\nPort Alder\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals("Port Alder", Table.csv(dir.resolve("towns.csv")).get(0).get("name"));
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        SummitKgException e = assertThrows(SummitKgException.class, () -> Table.tsv(dir.resolve("none.tsv")));
        assertTrue(e.getMessage().startsWith(dir.resolve("none.tsv") + ": cannot be read"), e.getMessage());
    }
}
