package org.summitkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.summitkg.corpus.Article;
import org.summitkg.corpus.CorpusException;

class ArticleInputTest {
    private static final String TEXT = "Mayor Ines Okafor said the bridge would reopen.\r\n";

    private static ArticleInput input(String name, byte[] bytes, String id, String published) {
        return new ArticleInput(name, bytes, id, "", "", published, "", "");
    }

    @Test
    void aFileWithoutMetadataGetsTheIdAndTextABuildGivesIt() {
        Article a = input("017 Port Alder.txt", TEXT.getBytes(StandardCharsets.UTF_8), "", "").article(1000);
        assertEquals("017-Port-Alder", a.id());
        assertEquals("017 Port Alder.txt", a.file());
        assertEquals("Mayor Ines Okafor said the bridge would reopen.\n", a.text(), "line ends normalised");
    }

    @Test
    void aRowOfATableKeepsItsIdAndTakesTheDayOfATimestamp() {
        ArticleInput row = input("news.jsonl#n-1", TEXT.getBytes(StandardCharsets.UTF_8), "n-1", "2024-03-05 08:30:00");
        assertEquals("n-1", row.articleId());
        assertEquals(LocalDate.of(2024, 3, 5), row.article(1000).published());
    }

    @Test
    void theRulesOfACorpusFolderHold() {
        String latin1 = assertThrows(CorpusException.class,
                () -> input("a.txt", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "", "").article(1000)).getMessage();
        assertTrue(latin1.startsWith("a.txt") && latin1.contains("UTF-8"), latin1);
        String big = assertThrows(CorpusException.class,
                () -> input("b.txt", TEXT.getBytes(StandardCharsets.UTF_8), "", "").article(10)).getMessage();
        assertTrue(big.contains("at most 10 bytes"), big);
        String date = assertThrows(CorpusException.class,
                () -> input("c.jsonl#c", TEXT.getBytes(StandardCharsets.UTF_8), "c", "March 5").article(1000)).getMessage();
        assertTrue(date.contains("'published' must be an ISO date") && date.contains("March 5"), date);
    }

    @Test
    void thePreviousStateTravelsWithTheInput() {
        ArticleInput in = input("a.txt", TEXT.getBytes(StandardCharsets.UTF_8), "", "");
        assertEquals("abc", in.withPrevious("abc").previous());
        assertEquals("", in.withPrevious(null).previous());
    }
}
