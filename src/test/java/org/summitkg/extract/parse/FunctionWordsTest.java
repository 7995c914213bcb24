package org.summitkg.extract.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.summitkg.SummitKgException;
import org.summitkg.internal.Table;

class FunctionWordsTest {
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void everyRoleHasItsWordsFromTheShippedFile() {
        for (FunctionWords role : FunctionWords.values()) {
            assertTrue(!role.words().isEmpty(), role.role());
        }
        assertTrue(FunctionWords.PERSON_PRONOUNS.contains("She"));
    }

    @Test
    void anUnknownRoleIsAnErrorNamingTheLineAndTheRoles() {
        SummitKgException e = assertThrows(SummitKgException.class, () -> FunctionWords.read(
                Table.read("fw.tsv", new StringReader("role\twords\tuse\nbogus-role\tx\t\n"), TSV)));
        assertTrue(e.getMessage().startsWith("fw.tsv line 2: 'role' must be one of [name-joiners,"), e.getMessage());
    }

    @Test
    void aRoleWithoutARowIsAnError() {
        SummitKgException e = assertThrows(SummitKgException.class, () -> FunctionWords.read(
                Table.read("fw.tsv", new StringReader("role\twords\tuse\nname-joiners\tof\t\n"), TSV)));
        assertEquals(FunctionWords.RESOURCE + ": no row for role 'definite-article'", e.getMessage());
    }
}
