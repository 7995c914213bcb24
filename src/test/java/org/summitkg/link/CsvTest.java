package org.summitkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.SummitKgException;


/** The gazetteer's CSV reader: quoting, short rows, and a missing column named with its file and line. */
class CsvTest {
    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsAndPadsShortRows() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "qid,name,note\nQ1,\"Port \"\"Alder\"\", North\",\"two\nlines\"\nQ2,Lake Orla\n");
        List<Map<String, String>> rows = Csv.read(f);
        assertEquals("Port \"Alder\", North", rows.get(0).get("name"));
        assertEquals("two\nlines", rows.get(0).get("note"));
        assertEquals("", rows.get(1).get("note"));
    }

    @Test
    void aRenamedColumnIsAnErrorNamingTheFileLineAndColumn() throws IOException {
        Path f = Files.writeString(dir.resolve("b.csv"), "qid,label\nQ1,Lake Orla\n");
        SummitKgException e = assertThrows(SummitKgException.class, () -> Csv.read(f).get(0).get("name"));
        assertTrue(e.getMessage().equals(f + " line 2: no column 'name' (columns: qid, label)")
                || e.getMessage().startsWith(f + " line 2: no column 'name'"), e.getMessage());
    }
}
